import { describe, expect, it } from 'vitest';
import { otherId, pairSections } from '../../src/lib/parallel.ts';

describe('pairSections', () => {
  it('pairs every section when both languages have the same ids', () => {
    expect(pairSections(['a', 'b', 'c'], ['a', 'b', 'c'])).toEqual([
      { id: 'a', own: true, other: true },
      { id: 'b', own: true, other: true },
      { id: 'c', own: true, other: true },
    ]);
  });
  it('keeps sections only one side has, in place', () => {
    expect(pairSections(['a', 'c'], ['a', 'b', 'c', 'd'])).toEqual([
      { id: 'a', own: true, other: true },
      { id: 'b', own: false, other: true },
      { id: 'c', own: true, other: true },
      { id: 'd', own: false, other: true },
    ]);
    expect(pairSections(['x', 'a'], ['a'])).toEqual([
      { id: 'x', own: true, other: false },
      { id: 'a', own: true, other: true },
    ]);
    expect(pairSections(['a'], ['z', 'a'])[0]).toEqual({ id: 'z', own: false, other: true });
  });
  it('suffixes imported ids', () => {
    expect(otherId('summary', 'en')).toBe('summary--en');
  });
});
