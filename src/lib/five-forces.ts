/**
 * Porter's five forces: each force rated 1 (weak) to 5 (strong) with the evidence for it. The
 * stronger the forces, the more of an industry's profit they take away, so the less attractive the
 * industry is to a firm in it or thinking of entering it.
 */
import { clampNumber, isRecord } from './widget-state.ts';
import { cleanText, fill, joinList, oneLine } from './widget-text.ts';

export const FORCES = ['rivalry', 'entrants', 'substitutes', 'buyers', 'suppliers'] as const;
export type Force = (typeof FORCES)[number];
export const MAX_RATING = 5;
export const MAX_EVIDENCE = 600;

export interface ForcesState {
  /** 0 = not rated yet, else 1..5. */
  ratings: Record<Force, number>;
  evidence: Record<Force, string>;
}

const each = <T>(f: (force: Force) => T) => Object.fromEntries(FORCES.map((k) => [k, f(k)])) as Record<Force, T>;

export const emptyForces = (): ForcesState => ({ ratings: each(() => 0), evidence: each(() => '') });

export function setRating(state: ForcesState, force: Force, rating: number): ForcesState {
  return { ...state, ratings: { ...state.ratings, [force]: Math.round(clampNumber(rating, 0, MAX_RATING, 0)) } };
}

export function setEvidence(state: ForcesState, force: Force, text: string): ForcesState {
  return { ...state, evidence: { ...state.evidence, [force]: text.slice(0, MAX_EVIDENCE) } };
}

export function validateForces(raw: unknown): ForcesState | undefined {
  if (!isRecord(raw) || !isRecord(raw.ratings)) return undefined;
  const ratings = raw.ratings;
  const evidence = isRecord(raw.evidence) ? raw.evidence : {};
  return {
    ratings: each((f) => Math.round(clampNumber(ratings[f], 0, MAX_RATING, 0))),
    evidence: each((f) => cleanText(evidence[f], MAX_EVIDENCE)),
  };
}

export type Attractiveness = 'high' | 'medium' | 'low';

export interface ForcesReading {
  rated: number;
  complete: boolean;
  /** Mean strength of the rated forces, 1..5 (0 when none is rated). */
  mean: number;
  /** Attractiveness 0..100: 100 when every force is at its weakest. */
  score: number;
  level?: Attractiveness;
  /** Forces rated 4 or 5, strongest first: they explain a low reading. */
  strong: Force[];
  /** Forces rated 1 or 2, weakest first: they explain a high reading. */
  weak: Force[];
}

/** Reads the industry once every force is rated; thirds of the 1..5 scale mark the levels. */
export function readForces(ratings: Record<Force, number>): ForcesReading {
  const rated = FORCES.filter((f) => ratings[f] >= 1);
  const mean = rated.length ? rated.reduce((sum, f) => sum + ratings[f], 0) / rated.length : 0;
  const complete = rated.length === FORCES.length;
  const score = rated.length ? Math.round(((MAX_RATING - mean) / (MAX_RATING - 1)) * 100) : 0;
  const level: Attractiveness | undefined = !complete ? undefined : mean <= 7 / 3 ? 'high' : mean >= 11 / 3 ? 'low' : 'medium';
  const byRating = (dir: 1 | -1) => [...rated].sort((a, b) => dir * (ratings[a] - ratings[b]) || FORCES.indexOf(a) - FORCES.indexOf(b));
  return {
    rated: rated.length,
    complete,
    mean: Math.round(mean * 10) / 10,
    score,
    level,
    strong: byRating(-1).filter((f) => ratings[f] >= 4),
    weak: byRating(1).filter((f) => ratings[f] <= 2),
  };
}

/** Corner points of a radar polygon: first axis straight up, then clockwise. */
export function radarPoints(values: number[], max: number, cx: number, cy: number, r: number): [number, number][] {
  return values.map((v, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / values.length;
    const d = (Math.max(0, Math.min(max, v)) / max) * r;
    return [round(cx + d * Math.cos(angle)), round(cy + d * Math.sin(angle))];
  });
}

const round = (n: number) => Math.round(n * 10) / 10;

export const pointsAttr = (points: [number, number][]) => points.map(([x, y]) => `${x},${y}`).join(' ');

/**
 * Ratings of the worked examples (their evidence, in both languages, is in the widget's strings).
 * Airline: price wars, high-speed rail and two aircraft makers; hotel: online travel agencies and
 * home sharing; food delivery: subsidy wars between platforms with strong network effects.
 */
export const FORCE_PRESETS = {
  airline: { rivalry: 5, entrants: 2, substitutes: 4, buyers: 4, suppliers: 4 },
  hotel: { rivalry: 4, entrants: 3, substitutes: 3, buyers: 4, suppliers: 2 },
  delivery: { rivalry: 5, entrants: 2, substitutes: 3, buyers: 4, suppliers: 3 },
} satisfies Record<string, Record<Force, number>>;
export type ForcesPresetId = keyof typeof FORCE_PRESETS;
export const isForcesPreset = (x: unknown): x is ForcesPresetId => typeof x === 'string' && Object.hasOwn(FORCE_PRESETS, x);

export function presetForces(id: ForcesPresetId, evidence: Record<Force, string>): ForcesState {
  return { ratings: { ...FORCE_PRESETS[id] }, evidence: each((f) => cleanText(evidence[f], MAX_EVIDENCE)) };
}

/** The texts an explanation is built from (from the widget's strings, in one language). */
export interface ForcesTexts {
  names: Record<Force, string>;
  short: Record<Force, string>;
  strongMeans: Record<Force, string>;
  levels: Record<Attractiveness, string>;
  why: Record<Attractiveness, string>;
  score: string;
  strongItem: string;
  weakList: string;
  noneStrong: string;
  noEvidence: string;
  notRated: string;
}

export interface ForcesExplanation {
  /** The verdict, once every force is rated. */
  heading?: string;
  lines: string[];
  /** One line per strong force: what it does to the industry's profit. */
  strong: string[];
}

/** The reading in words: the verdict, why, and which forces drive it. */
export function explainForces(state: ForcesState, x: ForcesTexts, lang: 'zh' | 'en'): ForcesExplanation {
  const r = readForces(state.ratings);
  const unsupported = FORCES.filter((f) => state.ratings[f] >= 1 && !state.evidence[f].trim()).map((f) => x.short[f]);
  const evidenceLine = unsupported.length ? [fill(x.noEvidence, { list: joinList(unsupported, lang) })] : [];
  if (!r.complete || !r.level) return { lines: [fill(x.notRated, { n: r.rated }), ...evidenceLine], strong: [] };
  const lines = [fill(x.score, { score: r.score, mean: r.mean }), x.why[r.level]];
  if (!r.strong.length) lines.push(x.noneStrong);
  if (r.weak.length) lines.push(fill(x.weakList, { list: joinList(r.weak.map((f) => x.short[f]), lang) }));
  const strong = r.strong.map((f) => fill(x.strongItem, { name: x.short[f], rating: state.ratings[f], means: x.strongMeans[f] }));
  return { heading: x.levels[r.level], lines: [...lines, ...evidenceLine], strong };
}

export function forcesMarkdown(state: ForcesState, x: ForcesTexts & { title: string; readingTitle: string; scale: string[]; evidence: string }, lang: 'zh' | 'en'): string {
  const e = explainForces(state, x, lang);
  const out = [`# ${x.title}`, '', `## ${x.readingTitle}`, ''];
  if (e.heading) out.push(`**${e.heading}**`, '');
  out.push(...e.lines.map((l) => l), '');
  if (e.strong.length) out.push(...e.strong.map((s) => `- ${s}`), '');
  for (const f of FORCES) {
    const r = state.ratings[f];
    out.push(`## ${x.names[f]}: ${r ? `${r}/5` : '–'} (${x.scale[r]})`, '', `${x.evidence}: ${oneLine(state.evidence[f]) || '–'}`, '');
  }
  return out.join('\n').trimEnd() + '\n';
}
