/** Turns Pagefind result data into a flat, keyboard-navigable list of options. Pure. */

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
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

/** One option per matching section (at most `maxSections` per page); pages without sections once. */
export function flattenResults(pages: readonly PagefindResultData[], maxSections = 4): SearchOption[] {
  const options: SearchOption[] = [];
  for (const page of pages) {
    const pageTitle = page.meta.title ?? page.url;
    const sections = (page.sub_results ?? []).filter((s) => s.url.includes('#'));
    if (sections.length === 0) {
      options.push({ pageTitle, title: pageTitle, url: page.url, excerpt: page.excerpt, kind: 'page' });
      continue;
    }
    for (const s of sections.slice(0, maxSections)) {
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
