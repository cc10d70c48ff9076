import { describe, expect, it } from 'vitest';
import {
  addPoint,
  MAX_POINTS,
  MAX_STROKES,
  sanitizeStrokes,
  strokePath,
  toCanvas,
} from '../../src/lib/deck-ink.ts';

describe('toCanvas', () => {
  const box = { left: 100, top: 50, width: 640, height: 360 };
  it('maps screen points into the 1280 × 720 slide', () => {
    expect(toCanvas(100, 50, box)).toEqual([0, 0]);
    expect(toCanvas(420, 230, box)).toEqual([640, 360]);
    expect(toCanvas(740, 410, box)).toEqual([1280, 720]);
  });
  it('clamps points outside the slide and survives an empty box', () => {
    expect(toCanvas(0, 1000, box)).toEqual([0, 720]);
    expect(toCanvas(5, 5, { left: 0, top: 0, width: 0, height: 0 })).toEqual([0, 0]);
  });
});

describe('strokes', () => {
  it('adds rounded points, skipping jitter', () => {
    let s = addPoint([], 10.4, 20.6);
    expect(s).toEqual([10, 21]);
    s = addPoint(s, 11, 21);
    expect(s).toEqual([10, 21]);
    s = addPoint(s, 20, 21);
    expect(s).toEqual([10, 21, 20, 21]);
  });
  it('stops growing at the point limit', () => {
    const full = Array.from({ length: MAX_POINTS * 2 }, (_, i) => i);
    expect(addPoint(full, 5000, 5000)).toBe(full);
  });
  it('draws paths, a dot for a single point', () => {
    expect(strokePath([])).toBe('');
    expect(strokePath([5, 6])).toBe('M5 6h0.1');
    expect(strokePath([0, 0, 10, 5, 20, 0])).toBe('M0 0L10 5L20 0');
  });
  it('sanitises strokes from another window', () => {
    expect(sanitizeStrokes('nope')).toEqual([]);
    expect(sanitizeStrokes([[1, 2, 3], 'x', [1], [1, 'a'], [-5, 9999, 2000, 3]])).toEqual([
      [1, 2],
      [0, 720, 1280, 3],
    ]);
    expect(sanitizeStrokes(Array.from({ length: MAX_STROKES + 5 }, () => [1, 1])).length).toBe(
      MAX_STROKES,
    );
    expect(sanitizeStrokes([[1.6, 2.2, NaN, 4]])).toEqual([]);
  });
});
