/**
 * Cost vs service level. As a rule the two rise together, and each extra point of service costs
 * more than the last. Against that curve, a move from today's position falls into one of four
 * patterns: same service for less cost; better service for the same cost; better service for
 * more cost; better service for less cost. A move that cuts service, or costs more for nothing,
 * is none of the four and is named as such.
 */
import { clampNumber, isRecord } from './widget-state.ts';
import { fill } from './widget-text.ts';

/** Today's position: 80 % service level at a cost index of 100. */
export const BASE_SERVICE = 80;
export const BASE_COST = 100;
export const SERVICE_RANGE = [60, 96] as const;
export const COST_RANGE = [50, 200] as const;
/** Moves this small read as "unchanged": a slider cannot be set more exactly by touch. */
export const SERVICE_TOLERANCE = 1;
export const COST_TOLERANCE = 2;

/**
 * Today's cost curve: cost grows with 1/√(1 − service level), so the curve steepens as service
 * approaches 100 % (the last few points are the dearest).
 */
export function curveCost(service: number): number {
  const s = Math.min(service, 99.5) / 100;
  return Math.round(BASE_COST * Math.sqrt((1 - BASE_SERVICE / 100) / (1 - s)) * 10) / 10;
}

export const PATTERNS = ['cut-cost', 'more-service', 'pay-for-service', 'breakthrough'] as const;
export type Pattern = (typeof PATTERNS)[number];
export type Outcome = Pattern | 'none' | 'trade-down' | 'waste' | 'worse';

export interface CostServiceState {
  service: number;
  cost: number;
}
export const emptyCostService = (): CostServiceState => ({ service: BASE_SERVICE, cost: BASE_COST });

export function validateCostService(raw: unknown): CostServiceState | undefined {
  if (!isRecord(raw)) return undefined;
  return { service: Math.round(clampNumber(raw.service, ...SERVICE_RANGE, BASE_SERVICE)), cost: Math.round(clampNumber(raw.cost, ...COST_RANGE, BASE_COST)) };
}

const direction = (delta: number, tolerance: number) => (Math.abs(delta) <= tolerance ? 0 : Math.sign(delta));

export function classify(state: CostServiceState): Outcome {
  const s = direction(state.service - BASE_SERVICE, SERVICE_TOLERANCE);
  const c = direction(state.cost - BASE_COST, COST_TOLERANCE);
  if (s === 0 && c === 0) return 'none';
  if (s === 0 && c < 0) return 'cut-cost';
  if (s > 0 && c === 0) return 'more-service';
  if (s > 0 && c > 0) return 'pay-for-service';
  if (s > 0 && c < 0) return 'breakthrough';
  if (s < 0 && c < 0) return 'trade-down';
  if (s === 0 && c > 0) return 'waste';
  return 'worse';
}

export type CurveFit = 'below' | 'on' | 'above';

/**
 * Where the new position lies against today's curve. Below it, today's way of working cannot
 * deliver it: it takes a change of process or technology. Above it, money is being wasted.
 */
export function curveFit(state: CostServiceState): CurveFit {
  const gap = (state.cost - curveCost(state.service)) / curveCost(state.service);
  return gap < -0.03 ? 'below' : gap > 0.03 ? 'above' : 'on';
}

/** A typical move for each pattern, to start from. */
export const PATTERN_MOVES: Record<Pattern, CostServiceState> = {
  'cut-cost': { service: 80, cost: 85 },
  'more-service': { service: 88, cost: 100 },
  'pay-for-service': { service: 90, cost: 141 },
  breakthrough: { service: 88, cost: 90 },
};

/** Points of today's curve for drawing, one every `step` points of service level. */
export function curvePoints(step = 2): [number, number][] {
  const out: [number, number][] = [];
  for (let s = SERVICE_RANGE[0]; s <= SERVICE_RANGE[1]; s += step) out.push([s, Math.min(curveCost(s), COST_RANGE[1])]);
  return out;
}

export interface CostServiceTexts {
  title: string;
  move: string;
  patterns: Record<Pattern, { name: string; when: string }>;
  outcomes: Record<Exclude<Outcome, Pattern>, string>;
  fit: Record<CurveFit, string>;
  balance: string;
}

/** "+8 points" style differences, with a real minus sign. */
export const delta = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n)}`;

export const isPattern = (o: Outcome): o is Pattern => (PATTERNS as readonly string[]).includes(o);

export function costServiceMarkdown(state: CostServiceState, x: CostServiceTexts): string {
  const outcome = classify(state);
  const lines = [`# ${x.title}`, '', fill(x.move, { ds: delta(state.service - BASE_SERVICE), dc: delta(state.cost - BASE_COST) }), ''];
  if (isPattern(outcome)) lines.push(`**${x.patterns[outcome].name}**`, '', x.patterns[outcome].when, '');
  else lines.push(x.outcomes[outcome], '');
  if (outcome !== 'none') lines.push(x.fit[curveFit(state)], '');
  lines.push(x.balance);
  return lines.join('\n') + '\n';
}
