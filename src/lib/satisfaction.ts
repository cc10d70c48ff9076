/**
 * Maister's laws of service. First law: satisfaction = perception − expectation (S = P − E).
 * Second law, the snowball: first impressions colour what follows, so early moments weigh more
 * and their verdict carries into later ones. The weights below are illustrative, to show the
 * effect's direction, not measured values. Expectation and perception are rated 0–10.
 */
import type { Lang } from './langs.ts';
import { clampNumber, isRecord } from './widget-state.ts';

export interface Rating {
  /** Expectation, 0–10. */
  e: number;
  /** Perception, 0–10. */
  p: number;
}

/** Share of the first moment's S carried into every later moment's felt S. */
export const HALO = 0.3;
/** Weight of moment i (from 0) when the snowball is on: 1, 2/3, 1/2, 2/5… */
export const snowballWeight = (i: number) => 1 / (1 + 0.5 * i);

export const score = (r: Rating) => r.p - r.e;

/** S per moment as felt: with the snowball, the first impression shades every later moment. */
export function feltScores(ratings: readonly Rating[], snowball: boolean): number[] {
  const first = ratings.length ? score(ratings[0]) : 0;
  return ratings.map((r, i) => score(r) + (snowball && i > 0 ? HALO * first : 0));
}

/** Overall satisfaction: a plain average, or a weighted one leaning on early moments. */
export function overall(ratings: readonly Rating[], snowball: boolean): number {
  if (!ratings.length) return 0;
  const felt = feltScores(ratings, snowball);
  const w = felt.map((_, i) => (snowball ? snowballWeight(i) : 1));
  return felt.reduce((sum, s, i) => sum + s * w[i], 0) / w.reduce((a, b) => a + b, 0);
}

/** How much the overall would rise if perception at each moment rose by one point (capped at 10). */
export function gains(ratings: readonly Rating[], snowball: boolean): number[] {
  const base = overall(ratings, snowball);
  return ratings.map((r, i) => {
    const better = ratings.map((x, j) => (j === i ? { ...x, p: Math.min(10, x.p + 1) } : x));
    return overall(better, snowball) - base;
  });
}

export type Verdict = 'below' | 'met' | 'above';
export const verdict = (s: number): Verdict => (s < -0.5 ? 'below' : s > 0.5 ? 'above' : 'met');

export interface GaugeCase {
  id: string;
  title: Record<Lang, string>;
  moments: { label: Record<Lang, string>; e: number; p: number }[];
}

export interface GaugeState {
  caseId: string;
  /** Case id → ratings, one per moment of that case. */
  ratings: Record<string, Rating[]>;
  snowball: boolean;
}

export const caseRatings = (c: GaugeCase): Rating[] => c.moments.map(({ e, p }) => ({ e, p }));

export function defaultGaugeState(cases: readonly GaugeCase[], preset?: string): GaugeState {
  return { caseId: cases.some((c) => c.id === preset) ? preset! : cases[0].id, ratings: {}, snowball: true };
}

export function validateGaugeState(raw: unknown, cases: readonly GaugeCase[]): GaugeState | undefined {
  if (!isRecord(raw)) return undefined;
  const saved = isRecord(raw.ratings) ? raw.ratings : {};
  const ratings: Record<string, Rating[]> = {};
  for (const c of cases) {
    const list = saved[c.id];
    if (!Array.isArray(list) || list.length !== c.moments.length) continue;
    ratings[c.id] = c.moments.map((m, i) => {
      const r = isRecord(list[i]) ? list[i] : {};
      return { e: Math.round(clampNumber(r.e, 0, 10, m.e)), p: Math.round(clampNumber(r.p, 0, 10, m.p)) };
    });
  }
  const caseId = cases.some((c) => c.id === raw.caseId) ? (raw.caseId as string) : cases[0].id;
  return { caseId, ratings, snowball: raw.snowball !== false };
}

export interface GaugeLabels {
  title: string;
  moment: string;
  felt: string;
  overall: string;
  plain: string;
  best: string;
  verdicts: Record<Verdict, string>;
}

const signed = (n: number) => (n > 0 ? '+' : n < 0 ? '−' : '') + Math.abs(n).toFixed(1).replace(/\.0$/, '');
export { signed as formatSigned };

/** The take-away: E, P and S per moment, the overall with and without the snowball, where to improve. */
export function gaugeMarkdown(c: GaugeCase, ratings: readonly Rating[], snowball: boolean, lang: Lang, l: GaugeLabels): string {
  const felt = feltScores(ratings, true);
  const g = gains(ratings, snowball);
  const best = g.indexOf(Math.max(...g));
  const total = overall(ratings, snowball);
  const rows = c.moments.map((m, i) => `| ${m.label[lang]} | ${ratings[i].e} | ${ratings[i].p} | ${signed(score(ratings[i]))} | ${signed(felt[i])} |`);
  return [
    `## ${l.title}: ${c.title[lang]}`,
    '',
    `| ${l.moment} | E | P | S = P − E | ${l.felt} |`,
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `- ${l.overall}: ${signed(total)} (${l.verdicts[verdict(total)]})`,
    `- ${l.plain.replace('{s}', signed(overall(ratings, false)))}`,
    `- ${l.best.replace('{moment}', c.moments[best].label[lang]).replace('{g}', signed(g[best]))}`,
    '',
  ].join('\n');
}
