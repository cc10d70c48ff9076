/** The course's own recovery scenarios: valid, and each one lets a learner meet all five strategies. */
import { describe, expect, it } from 'vitest';
import { readContentTree } from '../../src/lib/content-files.ts';
import { debrief, localize, play, STRATEGIES, type LocalScenario } from '../../src/lib/recovery-scenario.ts';
import { checkScenario, isScenarioFile } from '../../src/lib/scenario-check.ts';

const files = [...readContentTree('.')].filter(([path]) => isScenarioFile(path));
const lessons = new Set([...readContentTree('.').keys()].map((p) => /^content\/lessons\/([^/]+)\//.exec(p)?.[1]).filter((x): x is string => !!x));

/** Every path from the start to an ending, as lists of choice indexes. */
function allPaths(s: LocalScenario): number[][] {
  const out: number[][] = [];
  const walk = (path: number[]) => {
    const { node } = play(s, path);
    if (!node.choices) out.push(path);
    else node.choices.forEach((_, i) => walk([...path, i]));
  };
  walk([]);
  return out;
}

describe('content/scenarios', () => {
  it('has the overbooked hotel and the delayed flight', () => {
    expect(files.map(([p]) => p).sort()).toEqual(['content/scenarios/delayed-flight.yaml', 'content/scenarios/overbooked-hotel.yaml']);
  });

  for (const [path, text] of files) {
    describe(path, () => {
      const checked = checkScenario(path, text, lessons);
      it('passes the checks', () => {
        expect(checked.issues).toEqual([]);
      });
      const s = localize(checked.scenario!, 'en');
      const paths = allPaths(s);
      it('offers each of the five strategies, and mistakes, somewhere', () => {
        const kinds = new Set(checked.scenario!.nodes.flatMap((n) => n.choices?.map((c) => c.strategy) ?? []));
        for (const k of [...STRATEGIES, 'mistake']) expect(kinds.has(k as never), k).toBe(true);
      });
      it('has a best path that uses all five strategies, makes no mistake and ends well', () => {
        const best = paths.map((p) => debrief(s, play(s, p))).find((d) => d.used.length === 5);
        expect(best).toBeDefined();
        expect(best!.mistakes).toEqual([]);
        expect(best!.ending).toBe('good');
        expect(best!.meter).toBeGreaterThan(best!.start);
      });
      it('punishes a path of mistakes: the meter falls and nothing is used', () => {
        const worst = paths.map((p) => debrief(s, play(s, p))).sort((a, b) => a.meter - b.meter)[0];
        expect(worst.meter).toBeLessThan(worst.start);
        expect(worst.missed.length).toBeGreaterThanOrEqual(4);
      });
      it('reads the same story in Chinese', () => {
        const zh = localize(checked.scenario!, 'zh');
        expect(zh.nodes.map((n) => n.id)).toEqual(s.nodes.map((n) => n.id));
        expect(/[\u4e00-\u9fff]/.test(zh.nodes[0].text)).toBe(true);
      });
    });
  }
});
