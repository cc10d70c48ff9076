/** The service, process and customer widgets' strings.ts: the same keys, the same {placeholders}, nothing empty, in zh and en. */
import { describe, expect, it } from 'vitest';

type Dict = Record<string, string>;
// Only these: other widgets keep nested strings and have their own test.
const WIDGETS = ['service-mix', 'blueprint', 'queue', 'satisfaction-gauge', 'recovery-scenario', 'retention-ladder', 'clv'];
const all = import.meta.glob<Record<string, unknown>>('../../src/components/widgets/*/strings.ts', { eager: true });
const files = Object.fromEntries(Object.entries(all).filter(([path]) => WIDGETS.includes(path.split('/').at(-2)!)));
const isPair = (x: unknown): x is { zh: Dict; en: Dict } =>
  !!x && typeof x === 'object' && 'zh' in x && 'en' in x;
const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('widget strings', () => {
  it('are found', () => {
    expect(Object.keys(files).map((p) => p.split('/').at(-2)).sort()).toEqual([...WIDGETS].sort());
  });
  for (const [path, mod] of Object.entries(files)) {
    const widget = path.split('/').at(-2)!;
    it(`${widget}: zh and en have the same keys and placeholders, none empty`, () => {
      const pairs = Object.values(mod).filter(isPair);
      expect(pairs.length).toBeGreaterThan(0);
      for (const { zh, en } of pairs) {
        expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
        for (const key of Object.keys(en)) {
          expect(names(zh[key]), key).toEqual(names(en[key]));
          expect(zh[key].trim(), `zh.${key}`).not.toBe('');
          expect(en[key].trim(), `en.${key}`).not.toBe('');
        }
      }
    });
  }
});
