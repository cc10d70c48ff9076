import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { zh } from '../../src/i18n/zh.ts';
import { t } from '../../src/i18n/index.ts';

describe('UI strings', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });
  it('have no empty strings', () => {
    for (const dict of [zh, en]) for (const [k, v] of Object.entries(dict)) expect(v.trim(), k).not.toBe('');
  });
  it('use the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(names(zh[key]), key).toEqual(names(en[key]));
  });
  it('fills placeholders', () => {
    expect(t('en', 'home.minutes', { n: 45 })).toBe('45 min');
    expect(t('zh', 'home.minutes', { n: 45 })).toBe('45 分钟');
    expect(t('en', 'search.none', {})).toContain('{q}');
  });
});
