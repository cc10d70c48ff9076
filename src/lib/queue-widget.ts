/** Queue simulator widget: saved settings, examples, the chart's geometry and the take-away. */
import type { QueueParams, SimResult, ErlangC } from './queue.ts';
import { PRINCIPLE_IDS } from './waiting-perception.ts';
import { clampNumber, isRecord } from './widget-state.ts';

export { ticks } from './chart-ticks.ts';

export interface QueueState extends QueueParams {
  /** Which simulated day (the seed): "another day" draws new random arrivals. */
  day: number;
  /** Maister principles looked after. */
  applied: string[];
}

/** Limits of each setting, also used by the sliders. */
export const LIMITS = {
  arrivalsPerHour: [1, 200, 1],
  servers: [1, 10, 1],
  serviceMinutes: [0.5, 20, 0.5],
  hours: [1, 12, 1],
} as const;

export const EXAMPLES: Record<string, QueueParams> = {
  bank: { arrivalsPerHour: 40, servers: 3, serviceMinutes: 4, hours: 8 },
  canteen: { arrivalsPerHour: 120, servers: 5, serviceMinutes: 1.8, hours: 2 },
  clinic: { arrivalsPerHour: 30, servers: 1, serviceMinutes: 1.9, hours: 4 },
};

export function defaultQueueState(preset?: string): QueueState {
  return { ...(EXAMPLES[preset ?? ''] ?? EXAMPLES.bank), day: 1, applied: [] };
}

const snap = (x: number, step: number) => Math.round(x / step) * step;

export function validateQueueState(raw: unknown): QueueState | undefined {
  if (!isRecord(raw)) return undefined;
  const base = defaultQueueState();
  const out = { ...base };
  for (const key of Object.keys(LIMITS) as (keyof typeof LIMITS)[]) {
    const [min, max, step] = LIMITS[key];
    out[key] = snap(clampNumber(raw[key], min, max, base[key]), step);
  }
  out.day = Math.round(clampNumber(raw.day, 1, 1e6, 1));
  out.applied = Array.isArray(raw.applied) ? PRINCIPLE_IDS.filter((id) => (raw.applied as unknown[]).includes(id)) : [];
  return out;
}

export interface ChartBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The queue-length trace as an SVG step path, time across (0 to `span` minutes), length up. */
export function stepPath(trace: readonly [number, number][], span: number, top: number, box: ChartBox): string {
  const w = box.width - box.left - box.right;
  const h = box.height - box.top - box.bottom;
  const x = (t: number) => (box.left + (t / span) * w).toFixed(1);
  const y = (n: number) => (box.top + h - (n / top) * h).toFixed(1);
  let d = `M${x(0)} ${y(0)}`;
  for (const [t, n] of trace) d += `H${x(t)}V${y(n)}`;
  return d + `H${x(span)}`;
}

export interface QueueLabels {
  title: string;
  lines: string[];
}

/** The take-away: the settings, the simulated day, the long-run figures and the felt wait. */
export function queueMarkdown(l: QueueLabels): string {
  return [`## ${l.title}`, '', ...l.lines.map((line) => `- ${line}`), ''].join('\n');
}

export type { SimResult, ErlangC };
