import { describe, expect, it } from 'vitest';
import { cleanText, fill, joinList, oneLine } from '../../src/lib/widget-text.ts';

describe('widget text helpers', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
  it('joins lists the way each language does', () => {
    expect(joinList(['a'], 'en')).toBe('a');
    expect(joinList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
    expect(joinList(['甲', '乙', '丙'], 'zh')).toBe('甲、乙和丙');
    expect(joinList([], 'zh')).toBe('');
  });
  it('cleans saved text and flattens lines', () => {
    expect(cleanText(5, 3)).toBe('');
    expect(cleanText('abcdef', 3)).toBe('abc');
    expect(oneLine(' a\n  b ')).toBe('a b');
  });
});
