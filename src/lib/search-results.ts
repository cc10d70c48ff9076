/** Turns Pagefind result data into a flat, keyboard-navigable list of options. Pure. */
import type { Lang } from './langs.ts';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  weighted_locations?: { weight: number; balanced_score?: number; location: number }[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; [key: string]: string | undefined };
  sub_results?: PagefindSubResult[];
}

export interface SearchOption {
  /** The page the option belongs to, shown as context. */
  pageTitle: string;
  /** Section heading, or the page title for a whole-page hit. */
  title: string;
  url: string;
  /** Pagefind excerpt: HTML-escaped text with <mark> around the matched words. */
  excerpt: string;
  kind: 'page' | 'section';
}

/**
 * How strongly a section matches: Pagefind lists sub-results in page order, so rank them by the
 * summed score of their matched words (headings weigh more), falling back to the match count.
 */
export function sectionScore(s: PagefindSubResult): number {
  if (s.weighted_locations?.length) return s.weighted_locations.reduce((sum, w) => sum + (w.balanced_score ?? w.weight), 0);
  return s.locations?.length ?? 0;
}

/**
 * One option per matching section (best first, at most `maxSections` per page); pages without
 * sections once. `keep` drops sections the reader's filters exclude before the cap applies; a
 * page whose sections were all dropped is left out.
 */
export function flattenResults(pages: readonly PagefindResultData[], maxSections = 4, keep: (url: string) => boolean = () => true): SearchOption[] {
  const options: SearchOption[] = [];
  for (const page of pages) {
    const pageTitle = page.meta.title ?? page.url;
    const all = (page.sub_results ?? []).filter((s) => s.url.includes('#'));
    const sections = all.filter((s) => keep(s.url));
    if (all.length > 0 && sections.length === 0) continue;
    if (sections.length === 0) {
      if (!keep(page.url)) continue;
      options.push({ pageTitle, title: pageTitle, url: page.url, excerpt: page.excerpt, kind: 'page' });
      continue;
    }
    const ranked = sections
      .map((s, i) => ({ s, i, score: sectionScore(s) }))
      .sort((a, b) => b.score - a.score || a.i - b.i)
      .map((r) => r.s);
    for (const s of ranked.slice(0, maxSections)) {
      options.push({ pageTitle, title: s.title, url: s.url, excerpt: s.excerpt, kind: 'section' });
    }
  }
  return options;
}

/** Next active index after an arrow key; wraps around; -1 means none is active. */
export function moveActive(current: number, delta: 1 | -1, count: number): number {
  if (count === 0) return -1;
  if (current < 0) return delta === 1 ? 0 : count - 1;
  return (current + delta + count) % count;
}

/** Only <mark> survives from an excerpt; anything else is escaped. Pagefind already escapes, this is a belt. */
export function safeExcerpt(html: string): string {
  return html
    .replace(/&(?!(?:amp|lt|gt|quot|#39|#x27);)/g, '&amp;')
    .replace(/<(?!\/?mark>)/g, '&lt;');
}

/** One Pagefind result from one of the searches a query runs (see planSearch()). */
export interface Hit<R> {
  result: R;
  lang: Lang;
  /** The text searched: the reader's query or a paired glossary name. */
  query: string;
  paired: boolean;
}

/** How much a hit found through a paired glossary name counts against one of the reader's own words. */
export const PAIRED_WEIGHT = 0.9;

/**
 * Merges the results of several searches into one list: each page once (its best score kept),
 * each language best first, the two languages interleaved with the page language leading, so
 * the first few results already show both when both matched.
 */
export function mergeHits<R extends { id: string; score: number }>(groups: readonly { lang: Lang; query: string; paired: boolean; results: readonly R[] }[], pageLang: Lang): Hit<R>[] {
  const best = new Map<string, { hit: Hit<R>; score: number }>();
  for (const g of groups) {
    for (const result of g.results) {
      const key = `${g.lang}:${result.id}`;
      const score = result.score * (g.paired ? PAIRED_WEIGHT : 1);
      const seen = best.get(key);
      if (!seen || score > seen.score) best.set(key, { hit: { result, lang: g.lang, query: g.query, paired: g.paired }, score });
    }
  }
  const ranked = [...best.values()].sort((a, b) => b.score - a.score);
  const own = ranked.filter((r) => r.hit.lang === pageLang);
  const other = ranked.filter((r) => r.hit.lang !== pageLang);
  const merged: Hit<R>[] = [];
  for (let i = 0; i < Math.max(own.length, other.length); i++) {
    if (own[i]) merged.push(own[i].hit);
    if (other[i]) merged.push(other[i].hit);
  }
  return merged;
}
