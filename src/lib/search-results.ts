/** Turns Pagefind result data into a flat, keyboard-navigable list of options. Pure. */

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

/** One option per matching section (best first, at most `maxSections` per page); pages without sections once. */
export function flattenResults(pages: readonly PagefindResultData[], maxSections = 4): SearchOption[] {
  const options: SearchOption[] = [];
  for (const page of pages) {
    const pageTitle = page.meta.title ?? page.url;
    const sections = (page.sub_results ?? []).filter((s) => s.url.includes('#'));
    if (sections.length === 0) {
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
