/**
 * Service style self-check: the procedural side (how things get done) and the personal side (how
 * people treat people) each rated item by item from 1 (poor) to 5 (excellent). A side is strong
 * when its average is above 3: "adequate" on average is not yet a strength. The two sides place
 * the service in one of four styles: freezer, factory, friendly zoo or quality service.
 */
import { isRecord } from './widget-state.ts';
import { markdownCell, savedText } from './fill-template.ts';

export const PROCEDURAL = ['timeliness', 'flow', 'accommodation', 'anticipation', 'communication', 'feedback', 'supervision'] as const;
export const PERSONAL = ['appearance', 'attitude', 'bodyLanguage', 'tone', 'attentiveness', 'tact', 'naming', 'guidance', 'selling', 'problemSolving'] as const;
export type ProceduralItem = (typeof PROCEDURAL)[number];
export type PersonalItem = (typeof PERSONAL)[number];
export type Item = ProceduralItem | PersonalItem;
export const SIDES = ['procedural', 'personal'] as const;
export type Side = (typeof SIDES)[number];
export const ITEMS: Record<Side, readonly Item[]> = { procedural: PROCEDURAL, personal: PERSONAL };
export const ALL_ITEMS: readonly Item[] = [...PROCEDURAL, ...PERSONAL];
export const sideOf = (item: Item): Side => ((PROCEDURAL as readonly string[]).includes(item) ? 'procedural' : 'personal');

export const STYLES = ['freezer', 'factory', 'zoo', 'quality'] as const;
export type Style = (typeof STYLES)[number];

export const RATING_MIN = 1;
export const RATING_MAX = 5;
/** Averages above this count as strong. */
export const STRONG_ABOVE = 3;
/** Items rated at or below this are worth working on. */
export const WEAK_AT_MOST = 3;
export const MAX_SUBJECT = 80;

export type Ratings = Partial<Record<Item, number>>;
export interface StyleState {
  /** What is being rated, as the reader typed it. */
  subject: string;
  /** A preset's id: its name then comes from the strings, in the reader's language. */
  ref?: string;
  ratings: Ratings;
}

export interface SideScore {
  /** Average of the rated items, or null when none is rated yet. */
  mean: number | null;
  rated: number;
  total: number;
}

export function sideScore(ratings: Ratings, side: Side): SideScore {
  const values = ITEMS[side].map((i) => ratings[i]).filter((v): v is number => v !== undefined);
  return { mean: values.length ? values.reduce((a, b) => a + b, 0) / values.length : null, rated: values.length, total: ITEMS[side].length };
}

export const isStrong = (mean: number) => mean > STRONG_ABOVE;

export function styleOf(procedural: number, personal: number): Style {
  if (isStrong(procedural)) return isStrong(personal) ? 'quality' : 'factory';
  return isStrong(personal) ? 'zoo' : 'freezer';
}

/** The sides a style still has to build, weakest first where both are weak. */
export function sidesToBuild(style: Style, procedural: number, personal: number): Side[] {
  if (style === 'factory') return ['personal'];
  if (style === 'zoo') return ['procedural'];
  if (style === 'quality') return [];
  return personal < procedural ? ['personal', 'procedural'] : ['procedural', 'personal'];
}

/**
 * Up to `n` items to work on: rated at most WEAK_AT_MOST, lowest first; among equals, the side the
 * style still has to build comes first (a factory's weak personal items before its procedural
 * ones), then the checklist's order.
 */
export function weakestItems(ratings: Ratings, style: Style | null, n = 3, procedural = 0, personal = 0): Item[] {
  const focus = style ? sidesToBuild(style, procedural, personal) : [];
  const rank = (item: Item) => {
    const i = focus.indexOf(sideOf(item));
    return i === -1 ? focus.length : i;
  };
  return ALL_ITEMS.filter((i) => ratings[i] !== undefined && ratings[i]! <= WEAK_AT_MOST)
    .map((item, order) => ({ item, order }))
    .sort((a, b) => ratings[a.item]! - ratings[b.item]! || rank(a.item) - rank(b.item) || a.order - b.order)
    .slice(0, n)
    .map((x) => x.item);
}

export interface Assessment {
  procedural: SideScore;
  personal: SideScore;
  /** Null until each side has at least one rating. */
  style: Style | null;
  weakest: Item[];
}

export function assess(ratings: Ratings): Assessment {
  const procedural = sideScore(ratings, 'procedural');
  const personal = sideScore(ratings, 'personal');
  const style = procedural.mean !== null && personal.mean !== null ? styleOf(procedural.mean, personal.mean) : null;
  return { procedural, personal, style, weakest: weakestItems(ratings, style, 3, procedural.mean ?? 0, personal.mean ?? 0) };
}

export const rate = (state: StyleState, item: Item, value: number): StyleState =>
  Number.isInteger(value) && value >= RATING_MIN && value <= RATING_MAX ? { ...state, ratings: { ...state.ratings, [item]: value } } : state;

/** Typing a subject replaces the preset's name for good. */
export const setSubject = (state: StyleState, subject: string): StyleState => ({ subject: subject.slice(0, MAX_SUBJECT), ratings: state.ratings });

/** Illustrative ratings, one preset per style. Order: procedural items, then personal items. */
const PRESET_RATINGS: Record<string, number[]> = {
  governmentOffice: [2, 2, 1, 2, 2, 1, 3, 3, 2, 2, 2, 2, 2, 1, 2, 1, 2],
  fastFood: [5, 5, 2, 4, 4, 3, 5, 4, 3, 2, 2, 2, 3, 1, 2, 4, 2],
  familyRestaurant: [2, 2, 4, 2, 3, 2, 1, 4, 5, 5, 4, 4, 4, 5, 4, 3, 4],
  boutiqueHotel: [4, 4, 5, 4, 4, 4, 4, 5, 5, 4, 5, 5, 4, 5, 4, 3, 4],
};
export const PRESET_IDS = Object.keys(PRESET_RATINGS);

export function loadPreset(id: string): StyleState {
  const values = PRESET_RATINGS[id] ?? PRESET_RATINGS.fastFood;
  return { subject: '', ref: id in PRESET_RATINGS ? id : 'fastFood', ratings: Object.fromEntries(ALL_ITEMS.map((item, i) => [item, values[i]])) };
}

export const emptyStyle = (): StyleState => ({ subject: '', ratings: {} });

/** Saved state: unknown items and ratings outside 1–5 are dropped; the subject is cut to length. */
export function validateStyle(raw: unknown): StyleState | undefined {
  if (!isRecord(raw) || !isRecord(raw.ratings)) return undefined;
  const ratings: Ratings = {};
  for (const item of ALL_ITEMS) {
    const v = raw.ratings[item];
    if (typeof v === 'number' && Number.isInteger(v) && v >= RATING_MIN && v <= RATING_MAX) ratings[item] = v;
  }
  const ref = typeof raw.ref === 'string' && PRESET_IDS.includes(raw.ref) ? raw.ref : undefined;
  return { subject: savedText(raw.subject, MAX_SUBJECT), ...(ref ? { ref } : {}), ratings };
}

export interface StyleLabels {
  title: string;
  subjectLabel: string;
  subject: string;
  sides: Record<Side, string>;
  items: Record<Item, { name: string; tip: string }>;
  styles: Record<Style, { name: string; message: string; next: string }>;
  result: string;
  notRated: string;
  weakest: string;
  noWeak: string;
  score: (s: SideScore) => string;
  /** What follows an item's name in the weakest list, e.g. " (rated 2): " or "（2 分）：". */
  rating: (value: number) => string;
  /** ": " in English, "：" in Chinese. */
  colon: string;
}

export function styleMarkdown(state: StyleState, l: StyleLabels): string {
  const a = assess(state.ratings);
  const lines = [`# ${l.title}`, ''];
  const c = l.colon;
  if (l.subject) lines.push(`**${l.subjectLabel}**${c}${markdownCell(l.subject)}`, '');
  for (const side of SIDES) {
    lines.push(`## ${l.sides[side]}${c}${l.score(a[side])}`, '');
    for (const item of ITEMS[side]) lines.push(`- ${l.items[item].name}${c}${state.ratings[item] ?? '–'}`);
    lines.push('');
  }
  lines.push(`## ${l.result}`, '');
  if (a.style) lines.push(`**${l.styles[a.style].name}**${c}${l.styles[a.style].message}`, '', l.styles[a.style].next, '');
  else lines.push(l.notRated, '');
  lines.push(`### ${l.weakest}`, '');
  if (a.weakest.length) for (const item of a.weakest) lines.push(`- **${l.items[item].name}**${l.rating(state.ratings[item]!)}${l.items[item].tip}`);
  else lines.push(l.noWeak);
  return lines.join('\n') + '\n';
}
