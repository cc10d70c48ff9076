/**
 * Playing a branching service-recovery scenario: follow the learner's choices from the start,
 * move the satisfaction meter (kept within 0–100), and sum up which of the five strategies were
 * used, which were missed, and which mistakes were made. Scenarios come from content/scenarios/
 * and arrive here in one language.
 */
import type { Lang } from './langs.ts';
import { isRecord } from './widget-state.ts';

/** The five strategies, in the lesson's order; each is also the id of the lesson section on it. */
export const STRATEGIES = ['track-opportunities', 'take-problems-seriously', 'solve-quickly', 'empower-front-line', 'learn-from-recovery'] as const;
export type Strategy = (typeof STRATEGIES)[number];
export type ChoiceKind = Strategy | 'mistake';
export type Ending = 'good' | 'mixed' | 'bad';

export interface LocalChoice {
  text: string;
  strategy: ChoiceKind;
  effect: number;
  feedback: string;
  next: string;
}
export interface LocalNode {
  id: string;
  text: string;
  choices?: LocalChoice[];
  ending?: Ending;
}
export interface LocalScenario {
  id: string;
  lesson: string;
  title: string;
  intro: string;
  meterLabel: string;
  meter: number;
  start: string;
  nodes: LocalNode[];
}

type Text = Record<Lang, string>;
/** The shape of a checked scenario file (see src/schemas/scenario.ts). */
export interface BilingualScenario {
  id: string;
  lesson: string;
  title: Text;
  intro: Text;
  meterLabel: Text;
  meter: number;
  start: string;
  nodes: { id: string; text: Text; ending?: Ending; choices?: { text: Text; strategy: ChoiceKind; effect: number; feedback: Text; next: string }[] }[];
}

/** Keeps one language only, so the page carries half the text. */
export function localize(s: BilingualScenario, lang: Lang): LocalScenario {
  return {
    id: s.id,
    lesson: s.lesson,
    title: s.title[lang],
    intro: s.intro[lang],
    meterLabel: s.meterLabel[lang],
    meter: s.meter,
    start: s.start,
    nodes: s.nodes.map((n) => ({
      id: n.id,
      text: n.text[lang],
      ...(n.ending ? { ending: n.ending } : {}),
      ...(n.choices ? { choices: n.choices.map((c) => ({ text: c.text[lang], strategy: c.strategy, effect: c.effect, feedback: c.feedback[lang], next: c.next })) } : {}),
    })),
  };
}

export const clampMeter = (n: number) => Math.max(0, Math.min(100, n));

export interface Step {
  node: LocalNode;
  choice: LocalChoice;
  /** The meter after this choice, and how far it actually moved (less near the ends). */
  meter: number;
  change: number;
}

export interface Play {
  /** The choices taken that fit the scenario (a saved path is cut where it stops fitting). */
  path: number[];
  steps: Step[];
  node: LocalNode;
  meter: number;
}

export function play(s: LocalScenario, path: readonly number[]): Play {
  const byId = new Map(s.nodes.map((n) => [n.id, n]));
  let node = byId.get(s.start)!;
  let meter = clampMeter(s.meter);
  const steps: Step[] = [];
  const kept: number[] = [];
  for (const index of path) {
    const choice = node.choices?.[index];
    const next = choice && byId.get(choice.next);
    if (!choice || !next) break;
    const after = clampMeter(meter + choice.effect);
    steps.push({ node, choice, meter: after, change: after - meter });
    kept.push(index);
    meter = after;
    node = next;
  }
  return { path: kept, steps, node, meter };
}

export interface Debrief {
  /** Strategies applied, in the order first used. */
  used: Strategy[];
  /** Strategies never applied on this path. */
  missed: Strategy[];
  mistakes: Step[];
  ending?: Ending;
  start: number;
  meter: number;
}

export function debrief(s: LocalScenario, p: Play): Debrief {
  const used: Strategy[] = [];
  for (const { choice } of p.steps) if (choice.strategy !== 'mistake' && !used.includes(choice.strategy)) used.push(choice.strategy);
  return {
    used,
    missed: STRATEGIES.filter((x) => !used.includes(x)),
    mistakes: p.steps.filter((st) => st.choice.strategy === 'mistake'),
    ending: p.node.ending,
    start: clampMeter(s.meter),
    meter: p.meter,
  };
}

export interface ScenarioState {
  scenarioId: string;
  /** Scenario id → indexes of the choices taken, from the start. */
  paths: Record<string, number[]>;
}

export function defaultScenarioState(ids: readonly string[], preset?: string): ScenarioState {
  return { scenarioId: preset && ids.includes(preset) ? preset : ids[0], paths: {} };
}

export function validateScenarioState(raw: unknown, ids: readonly string[]): ScenarioState | undefined {
  if (!isRecord(raw)) return undefined;
  const saved = isRecord(raw.paths) ? raw.paths : {};
  const paths: Record<string, number[]> = {};
  for (const id of ids) {
    const p = saved[id];
    if (Array.isArray(p) && p.every((i) => Number.isInteger(i) && i >= 0 && i < 20) && p.length <= 200) paths[id] = p as number[];
  }
  return { scenarioId: ids.includes(raw.scenarioId as string) ? (raw.scenarioId as string) : ids[0], paths };
}

export interface ScenarioLabels {
  strategies: Record<ChoiceKind, string>;
  endings: Record<Ending, string>;
  meter: string;
  used: string;
  missed: string;
  mistakes: string;
  path: string;
  none: string;
}

/** The take-away: the path taken with each choice's strategy, then the debrief. */
export function scenarioMarkdown(s: LocalScenario, p: Play, l: ScenarioLabels): string {
  const d = debrief(s, p);
  const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');
  const list = (items: string[]) => (items.length ? items.map((x) => `- ${x}`) : [`- ${l.none}`]);
  return [
    `## ${s.title}`,
    '',
    `### ${l.path}`,
    '',
    ...p.steps.map((st, i) => `${i + 1}. ${st.choice.text} (${l.strategies[st.choice.strategy]}, ${signed(st.change)})`),
    '',
    ...(d.ending ? [`${p.node.text} (${l.endings[d.ending]})`, ''] : []),
    `${l.meter}: ${d.start} → ${d.meter}`,
    '',
    `### ${l.used}`,
    ...list(d.used.map((x) => l.strategies[x])),
    '',
    `### ${l.missed}`,
    ...list(d.missed.map((x) => l.strategies[x])),
    '',
    `### ${l.mistakes}`,
    ...list(d.mistakes.map((st) => `${st.choice.text}: ${st.choice.feedback}`)),
    '',
  ].join('\n');
}
