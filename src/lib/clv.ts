/**
 * Customer lifetime value, as in the lecture: spend per visit × visits per year = value per year;
 * × years the customer stays = lifetime value. Optionally only the margin counts (profit rather
 * than revenue), and later years are discounted: year t's value is divided by (1 + r)^t, as money
 * received later is worth less today.
 */
import { clampNumber, isRecord } from './widget-state.ts';

export interface Customer {
  /** Spend per visit, in yuan. */
  spend: number;
  /** Visits per year. */
  visits: number;
  /** Years the customer stays. */
  years: number;
}

export interface ClvOptions {
  /** Gross margin in percent, when only profit should count. */
  margin?: number;
  /** Yearly discount rate in percent. */
  discount?: number;
}

export const yearlyValue = (c: Customer, o: ClvOptions = {}) => c.spend * c.visits * (o.margin === undefined ? 1 : o.margin / 100);

/** Cumulative value at the end of each year: index 0 is 0, index t the value of the first t years. */
export function cumulative(c: Customer, o: ClvOptions = {}): number[] {
  const perYear = yearlyValue(c, o);
  const r = (o.discount ?? 0) / 100;
  const out = [0];
  for (let t = 1; t <= c.years; t++) out.push(out[t - 1] + perYear / (1 + r) ** t);
  return out;
}

export const lifetimeValue = (c: Customer, o: ClvOptions = {}) => cumulative(c, o).at(-1)!;

export interface ClvState {
  a: Customer;
  b: Customer;
  useMargin: boolean;
  margin: number;
  useDiscount: boolean;
  discount: number;
}

export const CLV_LIMITS = { spend: [0, 100000], visits: [0, 365], years: [1, 50], margin: [0, 100], discount: [0, 50] } as const;

export const CLV_EXAMPLES: Record<string, { a: Customer; b: Customer }> = {
  cafe: { a: { spend: 30, visits: 150, years: 5 }, b: { spend: 45, visits: 2, years: 1 } },
  supermarket: { a: { spend: 300, visits: 52, years: 10 }, b: { spend: 120, visits: 12, years: 3 } },
};

export function defaultClvState(preset?: string): ClvState {
  const ex = CLV_EXAMPLES[preset ?? ''] ?? CLV_EXAMPLES.cafe;
  return { a: { ...ex.a }, b: { ...ex.b }, useMargin: false, margin: 30, useDiscount: false, discount: 8 };
}

function customer(raw: unknown, fallback: Customer): Customer {
  const r = isRecord(raw) ? raw : {};
  const [s0, s1] = CLV_LIMITS.spend;
  const [v0, v1] = CLV_LIMITS.visits;
  const [y0, y1] = CLV_LIMITS.years;
  return { spend: clampNumber(r.spend, s0, s1, fallback.spend), visits: clampNumber(r.visits, v0, v1, fallback.visits), years: Math.round(clampNumber(r.years, y0, y1, fallback.years)) };
}

export function validateClvState(raw: unknown): ClvState | undefined {
  if (!isRecord(raw)) return undefined;
  const d = defaultClvState();
  return {
    a: customer(raw.a, d.a),
    b: customer(raw.b, d.b),
    useMargin: raw.useMargin === true,
    margin: clampNumber(raw.margin, 0, 100, d.margin),
    useDiscount: raw.useDiscount === true,
    discount: clampNumber(raw.discount, 0, 50, d.discount),
  };
}

export const optionsOf = (s: ClvState): ClvOptions => ({ margin: s.useMargin ? s.margin : undefined, discount: s.useDiscount ? s.discount : undefined });
