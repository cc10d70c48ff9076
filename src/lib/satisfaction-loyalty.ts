/**
 * Satisfaction × loyalty (Jones & Sasser, "Why Satisfied Customers Defect", 1995). Both scores run
 * 0–100 and split at 50 into four kinds of customer. How loyalty follows satisfaction depends on
 * the market: where customers can switch easily, loyalty climbs only at the very top of
 * satisfaction; where they cannot, it stays high even when they are unhappy (hostages).
 */
import { clampNumber, isRecord } from './widget-state.ts';
import { markdownCell, savedText } from './fill-template.ts';

export const SCALE_MAX = 100;
/** Scores at or above the midpoint count as high. */
export const MIDPOINT = 50;
export const MAX_CUSTOMERS = 8;
export const MAX_NAME = 60;

export const MARKETS = ['competitive', 'noncompetitive'] as const;
export type Market = (typeof MARKETS)[number];
export const TYPES = ['apostle', 'mercenary', 'hostage', 'terrorist'] as const;
export type CustomerType = (typeof TYPES)[number];

export interface Customer {
  id: string;
  /** A preset customer's id: its name then comes from the strings, in the reader's language. */
  ref?: string;
  /** A name the reader typed (wins over `ref`). */
  name: string;
  satisfaction: number;
  loyalty: number;
}
export interface SatLoyState {
  market: Market;
  customers: Customer[];
}

export function customerType(satisfaction: number, loyalty: number): CustomerType {
  const satisfied = satisfaction >= MIDPOINT;
  if (loyalty >= MIDPOINT) return satisfied ? 'apostle' : 'hostage';
  return satisfied ? 'mercenary' : 'terrorist';
}

/**
 * The typical loyalty at a satisfaction level. Competitive: an S-curve that stays low through
 * "fairly satisfied" and rises steeply between about 75 and 90. Non-competitive: high throughout,
 * rising a little with satisfaction, because few customers can leave.
 */
export function expectedLoyalty(market: Market, satisfaction: number): number {
  const s = clampNumber(satisfaction, 0, SCALE_MAX, 0);
  if (market === 'competitive') return 5 + 90 / (1 + Math.exp(-(s - 82) / 5));
  return 70 + (25 * s) / SCALE_MAX;
}

export const expectedType = (market: Market, satisfaction: number) => customerType(satisfaction, expectedLoyalty(market, satisfaction));

/** The lowest whole satisfaction score at which typical loyalty reaches the upper half. */
export function loyaltyThreshold(market: Market): number {
  for (let s = 0; s <= SCALE_MAX; s++) if (expectedLoyalty(market, s) >= MIDPOINT) return s;
  return SCALE_MAX;
}

/** The curve as [satisfaction, loyalty] pairs, for drawing. */
export function curvePoints(market: Market, steps = 50): [number, number][] {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const s = (i * SCALE_MAX) / steps;
    return [s, expectedLoyalty(market, s)];
  });
}

export function countByType(customers: Customer[]): Record<CustomerType, number> {
  const counts = { apostle: 0, mercenary: 0, hostage: 0, terrorist: 0 };
  for (const c of customers) counts[customerType(c.satisfaction, c.loyalty)]++;
  return counts;
}

/** How far above competitive-market loyalty a customer must sit to count as held only by a lack of choice. */
export const RISK_MARGIN = 25;

/** Loyal customers whose loyalty a competitive market would not sustain: they leave when rivals arrive. */
export const atRiskIfCompetition = (customers: Customer[]) =>
  customers.filter((c) => c.loyalty >= MIDPOINT && c.loyalty - expectedLoyalty('competitive', c.satisfaction) >= RISK_MARGIN);

/** Satisfied customers still below the point where, in a competitive market, loyalty takes off. */
export const merelySatisfied = (customers: Customer[]) => {
  const top = loyaltyThreshold('competitive');
  return customers.filter((c) => c.satisfaction >= MIDPOINT && c.satisfaction < top);
};

const score = (x: number) => Math.round(clampNumber(x, 0, SCALE_MAX, MIDPOINT));

export function nextId(customers: Customer[]): string {
  const used = customers.map((c) => Number(c.id.replace(/^c/, ''))).filter(Number.isFinite);
  return `c${Math.max(0, ...used) + 1}`;
}

export function addCustomer(state: SatLoyState, at: { satisfaction: number; loyalty: number } = { satisfaction: MIDPOINT, loyalty: MIDPOINT }): SatLoyState {
  if (state.customers.length >= MAX_CUSTOMERS) return state;
  const c: Customer = { id: nextId(state.customers), name: '', satisfaction: score(at.satisfaction), loyalty: score(at.loyalty) };
  return { ...state, customers: [...state.customers, c] };
}

export function moveCustomer(state: SatLoyState, id: string, to: { satisfaction?: number; loyalty?: number }): SatLoyState {
  return {
    ...state,
    customers: state.customers.map((c) =>
      c.id === id ? { ...c, satisfaction: to.satisfaction === undefined ? c.satisfaction : score(to.satisfaction), loyalty: to.loyalty === undefined ? c.loyalty : score(to.loyalty) } : c,
    ),
  };
}

/** Typing a name replaces the preset's name for good, so clearing the box leaves it empty. */
export const renameCustomer = (state: SatLoyState, id: string, name: string): SatLoyState => ({
  ...state,
  customers: state.customers.map((c) => (c.id === id ? { id: c.id, name: name.slice(0, MAX_NAME), satisfaction: c.satisfaction, loyalty: c.loyalty } : c)),
});

export const removeCustomer = (state: SatLoyState, id: string): SatLoyState => ({ ...state, customers: state.customers.filter((c) => c.id !== id) });

export const setMarket = (state: SatLoyState, market: Market): SatLoyState => ({ ...state, market });

type PresetCustomer = [ref: string, satisfaction: number, loyalty: number];
/** Illustrative customers; the airline pair follows the lesson's example of a route that lost its monopoly. */
export const PRESETS: Record<string, { market: Market; customers: PresetCustomer[] }> = {
  everyday: {
    market: 'competitive',
    customers: [['cafeRegular', 92, 90], ['deliveryHopper', 75, 18], ['printShop', 25, 82], ['bankLeaver', 12, 8], ['phonePlan', 65, 35]],
  },
  airlineBefore: {
    market: 'noncompetitive',
    customers: [['commuter', 30, 88], ['businessTraveller', 45, 80], ['familyVisitor', 60, 78], ['frequentFlyer', 88, 92]],
  },
  airlineAfter: {
    market: 'competitive',
    customers: [['commuter', 30, 10], ['businessTraveller', 45, 20], ['familyVisitor', 60, 25], ['frequentFlyer', 88, 75]],
  },
};
export const PRESET_IDS = Object.keys(PRESETS);
export const PRESET_REFS = [...new Set(Object.values(PRESETS).flatMap((p) => p.customers.map(([ref]) => ref)))];

export function loadPreset(id: string): SatLoyState {
  const p = PRESETS[id] ?? PRESETS.everyday;
  return { market: p.market, customers: p.customers.map(([ref, satisfaction, loyalty], i) => ({ id: `c${i + 1}`, ref, name: '', satisfaction, loyalty })) };
}

export const defaultSatLoy = () => loadPreset('everyday');

/** Saved state: unknown markets read as competitive; bad customers are dropped, scores clamped, names cut. */
export function validateSatLoy(raw: unknown): SatLoyState | undefined {
  if (!isRecord(raw) || !Array.isArray(raw.customers)) return undefined;
  const market: Market = raw.market === 'noncompetitive' ? 'noncompetitive' : 'competitive';
  const seen = new Set<string>();
  const customers: Customer[] = [];
  for (const c of raw.customers) {
    if (!isRecord(c) || typeof c.id !== 'string' || !/^c\d{1,4}$/.test(c.id) || seen.has(c.id)) continue;
    if (typeof c.satisfaction !== 'number' || typeof c.loyalty !== 'number') continue;
    seen.add(c.id);
    const ref = typeof c.ref === 'string' && PRESET_REFS.includes(c.ref) ? c.ref : undefined;
    customers.push({ id: c.id, ...(ref ? { ref } : {}), name: savedText(c.name, MAX_NAME), satisfaction: score(c.satisfaction), loyalty: score(c.loyalty) });
    if (customers.length === MAX_CUSTOMERS) break;
  }
  return { market, customers };
}

export interface SatLoyLabels {
  title: string;
  marketLabel: string;
  markets: Record<Market, string>;
  customer: string;
  satisfaction: string;
  loyalty: string;
  type: string;
  curveType: string;
  types: Record<CustomerType, { name: string }>;
  /** ": " in English, "：" in Chinese. */
  colon: string;
  /** A customer's shown name (typed, preset or "Customer n"). */
  nameOf: (c: Customer, index: number) => string;
}

export function satLoyMarkdown(state: SatLoyState, l: SatLoyLabels): string {
  const lines = [`# ${l.title}`, '', `**${l.marketLabel}**${l.colon}${l.markets[state.market]}`, ''];
  lines.push(`| ${l.customer} | ${l.satisfaction} | ${l.loyalty} | ${l.type} | ${l.curveType} |`, '| --- | ---: | ---: | --- | --- |');
  state.customers.forEach((c, i) => {
    const type = l.types[customerType(c.satisfaction, c.loyalty)].name;
    const curve = l.types[expectedType(state.market, c.satisfaction)].name;
    lines.push(`| ${markdownCell(l.nameOf(c, i))} | ${c.satisfaction} | ${c.loyalty} | ${type} | ${curve} (${Math.round(expectedLoyalty(state.market, c.satisfaction))}) |`);
  });
  return lines.join('\n') + '\n';
}
