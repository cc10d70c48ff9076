import { describe, expect, it } from 'vitest';
import { hashSeed, seededRandom, seededShuffle, shuffleAwayFrom } from '../../src/lib/quiz/random.ts';
import { dropIndex, moveItem } from '../../src/lib/quiz/arrange.ts';

describe('seeded randomness', () => {
  it('is reproducible from its seed and differs between seeds', () => {
    const a = seededRandom('lesson:q1:0');
    const b = seededRandom('lesson:q1:0');
    const seqA = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(seqA);
    expect(seededRandom('lesson:q1:1')()).not.toBe(seqA[0]);
    expect(hashSeed('x')).toBe(hashSeed('x'));
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });
  it('shuffles without losing or duplicating items', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const out = seededShuffle(items, 7);
    expect([...out].sort((x, y) => x - y)).toEqual(items);
    expect(out).toEqual(seededShuffle(items, 7));
    expect(out).not.toEqual(items);
  });
  it('spreads positions roughly evenly', () => {
    const counts = [0, 0, 0, 0];
    for (let s = 0; s < 4000; s++) counts[seededShuffle([0, 1, 2, 3], s).indexOf(0)]++;
    for (const c of counts) expect(c).toBeGreaterThan(850);
  });
  it('shuffleAwayFrom never returns the original order', () => {
    for (let s = 0; s < 200; s++) expect(shuffleAwayFrom(['a', 'b'], s)).toEqual(['b', 'a']);
    for (let s = 0; s < 200; s++) expect(shuffleAwayFrom(['a', 'b', 'c'], s)).not.toEqual(['a', 'b', 'c']);
    expect(shuffleAwayFrom(['a'], 1)).toEqual(['a']);
  });
});

describe('arranging', () => {
  it('moves an item, clamping the target', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 2, -5)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 5, 0)).toEqual(['a', 'b', 'c']);
  });
  it('finds the drop index from item midpoints', () => {
    const mids = [10, 30, 50, 70];
    expect(dropIndex(5, mids, 2)).toBe(0);
    expect(dropIndex(40, mids, 0)).toBe(1);
    expect(dropIndex(90, mids, 0)).toBe(3);
    expect(dropIndex(55, mids, 2)).toBe(2);
  });
});
