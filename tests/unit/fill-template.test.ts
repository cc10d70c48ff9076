import { describe, expect, it } from 'vitest';
import { fillTemplate, markdownCell, savedText } from '../../src/lib/fill-template.ts';

describe('widget text helpers', () => {
  it('fill known placeholders and leave unknown ones visible', () => {
    expect(fillTemplate('{n} of {total} in {x}', { n: 2, total: 5 })).toBe('2 of 5 in {x}');
  });
  it('read saved text as a string of bounded length', () => {
    expect(savedText('abcdef', 3)).toBe('abc');
    expect(savedText(42, 3)).toBe('');
  });
  it('keep Markdown cells on one line and escape pipes', () => {
    expect(markdownCell(' a\n b | c ')).toBe('a b \\| c');
  });
});
