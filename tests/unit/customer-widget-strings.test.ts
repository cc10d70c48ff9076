/** Strings of the satisfaction–loyalty plot and the service style self-check: same shape in both languages, nothing missing. */
import { describe, expect, it } from 'vitest';
import { satisfactionLoyaltyStrings } from '../../src/components/widgets/satisfaction-loyalty/strings.ts';
import { serviceStyleStrings } from '../../src/components/widgets/service-style/strings.ts';
import { MARKETS, PRESET_IDS as SL_PRESETS, PRESET_REFS, TYPES } from '../../src/lib/satisfaction-loyalty.ts';
import { ALL_ITEMS, PRESET_IDS as SS_PRESETS, STYLES } from '../../src/lib/service-style.ts';

/** Every leaf's path and type ("a.b[2]:string"), and each list's length: the shape both languages share. */
function shape(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return [`${path}[]#${value.length}`, ...value.flatMap((v, i) => shape(v, `${path}[${i}]`))];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
  return [`${path}:${typeof value}`];
}
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}
const placeholders = (s: unknown) => (typeof s === 'string' ? [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort() : []);
const han = /\p{Script=Han}/u;

describe.each([
  ['satisfaction-loyalty', satisfactionLoyaltyStrings],
  ['service-style', serviceStyleStrings],
] as const)('%s strings', (_, strings) => {
  it('have the same keys, nesting and list lengths in Chinese and English', () => {
    expect(shape(strings.zh).sort()).toEqual(shape(strings.en).sort());
  });
  it('have no empty text', () => {
    for (const lang of ['zh', 'en'] as const) for (const [path, v] of leaves(strings[lang])) expect(String(v).trim(), `${lang}.${path}`).not.toBe('');
  });
  it('use the same placeholders in both languages', () => {
    const zh = new Map(leaves(strings.zh));
    for (const [path, v] of leaves(strings.en)) expect(placeholders(zh.get(path)), path).toEqual(placeholders(v));
  });
  it('are written in their own language, apart from the other-language names', () => {
    for (const [path, v] of leaves(strings.en)) if (!/\.other$/.test(path)) expect(han.test(String(v)), `en.${path}`).toBe(false);
    for (const [path, v] of leaves(strings.zh)) if (/\.other$/.test(path)) expect(han.test(String(v)), `zh.${path}`).toBe(false);
    expect(han.test(strings.zh.title)).toBe(true);
  });
  it('use full-width punctuation in Chinese sentences', () => {
    for (const [path, v] of leaves(strings.zh)) if (han.test(String(v))) expect(String(v), `zh.${path}`).not.toMatch(/[\p{Script=Han}][,;:!?]|[,;:!?]\s*[\p{Script=Han}]/u);
  });
});

describe('strings cover every rule id', () => {
  it('satisfaction–loyalty: markets, types, presets and preset customers', () => {
    for (const lang of ['zh', 'en'] as const) {
      const t = satisfactionLoyaltyStrings[lang];
      expect(Object.keys(t.markets).sort()).toEqual([...MARKETS].sort());
      expect(Object.keys(t.types).sort()).toEqual([...TYPES].sort());
      expect(Object.keys(t.presets).sort()).toEqual([...SL_PRESETS].sort());
      expect(Object.keys(t.customers).sort()).toEqual([...PRESET_REFS].sort());
    }
  });
  it('service style: items, styles and presets', () => {
    for (const lang of ['zh', 'en'] as const) {
      const t = serviceStyleStrings[lang];
      expect(Object.keys(t.items).sort()).toEqual([...ALL_ITEMS].sort());
      expect(Object.keys(t.styles).sort()).toEqual([...STYLES].sort());
      expect(Object.keys(t.presets).sort()).toEqual([...SS_PRESETS].sort());
      expect(t.scale).toHaveLength(5);
    }
  });
});
