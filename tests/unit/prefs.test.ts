import { describe, expect, it } from 'vitest';
import { nextTheme } from '../../src/stores/prefs.ts';

describe('nextTheme', () => {
  it('flips what the reader sees', () => {
    expect(nextTheme('system', false)).toBe('dark');
    expect(nextTheme('system', true)).toBe('light');
    expect(nextTheme('dark', false)).toBe('light');
    expect(nextTheme('light', true)).toBe('dark');
  });
});
