import { describe, expect, it } from 'vitest';
import { cleanPlacement, columnAt, gradeSort, stepPlace } from '../../src/lib/sorting.ts';

describe('sorting', () => {
  it('keeps only known items placed in known places', () => {
    expect(cleanPlacement({ a: 'x', b: 'nowhere', c: 'y', ghost: 'x', d: 3 }, ['a', 'b', 'c', 'd'], ['x', 'y'])).toEqual({ a: 'x', c: 'y' });
    expect(cleanPlacement('nonsense', ['a'], ['x'])).toEqual({});
    expect(cleanPlacement(null, ['a'], ['x'])).toEqual({});
    expect(cleanPlacement([1, 2], ['a'], ['x'])).toEqual({});
  });

  it('grades right, wrong and unplaced items', () => {
    const g = gradeSort({ a: 'x', b: 'y', c: 'x', d: 'y' }, { a: 'x', b: 'x', d: '' });
    expect(g).toEqual({ marks: { a: true, b: false }, right: 1, wrong: 1, unplaced: 2, total: 4 });
  });

  it('ignores placed items that are not in the answer key', () => {
    expect(gradeSort({ a: 'x' }, { a: 'x', z: 'x' }).total).toBe(1);
  });

  it('steps along the places without wrapping', () => {
    const places = ['', 'a', 'b'];
    expect(stepPlace(places, '', 1)).toBe('a');
    expect(stepPlace(places, 'b', 1)).toBe('b');
    expect(stepPlace(places, '', -1)).toBe('');
    expect(stepPlace(places, 'unknown', 1)).toBe('a');
  });

  it('finds the column under a point, or the nearest one', () => {
    const cols = [{ left: 0, width: 100 }, { left: 110, width: 100 }, { left: 220, width: 100 }];
    expect(columnAt(50, cols)).toBe(0);
    expect(columnAt(150, cols)).toBe(1);
    expect(columnAt(105, cols)).toBe(0);
    expect(columnAt(108, cols)).toBe(1);
    expect(columnAt(-40, cols)).toBe(0);
    expect(columnAt(900, cols)).toBe(2);
  });
});
