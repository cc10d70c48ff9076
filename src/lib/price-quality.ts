/**
 * The nine price–quality positions (price high/medium/low × perceived quality high/medium/low)
 * and the brands a reader places on them. Where price and quality match, the position is
 * consistent; where quality is above price, customers get more than they pay for and the brand
 * attacks the positions above it; where price is above quality, customers feel it after the first
 * purchase, which is why those positions are fragile.
 */
import { isRecord, isString } from './widget-state.ts';
import { cleanText, oneLine } from './widget-text.ts';

export const LEVELS = ['high', 'medium', 'low'] as const;
export type Level = (typeof LEVELS)[number];

export type Relation = 'consistent' | 'value' | 'overpriced';
/** How long a brand can hold the position: the source's own labels where it gives one. */
export type Stability = 'fragile' | 'attack' | 'difficult' | 'strong' | 'penetration' | 'squeezed' | 'unsustainable';

export interface Position {
  id: string;
  price: Level;
  quality: Level;
  stability: Stability;
}

const rank: Record<Level, number> = { high: 2, medium: 1, low: 0 };

/** Rows by quality (high first), columns by price (high first), as the usual nine-cell table. */
export const POSITIONS: Position[] = [
  { id: 'premium', quality: 'high', price: 'high', stability: 'fragile' },
  { id: 'high-value', quality: 'high', price: 'medium', stability: 'attack' },
  { id: 'super-value', quality: 'high', price: 'low', stability: 'difficult' },
  { id: 'overcharging', quality: 'medium', price: 'high', stability: 'fragile' },
  { id: 'medium-value', quality: 'medium', price: 'medium', stability: 'squeezed' },
  { id: 'good-value', quality: 'medium', price: 'low', stability: 'strong' },
  { id: 'rip-off', quality: 'low', price: 'high', stability: 'unsustainable' },
  { id: 'false-economy', quality: 'low', price: 'medium', stability: 'fragile' },
  { id: 'economy', quality: 'low', price: 'low', stability: 'penetration' },
];

export function positionOf(price: Level, quality: Level): Position {
  return POSITIONS.find((p) => p.price === price && p.quality === quality)!;
}

export function relation(price: Level, quality: Level): Relation {
  const gap = rank[quality] - rank[price];
  return gap === 0 ? 'consistent' : gap > 0 ? 'value' : 'overpriced';
}

/** Fragile: overpriced positions, and premium, whose quality lead rivals keep attacking. */
export const isFragile = (p: Position) => p.stability === 'fragile' || p.stability === 'unsustainable';

export interface Brand {
  id: string;
  name: string;
  price: Level;
  quality: Level;
}
export interface PriceQualityState {
  brands: Brand[];
  /** The position whose explanation is open. */
  selected: string;
  next: number;
}

export const MAX_BRANDS = 16;
export const MAX_NAME = 60;
export const isLevel = (x: unknown): x is Level => isString(x) && (LEVELS as readonly string[]).includes(x);
export const emptyPriceQuality = (): PriceQualityState => ({ brands: [], selected: 'premium', next: 1 });

export function addBrand(state: PriceQualityState, name: string, price: Level, quality: Level): PriceQualityState {
  const clean = name.trim().slice(0, MAX_NAME);
  if (!clean || state.brands.length >= MAX_BRANDS) return state;
  const brand = { id: `b${state.next}`, name: clean, price, quality };
  return { ...state, brands: [...state.brands, brand], next: state.next + 1, selected: positionOf(price, quality).id };
}

export function moveBrand(state: PriceQualityState, id: string, change: Partial<Pick<Brand, 'price' | 'quality'>>): PriceQualityState {
  const brands = state.brands.map((b) => (b.id === id ? { ...b, ...change } : b));
  const moved = brands.find((b) => b.id === id);
  return { ...state, brands, selected: moved ? positionOf(moved.price, moved.quality).id : state.selected };
}

export const removeBrand = (state: PriceQualityState, id: string): PriceQualityState => ({ ...state, brands: state.brands.filter((b) => b.id !== id) });

export const brandsAt = (state: PriceQualityState, p: Position) => state.brands.filter((b) => b.price === p.price && b.quality === p.quality);

/** Example brands, written as [name, price, quality] in each language's strings. */
export function fromExample(rows: [string, Level, Level][]): PriceQualityState {
  const state = rows.reduce((s, [name, price, quality]) => addBrand(s, name, price, quality), emptyPriceQuality());
  // Open the first brand's position, where a reader starts reading.
  return { ...state, selected: rows.length ? positionOf(rows[0][1], rows[0][2]).id : state.selected };
}

export function validatePriceQuality(raw: unknown): PriceQualityState | undefined {
  if (!isRecord(raw) || !Array.isArray(raw.brands)) return undefined;
  const ids = new Set<string>();
  const brands = raw.brands
    .filter((b): b is Brand => isRecord(b) && isString(b.id) && /^b\d+$/.test(b.id) && !ids.has(b.id) && isLevel(b.price) && isLevel(b.quality) && !!ids.add(b.id))
    .map((b) => ({ id: b.id, name: cleanText(b.name, MAX_NAME), price: b.price, quality: b.quality }))
    .slice(0, MAX_BRANDS);
  const maxId = Math.max(0, ...brands.map((b) => Number(b.id.slice(1))));
  const next = typeof raw.next === 'number' && Number.isInteger(raw.next) ? Math.max(raw.next, maxId + 1) : maxId + 1;
  const selected = POSITIONS.some((p) => p.id === raw.selected) ? (raw.selected as string) : 'premium';
  return { brands, selected, next };
}

export interface PriceQualityLabels {
  title: string;
  names: Record<string, string>;
  levels: Record<Level, string>;
  price: string;
  quality: string;
  risk: Record<Stability, string>;
  empty: string;
}

export function priceQualityMarkdown(state: PriceQualityState, l: PriceQualityLabels): string {
  const lines = [`# ${l.title}`, ''];
  if (!state.brands.length) lines.push(l.empty);
  for (const b of state.brands) {
    const p = positionOf(b.price, b.quality);
    lines.push(`- **${oneLine(b.name)}**: ${l.names[p.id]} (${l.price} ${l.levels[b.price]}, ${l.quality} ${l.levels[b.quality]}) · ${l.risk[p.stability]}`);
  }
  return lines.join('\n') + '\n';
}
