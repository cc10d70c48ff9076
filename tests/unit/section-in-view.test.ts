import { describe, expect, it } from 'vitest';
import { isSearchShortcut, sectionInView } from '../../src/lib/section-in-view.ts';

describe('sectionInView', () => {
  const sections = (tops: number[]) => tops.map((top, i) => ({ id: `s${i}`, top }));

  it('is null before the first heading reaches the reading line', () => {
    expect(sectionInView(sections([500, 1200]), 1000)).toBeNull();
  });
  it('is the last heading above the reading line', () => {
    expect(sectionInView(sections([-800, -100, 250, 900]), 1000)).toBe('s2');
    expect(sectionInView(sections([-800, -100, 301, 900]), 1000)).toBe('s1');
  });
  it('is the last section at the end of the page', () => {
    expect(sectionInView(sections([-3000, -2000, -10]), 1000)).toBe('s2');
  });
  it('handles a page without sections', () => {
    expect(sectionInView([], 1000)).toBeNull();
  });
});

describe('isSearchShortcut', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });
  it('takes / outside text fields only', () => {
    expect(isSearchShortcut(key('/'), false)).toBe(true);
    expect(isSearchShortcut(key('/'), true)).toBe(false);
  });
  it('takes Ctrl+K and Cmd+K anywhere', () => {
    expect(isSearchShortcut(key('k', { ctrlKey: true }), true)).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }), false)).toBe(true);
  });
  it('ignores other keys', () => {
    expect(isSearchShortcut(key('k'), false)).toBe(false);
    expect(isSearchShortcut(key('/', { altKey: true }), false)).toBe(false);
  });
});
