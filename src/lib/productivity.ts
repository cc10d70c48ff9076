/**
 * Service productivity = f(internal efficiency, external efficiency, capacity utilisation)
 *                      = f(cost efficiency, revenue efficiency, capacity efficiency).
 * Internal efficiency: how economically inputs become the service. External efficiency: how good
 * customers find the result, and so what they pay and whether they return. Capacity utilisation:
 * how much of the capacity that is paid for is used. The calculator treats the three as factors of
 * a product, so a lever that falls can undo one that rises: the trap of cutting costs in a way
 * customers notice.
 */
import { clampNumber, isRecord } from './widget-state.ts';
import { fill, joinList } from './widget-text.ts';

export const LEVERS = ['internal', 'external', 'capacity'] as const;
export type Lever = (typeof LEVERS)[number];
export type Levels = Record<Lever, number>;
export const MIN_LEVEL = 10;
export const MAX_LEVEL = 100;

export interface ProductivityState {
  baseline: Levels;
  current: Levels;
  /** The scenario last applied, if the sliders still show it. */
  scenario: string;
}

export const START: Levels = { internal: 70, external: 70, capacity: 60 };
export const emptyProductivity = (): ProductivityState => ({ baseline: { ...START }, current: { ...START }, scenario: '' });

const clampLevel = (x: unknown, fallback: number) => Math.round(clampNumber(x, MIN_LEVEL, MAX_LEVEL, fallback));
const levels = (raw: unknown): Levels | undefined =>
  isRecord(raw) ? { internal: clampLevel(raw.internal, START.internal), external: clampLevel(raw.external, START.external), capacity: clampLevel(raw.capacity, START.capacity) } : undefined;

export function validateProductivity(raw: unknown): ProductivityState | undefined {
  if (!isRecord(raw)) return undefined;
  const baseline = levels(raw.baseline);
  const current = levels(raw.current);
  if (!baseline || !current) return undefined;
  return { baseline, current, scenario: typeof raw.scenario === 'string' && Object.hasOwn(SCENARIOS, raw.scenario) ? raw.scenario : '' };
}

/** Productivity index 0..100: 100 only when all three levers are at 100 %. */
export const productivity = (l: Levels) => Math.round((l.internal / 100) * (l.external / 100) * (l.capacity / 100) * 1000) / 10;

export interface LeverChange {
  lever: Lever;
  from: number;
  to: number;
  /** This lever's own change, in percent of its baseline: its effect on productivity alone. */
  percent: number;
}

export interface Comparison {
  before: number;
  after: number;
  /** Change in productivity, percent of the baseline. */
  percent: number;
  changes: LeverChange[];
  /** The lever with the biggest effect (by ratio, as the levers multiply), if any moved. */
  driver?: Lever;
  /** Levers that moved against the overall result. */
  against: Lever[];
}

const pct = (to: number, from: number) => Math.round((to / from - 1) * 1000) / 10;

export function compare(baseline: Levels, current: Levels): Comparison {
  const changes = LEVERS.map((lever) => ({ lever, from: baseline[lever], to: current[lever], percent: pct(current[lever], baseline[lever]) }));
  const ratio = LEVERS.reduce((r, l) => r * (current[l] / baseline[l]), 1);
  const moved = changes.filter((c) => c.from !== c.to);
  // Factors multiply, so each lever's share of the result is its log ratio.
  const weight = (c: LeverChange) => Math.abs(Math.log(c.to / c.from));
  const driver = moved.length ? moved.reduce((a, b) => (weight(b) > weight(a) ? b : a)).lever : undefined;
  const direction = Math.sign(ratio - 1);
  const against = direction === 0 ? [] : moved.filter((c) => Math.sign(c.to - c.from) === -direction).map((c) => c.lever);
  return { before: productivity(baseline), after: productivity(current), percent: Math.round((ratio - 1) * 1000) / 10, changes, driver, against };
}

/**
 * Typical moves, in points on each lever. Cutting front-line staff saves cost but customers wait
 * and notice; self-service saves cost and, done well, speeds customers up; reservations and
 * off-peak prices fill idle capacity; training costs a little and lifts what customers get.
 */
export const SCENARIOS = {
  'cut-staff': { internal: 15, external: -20, capacity: 0 },
  'self-service': { internal: 10, external: 5, capacity: 0 },
  'off-peak': { internal: 0, external: 0, capacity: 15 },
  training: { internal: -3, external: 12, capacity: 0 },
} satisfies Record<string, Levels>;
export type ScenarioId = keyof typeof SCENARIOS;
export const SCENARIO_IDS = Object.keys(SCENARIOS) as ScenarioId[];

/** A scenario starts from the baseline, so scenarios can be compared one with another. */
export function applyScenario(state: ProductivityState, id: ScenarioId): ProductivityState {
  const d = SCENARIOS[id];
  const current = Object.fromEntries(LEVERS.map((l) => [l, clampLevel(state.baseline[l] + d[l], state.baseline[l])])) as Levels;
  return { ...state, current, scenario: id };
}

export const setLever = (state: ProductivityState, lever: Lever, value: number): ProductivityState => ({
  ...state,
  current: { ...state.current, [lever]: clampLevel(value, state.current[lever]) },
  scenario: '',
});

export const keepAsBaseline = (state: ProductivityState): ProductivityState => ({ ...state, baseline: { ...state.current }, scenario: '' });

/** "+12.5 %"-style change for display; the minus is a real minus sign. */
export const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n)}%`;

/** Internal efficiency bought with external efficiency, and productivity no better for it. */
export function costCuttingTrap(c: Comparison): boolean {
  const by = (l: Lever) => c.changes.find((x) => x.lever === l)!.percent;
  return by('internal') > 0 && by('external') < 0 && c.percent <= 0;
}

export interface ProductivityTexts {
  names: Record<Lever, string>;
  nothing: string;
  result: string;
  driver: string;
  against: string;
  trap: string;
}

/** The result in words: how much productivity changed, which lever drove it, what held it back. */
export function explainProductivity(c: Comparison, x: ProductivityTexts, lang: 'zh' | 'en'): string[] {
  if (!c.driver) return [x.nothing];
  const d = c.changes.find((ch) => ch.lever === c.driver)!;
  const lines = [
    fill(x.result, { before: c.before, after: c.after, change: signed(c.percent) }),
    fill(x.driver, { lever: x.names[d.lever], from: d.from, to: d.to, change: signed(d.percent) }),
  ];
  if (c.against.length) lines.push(fill(x.against, { list: joinList(c.against.map((l) => x.names[l]), lang) }));
  if (costCuttingTrap(c)) lines.push(x.trap);
  return lines;
}

export function productivityMarkdown(state: ProductivityState, x: ProductivityTexts & { title: string; formula: string; indexLabel: string; baselineValue: string }, lang: 'zh' | 'en'): string {
  const c = compare(state.baseline, state.current);
  const lines = [`# ${x.title}`, '', x.formula, ''];
  for (const ch of c.changes) lines.push(`- ${x.names[ch.lever]}: ${ch.to}% (${fill(x.baselineValue, { n: ch.from })})`);
  lines.push('', `**${x.indexLabel}: ${c.after}** (${signed(c.percent)})`, '', ...explainProductivity(c, x, lang));
  return lines.join('\n') + '\n';
}
