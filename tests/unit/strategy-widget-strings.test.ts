/** Every strategy widget's strings: both languages have the same shape, placeholders and no blanks. */
import { describe, expect, it } from 'vitest';
import { swotStrings } from '../../src/components/widgets/swot/strings.ts';
import { fiveForcesStrings } from '../../src/components/widgets/five-forces/strings.ts';
import { sevenPStrings } from '../../src/components/widgets/seven-p/strings.ts';
import { priceQualityStrings } from '../../src/components/widgets/price-quality/strings.ts';
import { positioningStrings } from '../../src/components/widgets/positioning/strings.ts';
import { productivityStrings } from '../../src/components/widgets/productivity/strings.ts';
import { costServiceStrings } from '../../src/components/widgets/cost-service/strings.ts';
import { FORCES, FORCE_PRESETS } from '../../src/lib/five-forces.ts';
import { CASES, PS } from '../../src/lib/seven-p.ts';
import { POSITIONS } from '../../src/lib/price-quality.ts';
import { CHECKS, PARTS } from '../../src/lib/positioning.ts';
import { LEVERS, SCENARIO_IDS } from '../../src/lib/productivity.ts';
import { PATTERNS } from '../../src/lib/cost-service.ts';
import { QUADRANTS, TOWS_KINDS } from '../../src/lib/swot.ts';

const all = { swot: swotStrings, 'five-forces': fiveForcesStrings, 'seven-p': sevenPStrings, 'price-quality': priceQualityStrings, positioning: positioningStrings, productivity: productivityStrings, 'cost-service': costServiceStrings };

/** Where each value sits ("a.b[2]") and its type: the shape two languages must share. */
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

describe.each(Object.entries(all))('%s strings', (_, strings) => {
  it('have the same keys, nesting and list lengths in Chinese and English', () => {
    expect(shape(strings.zh).sort()).toEqual(shape(strings.en).sort());
  });
  it('have no empty text', () => {
    for (const lang of ['zh', 'en'] as const) for (const [path, v] of leaves(strings[lang])) if (typeof v === 'string') expect(v.trim(), `${lang}.${path}`).not.toBe('');
  });
  it('use the same placeholders in both languages', () => {
    const zh = new Map(leaves(strings.zh));
    for (const [path, v] of leaves(strings.en)) expect(placeholders(zh.get(path)), path).toEqual(placeholders(v));
  });
  it('are written in their own language', () => {
    const han = (s: string) => /\p{Script=Han}/u.test(s);
    expect(han(strings.zh.title)).toBe(true);
    expect(han(strings.en.title)).toBe(false);
  });
});

describe('strings cover every rule', () => {
  it('name every quadrant, TOWS kind, force, P, case, position, check, lever, scenario and pattern', () => {
    for (const lang of ['zh', 'en'] as const) {
      expect(Object.keys(swotStrings[lang].quadrants)).toEqual([...QUADRANTS]);
      expect(Object.keys(swotStrings[lang].kinds)).toEqual([...TOWS_KINDS]);
      expect(Object.keys(fiveForcesStrings[lang].names)).toEqual([...FORCES]);
      expect(Object.keys(fiveForcesStrings[lang].presets).sort()).toEqual(Object.keys(FORCE_PRESETS).sort());
      expect(Object.keys(sevenPStrings[lang].ps)).toEqual([...PS]);
      expect(Object.keys(sevenPStrings[lang].cases)).toEqual([...CASES]);
      expect(Object.keys(priceQualityStrings[lang].names).sort()).toEqual(POSITIONS.map((p) => p.id).sort());
      expect(Object.keys(positioningStrings[lang].parts)).toEqual([...PARTS]);
      expect(Object.keys(positioningStrings[lang].checks)).toEqual([...CHECKS]);
      expect(Object.keys(productivityStrings[lang].names)).toEqual([...LEVERS]);
      expect(Object.keys(productivityStrings[lang].scenarios)).toEqual(SCENARIO_IDS);
      expect(Object.keys(costServiceStrings[lang].patterns)).toEqual([...PATTERNS]);
    }
  });
  it('give every position a risk label and every case an example for every P', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const p of POSITIONS) expect(priceQualityStrings[lang].risk[p.stability]).toBeTruthy();
      for (const c of ['hotel', 'cafe', 'airline'] as const) for (const p of PS) expect(sevenPStrings[lang].examples[c][p]).toBeTruthy();
    }
  });
  it('keep the worked examples’ price and quality the same in both languages', () => {
    expect(priceQualityStrings.zh.example.map(([, p, q]) => [p, q])).toEqual(priceQualityStrings.en.example.map(([, p, q]) => [p, q]));
    expect(swotStrings.zh.examples.hotel.strategies.map(([a, b]) => a + b)).toEqual(swotStrings.en.examples.hotel.strategies.map(([a, b]) => a + b));
    expect(swotStrings.zh.examples.fastfood.strategies.map(([a, b]) => a + b)).toEqual(swotStrings.en.examples.fastfood.strategies.map(([a, b]) => a + b));
  });
});

describe('worked examples work with the rules', () => {
  it('SWOT examples: every strategy names real items, and all four TOWS kinds appear', async () => {
    const { fromExample, strategiesByKind } = await import('../../src/lib/swot.ts');
    for (const lang of ['zh', 'en'] as const) {
      for (const ex of Object.values(swotStrings[lang].examples)) {
        const s = fromExample(ex);
        expect(s.strategies).toHaveLength(ex.strategies.length);
        for (const list of Object.values(strategiesByKind(s))) expect(list.length).toBeGreaterThan(0);
      }
    }
  });
  it('the positioning example passes every check, in both languages', async () => {
    const { checkStatement } = await import('../../src/lib/positioning.ts');
    for (const lang of ['zh', 'en'] as const) expect(checkStatement(positioningStrings[lang].example).filter((r) => !r.pass)).toEqual([]);
  });
  it('five forces presets explain themselves in both languages', async () => {
    const { explainForces, presetForces } = await import('../../src/lib/five-forces.ts');
    for (const lang of ['zh', 'en'] as const) {
      const t = fiveForcesStrings[lang];
      const e = explainForces(presetForces('airline', t.presets.airline.evidence), t, lang);
      expect(e.heading).toBe(t.levels.low);
      expect(e.strong.length).toBeGreaterThan(0);
      expect(e.lines.join(' ')).not.toMatch(/\{\w+\}/);
    }
  });
});
