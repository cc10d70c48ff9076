/**
 * SWOT builder rules: items in four quadrants, and TOWS strategies that each pair one internal
 * factor (strength or weakness) with one external factor (opportunity or threat). The pair's
 * quadrants decide the strategy's kind: SO, ST, WO or WT.
 */
import { isRecord, isString } from './widget-state.ts';
import { cleanText, oneLine } from './widget-text.ts';

export const QUADRANTS = ['s', 'w', 'o', 't'] as const;
export type Quadrant = (typeof QUADRANTS)[number];
export const TOWS_KINDS = ['so', 'st', 'wo', 'wt'] as const;
export type TowsKind = (typeof TOWS_KINDS)[number];

export interface SwotItem {
  id: string;
  text: string;
}
export interface TowsStrategy {
  id: string;
  /** Id of a strength or weakness. */
  internal: string;
  /** Id of an opportunity or threat. */
  external: string;
  text: string;
}
export interface SwotState {
  items: Record<Quadrant, SwotItem[]>;
  strategies: TowsStrategy[];
  /** Next free number for ids: ids are never reused, so strategies cannot point at a new item. */
  next: number;
}

export const MAX_ITEMS = 12;
export const MAX_STRATEGIES = 24;
export const MAX_TEXT = 280;

export const emptySwot = (): SwotState => ({ items: { s: [], w: [], o: [], t: [] }, strategies: [], next: 1 });

export const isInternal = (q: Quadrant) => q === 's' || q === 'w';

export function towsKind(internal: Quadrant, external: Quadrant): TowsKind | undefined {
  if (!isInternal(internal) || isInternal(external)) return undefined;
  return `${internal}${external}` as TowsKind;
}

export function quadrantOf(state: SwotState, id: string): Quadrant | undefined {
  return QUADRANTS.find((q) => state.items[q].some((i) => i.id === id));
}

export function findItem(state: SwotState, id: string): SwotItem | undefined {
  const q = quadrantOf(state, id);
  return q && state.items[q].find((i) => i.id === id);
}

const withItems = (state: SwotState, q: Quadrant, items: SwotItem[]): SwotState => ({ ...state, items: { ...state.items, [q]: items } });

export function addItem(state: SwotState, q: Quadrant, text: string): SwotState {
  const clean = text.trim().slice(0, MAX_TEXT);
  if (!clean || state.items[q].length >= MAX_ITEMS) return state;
  const item = { id: `i${state.next}`, text: clean };
  return { ...withItems(state, q, [...state.items[q], item]), next: state.next + 1 };
}

export function editItem(state: SwotState, id: string, text: string): SwotState {
  const q = quadrantOf(state, id);
  if (!q) return state;
  return withItems(state, q, state.items[q].map((i) => (i.id === id ? { ...i, text: text.slice(0, MAX_TEXT) } : i)));
}

/** Moves an item up (-1) or down (+1) within its quadrant; at either end nothing changes. */
export function moveItem(state: SwotState, id: string, delta: -1 | 1): SwotState {
  const q = quadrantOf(state, id);
  if (!q) return state;
  const list = [...state.items[q]];
  const from = list.findIndex((i) => i.id === id);
  const to = from + delta;
  if (to < 0 || to >= list.length) return state;
  [list[from], list[to]] = [list[to], list[from]];
  return withItems(state, q, list);
}

/** Deleting an item also deletes the strategies built on it: they would make no sense alone. */
export function removeItem(state: SwotState, id: string): SwotState {
  const q = quadrantOf(state, id);
  if (!q) return state;
  return {
    ...withItems(state, q, state.items[q].filter((i) => i.id !== id)),
    strategies: state.strategies.filter((s) => s.internal !== id && s.external !== id),
  };
}

export function strategyKind(state: SwotState, s: Pick<TowsStrategy, 'internal' | 'external'>): TowsKind | undefined {
  const a = quadrantOf(state, s.internal);
  const b = quadrantOf(state, s.external);
  return a && b ? towsKind(a, b) : undefined;
}

export function addStrategy(state: SwotState, internal: string, external: string, text: string): SwotState {
  const clean = text.trim().slice(0, MAX_TEXT);
  if (!clean || state.strategies.length >= MAX_STRATEGIES || !strategyKind(state, { internal, external })) return state;
  return { ...state, strategies: [...state.strategies, { id: `i${state.next}`, internal, external, text: clean }], next: state.next + 1 };
}

export function editStrategy(state: SwotState, id: string, text: string): SwotState {
  return { ...state, strategies: state.strategies.map((s) => (s.id === id ? { ...s, text: text.slice(0, MAX_TEXT) } : s)) };
}

export function removeStrategy(state: SwotState, id: string): SwotState {
  return { ...state, strategies: state.strategies.filter((s) => s.id !== id) };
}

export function strategiesByKind(state: SwotState): Record<TowsKind, TowsStrategy[]> {
  const out: Record<TowsKind, TowsStrategy[]> = { so: [], st: [], wo: [], wt: [] };
  for (const s of state.strategies) {
    const kind = strategyKind(state, s);
    if (kind) out[kind].push(s);
  }
  return out;
}

export const isEmptySwot = (state: SwotState) => state.strategies.length === 0 && QUADRANTS.every((q) => state.items[q].length === 0);

/** A worked example as written in a strings file: strategies name items as "s0", "o1" (quadrant + index). */
export interface SwotExample {
  name: string;
  s: string[];
  w: string[];
  o: string[];
  t: string[];
  strategies: [string, string, string][];
}

export function fromExample(example: SwotExample): SwotState {
  let state = emptySwot();
  for (const q of QUADRANTS) for (const text of example[q]) state = addItem(state, q, text);
  const ref = (r: string) => state.items[r[0] as Quadrant]?.[Number(r.slice(1))]?.id ?? '';
  for (const [a, b, text] of example.strategies) state = addStrategy(state, ref(a), ref(b), text);
  return state;
}

const idNumber = (id: string) => (/^i\d+$/.test(id) ? Number(id.slice(1)) : 0);

/** Saved state from the browser: keeps every well-formed item and strategy, drops the rest. */
export function validateSwot(raw: unknown): SwotState | undefined {
  if (!isRecord(raw) || !isRecord(raw.items)) return undefined;
  const seen = new Set<string>();
  const items = {} as Record<Quadrant, SwotItem[]>;
  for (const q of QUADRANTS) {
    const list = Array.isArray(raw.items[q]) ? raw.items[q] : [];
    items[q] = list
      .filter((i): i is SwotItem => isRecord(i) && isString(i.id) && idNumber(i.id) > 0 && !seen.has(i.id) && !!seen.add(i.id))
      .slice(0, MAX_ITEMS)
      .map((i) => ({ id: i.id, text: cleanText(i.text, MAX_TEXT) }));
  }
  let state: SwotState = { items, strategies: [], next: 1 };
  const strategies = Array.isArray(raw.strategies) ? raw.strategies : [];
  state.strategies = strategies
    .filter((s): s is TowsStrategy => isRecord(s) && isString(s.id) && idNumber(s.id) > 0 && !seen.has(s.id) && isString(s.internal) && isString(s.external) && !!seen.add(s.id))
    .filter((s) => strategyKind(state, s))
    .slice(0, MAX_STRATEGIES)
    .map((s) => ({ id: s.id, internal: s.internal, external: s.external, text: cleanText(s.text, MAX_TEXT) }));
  const maxId = Math.max(0, ...[...seen].map(idNumber));
  state = { ...state, next: Math.max(maxId + 1, typeof raw.next === 'number' && Number.isInteger(raw.next) ? raw.next : 1) };
  return state;
}

export interface SwotLabels {
  title: string;
  quadrants: Record<Quadrant, string>;
  tows: Record<TowsKind, string>;
  strategiesTitle: string;
  empty: string;
}

export function swotMarkdown(state: SwotState, l: SwotLabels): string {
  const lines = [`# ${l.title}`, ''];
  for (const q of QUADRANTS) {
    lines.push(`## ${l.quadrants[q]}`, '');
    lines.push(...(state.items[q].length ? state.items[q].map((i) => `- ${oneLine(i.text)}`) : [`- ${l.empty}`]), '');
  }
  const byKind = strategiesByKind(state);
  lines.push(`## ${l.strategiesTitle}`, '');
  for (const k of TOWS_KINDS) {
    lines.push(`### ${l.tows[k]}`, '');
    if (!byKind[k].length) lines.push(`- ${l.empty}`);
    for (const s of byKind[k]) {
      const pair = `${oneLine(findItem(state, s.internal)?.text ?? '')} × ${oneLine(findItem(state, s.external)?.text ?? '')}`;
      lines.push(`- ${oneLine(s.text)} (${pair})`);
    }
    lines.push('');
  }
  return lines.join('\n').trimEnd() + '\n';
}
