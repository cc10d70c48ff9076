import { describe, expect, it } from 'vitest';
import { clampMeter, debrief, defaultScenarioState, localize, play, scenarioMarkdown, validateScenarioState, type BilingualScenario } from '../../src/lib/recovery-scenario.ts';

const t = (en: string) => ({ zh: `中文${en}`, en });
const bilingual: BilingualScenario = {
  id: 'room',
  lesson: 'service-recovery',
  title: t('Room'),
  intro: t('Intro'),
  meterLabel: t('Guest'),
  meter: 50,
  start: 'a',
  nodes: [
    {
      id: 'a',
      text: t('A'),
      choices: [
        { text: t('Track'), strategy: 'track-opportunities', effect: 30, feedback: t('good'), next: 'b' },
        { text: t('Ignore'), strategy: 'mistake', effect: -60, feedback: t('bad'), next: 'b' },
      ],
    },
    {
      id: 'b',
      text: t('B'),
      choices: [
        { text: t('Apologise'), strategy: 'take-problems-seriously', effect: 40, feedback: t('yes'), next: 'end' },
        { text: t('Track again'), strategy: 'track-opportunities', effect: 5, feedback: t('ok'), next: 'end' },
      ],
    },
    { id: 'end', text: t('The end'), ending: 'good' },
  ],
};
const s = localize(bilingual, 'en');

describe('scenario player', () => {
  it('keeps one language', () => {
    expect(s.title).toBe('Room');
    expect(s.nodes[0].choices![0]).toEqual({ text: 'Track', strategy: 'track-opportunities', effect: 30, feedback: 'good', next: 'b' });
    expect(s.nodes[2]).toEqual({ id: 'end', text: 'The end', ending: 'good' });
    expect(localize(bilingual, 'zh').nodes[0].text).toBe('中文A');
  });

  it('follows the choices and moves the meter within 0–100', () => {
    const p = play(s, [0, 0]);
    expect(p.node.id).toBe('end');
    expect(p.steps.map((x) => [x.meter, x.change])).toEqual([[80, 30], [100, 20]]);
    expect(p.meter).toBe(100);
    expect(play(s, [1]).meter).toBe(0);
    expect([clampMeter(-5), clampMeter(105), clampMeter(42)]).toEqual([0, 100, 42]);
  });

  it('cuts a saved path where it no longer fits the scenario', () => {
    expect(play(s, [0, 7, 1]).path).toEqual([0]);
    expect(play(s, [0, 0, 0]).path).toEqual([0, 0]);
    expect(play(s, []).node.id).toBe('a');
  });

  it('names the strategies used (once, in order), missed, and the mistakes', () => {
    const d = debrief(s, play(s, [1, 1]));
    expect(d.used).toEqual(['track-opportunities']);
    expect(d.missed).toEqual(['take-problems-seriously', 'solve-quickly', 'empower-front-line', 'learn-from-recovery']);
    expect(d.mistakes.map((m) => m.choice.text)).toEqual(['Ignore']);
    expect(d).toMatchObject({ ending: 'good', start: 50, meter: 5 });
    expect(debrief(s, play(s, [0, 1])).used).toEqual(['track-opportunities']);
    expect(debrief(s, play(s, [0])).ending).toBeUndefined();
  });

  it('repairs saved state', () => {
    expect(defaultScenarioState(['x', 'y'], 'y')).toEqual({ scenarioId: 'y', paths: {} });
    expect(defaultScenarioState(['x', 'y'], 'z').scenarioId).toBe('x');
    expect(validateScenarioState({ scenarioId: 'y', paths: { x: [0, 1], y: [0, -1], z: [0] } }, ['x', 'y'])).toEqual({ scenarioId: 'y', paths: { x: [0, 1] } });
    expect(validateScenarioState({ scenarioId: 4, paths: 'no' }, ['x'])).toEqual({ scenarioId: 'x', paths: {} });
    expect(validateScenarioState(null, ['x'])).toBeUndefined();
  });

  it('writes the path and the debrief as Markdown', () => {
    const labels = {
      strategies: { 'track-opportunities': 'Track', 'take-problems-seriously': 'Serious', 'solve-quickly': 'Quick', 'empower-front-line': 'Empower', 'learn-from-recovery': 'Learn', mistake: 'Mistake' },
      endings: { good: 'Good ending', mixed: 'Mixed', bad: 'Bad' },
      meter: 'Guest',
      used: 'Used',
      missed: 'Missed',
      mistakes: 'Mistakes',
      path: 'Your choices',
      none: 'None',
    };
    const md = scenarioMarkdown(s, play(s, [1, 0]), labels);
    expect(md).toContain('## Room');
    expect(md).toContain('1. Ignore (Mistake, −50)');
    expect(md).toContain('2. Apologise (Serious, +40)');
    expect(md).toContain('The end (Good ending)');
    expect(md).toContain('Guest: 50 → 40');
    expect(md).toContain('### Used\n- Serious');
    expect(md).toContain('### Mistakes\n- Ignore: bad');
  });
});
