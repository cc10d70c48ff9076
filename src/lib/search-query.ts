/**
 * Cross-language search: the glossary pairs every term's Chinese and English names, so a query in
 * one language is also run as its paired term in the other, and the other language's index is
 * searched when the query is written in its script. Pure.
 */
import type { Lang } from './langs.ts';

/** One glossary term as the search reads it (search-terms.json, built from content/glossary.yaml). */
export interface TermPair {
  id: string;
  zh: string;
  en: string;
  /** Lessons that teach the term. */
  lessons: string[];
}

/** Lower case, full-width forms folded (NFKC), hyphens and underscores as spaces, spaces collapsed. */
export function normalizeQuery(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[-_‐‑–—/·・]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const HAN = /\p{Script=Han}/u;
const LATIN = /[a-z]/i;

/** The languages whose script a query uses: Han characters → zh, Latin letters → en. */
export function queryLangs(query: string): Lang[] {
  const langs: Lang[] = [];
  if (HAN.test(query)) langs.push('zh');
  if (LATIN.test(query.normalize('NFKC'))) langs.push('en');
  return langs;
}

export interface TermMatch {
  term: TermPair;
  /** Which of the term's names the query contains. */
  via: Lang;
}

/** Where `name` occurs in `query` (both normalised): whole words for Latin names, anywhere for Han. */
function findName(query: string, name: string, lang: Lang): number {
  if (name.length < 2) return -1;
  if (lang === 'zh') return query.indexOf(name);
  const at = ` ${query} `.indexOf(` ${name} `);
  return at;
}

/**
 * Glossary terms named in the query, longest first and never overlapping, so "service recovery
 * paradox" pairs with 服务补救悖论 and not also with 服务补救. At most `max` terms.
 */
export function matchTerms(query: string, terms: readonly TermPair[], max = 3): TermMatch[] {
  const q = normalizeQuery(query);
  if (!q) return [];
  const found: { term: TermPair; via: Lang; start: number; end: number }[] = [];
  for (const term of terms) {
    for (const via of ['zh', 'en'] as const) {
      const name = normalizeQuery(term[via]);
      const start = findName(q, name, via);
      if (start >= 0) found.push({ term, via, start, end: start + name.length });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: typeof found = [];
  for (const f of found) {
    if (chosen.some((c) => f.start < c.end && c.start < f.end)) continue;
    chosen.push(f);
    if (chosen.length === max) break;
  }
  return chosen.sort((a, b) => a.start - b.start).map(({ term, via }) => ({ term, via }));
}

export interface LangSearch {
  lang: Lang;
  /** The reader's query first, then paired glossary names in this language. */
  queries: { text: string; paired: boolean }[];
}

export interface SearchPlan {
  searches: LangSearch[];
  /** Paired names added to the search, for "also searched" (with their language). */
  paired: { text: string; lang: Lang }[];
}

/**
 * What to search. The page's own index always, with the query and, for each glossary term named
 * in the other language, that term's name in the page language. The other language's index too
 * when the query uses that language's script, with the query and the paired names in it.
 */
export function planSearch(query: string, pageLang: Lang, terms: readonly TermPair[]): SearchPlan {
  const text = query.trim();
  const matches = matchTerms(text, terms);
  const other: Lang = pageLang === 'zh' ? 'en' : 'zh';
  const paired: SearchPlan['paired'] = [];
  const searchFor = (lang: Lang): LangSearch => {
    const queries = [{ text, paired: false }];
    const seen = new Set([normalizeQuery(text)]);
    for (const m of matches) {
      if (m.via === lang) continue;
      const name = m.term[lang];
      if (seen.has(normalizeQuery(name))) continue;
      seen.add(normalizeQuery(name));
      queries.push({ text: name, paired: true });
      if (!paired.some((p) => p.text === name)) paired.push({ text: name, lang });
    }
    return { lang, queries };
  };
  const searches = [searchFor(pageLang)];
  if (queryLangs(text).includes(other)) searches.push(searchFor(other));
  return { searches, paired };
}

/** Lessons each glossary term belongs to, by term id: glossary results are filtered by lesson through it. */
export function termLessons(terms: readonly TermPair[]): Map<string, string[]> {
  return new Map(terms.map((t) => [t.id, t.lessons]));
}

/** Reads search-terms.json defensively: anything malformed is dropped, never thrown. */
export function parseTerms(data: unknown): TermPair[] {
  const list = (data as { terms?: unknown } | null)?.terms;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (t): t is TermPair =>
      typeof t === 'object' &&
      t !== null &&
      typeof t.id === 'string' &&
      typeof t.zh === 'string' &&
      typeof t.en === 'string' &&
      Array.isArray(t.lessons),
  );
}
