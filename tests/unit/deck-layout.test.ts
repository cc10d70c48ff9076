import { describe, expect, it } from 'vitest';
import { fitTextScale, stageScale, swipeDirection } from '../../src/lib/deck-layout.ts';

describe('stageScale', () => {
  it('fits a 16:9 slide inside any box', () => {
    expect(stageScale(1280, 720)).toBe(1);
    expect(stageScale(1920, 1080)).toBe(1.5);
    expect(stageScale(1920, 720)).toBe(1);
    expect(stageScale(640, 1000)).toBe(0.5);
  });
  it('is zero for an empty box', () => {
    expect(stageScale(0, 500)).toBe(0);
    expect(stageScale(NaN, 500)).toBe(0);
  });
});

describe('fitTextScale', () => {
  it('keeps full size when it fits', () => {
    expect(fitTextScale(() => true)).toBe(1);
  });
  it('finds the largest scale that fits, within a few percent', () => {
    const s = fitTextScale((scale) => scale <= 0.83);
    expect(s).toBeLessThanOrEqual(0.83);
    expect(s).toBeGreaterThan(0.82 - 0.01);
  });
  it('settles on the minimum when nothing fits', () => {
    expect(fitTextScale(() => false, 0.6)).toBe(0.6);
  });
  it('asks only a handful of layouts', () => {
    let calls = 0;
    fitTextScale((s) => (calls++, s < 0.7));
    expect(calls).toBeLessThanOrEqual(8);
  });
});

describe('swipeDirection', () => {
  it('reads quick horizontal swipes', () => {
    expect(swipeDirection(-120, 10, 200)).toBe('next');
    expect(swipeDirection(120, -10, 200)).toBe('prev');
  });
  it('ignores taps, slow drags and vertical scrolls', () => {
    expect(swipeDirection(-20, 0, 100)).toBeNull();
    expect(swipeDirection(-200, 0, 1500)).toBeNull();
    expect(swipeDirection(-80, 100, 200)).toBeNull();
  });
});
