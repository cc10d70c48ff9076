/**
 * The search engine behind the search boxes, loaded on first use: one Pagefind instance per
 * language index, the glossary's term pairs, and the plan that ties them together (see
 * lib/search-query.ts). Results come back merged and marked with their language.
 */
import type { Lang } from '../lib/langs.ts';
import {
  parseTerms,
  planSearch,
  termLessons,
  type SearchPlan,
  type TermPair,
} from '../lib/search-query.ts';
import { mergeHits, type PagefindResultData } from '../lib/search-results.ts';
import { pagefindFilter, type SearchFilters } from '../lib/search-filters.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface PagefindInstance {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: object): Promise<{ results: PagefindResult[] }>;
}
interface PagefindModule {
  createInstance(o: Record<string, unknown>): PagefindInstance;
}

export interface EngineHit {
  lang: Lang;
  /** What found it: the reader's query or a paired glossary name (used for highlighting). */
  query: string;
  data(): Promise<PagefindResultData>;
}

export interface EngineResult {
  hits: EngineHit[];
  paired: SearchPlan['paired'];
  lessonsOfTerm: Map<string, string[]>;
}

const instances = new Map<Lang, Promise<PagefindInstance>>();
let termsPromise: Promise<TermPair[]> | null = null;

/**
 * The <html lang> that makes Pagefind pick a language's index. Chinese means the page's own script
 * on a Chinese page (the generated 繁體 site has its own index), Simplified elsewhere.
 */
const langTag = (lang: Lang) => {
  if (lang === 'en') return 'en';
  const page = document.documentElement.getAttribute('lang') ?? '';
  return page.startsWith('zh') ? page : 'zh-CN';
};

/**
 * The Pagefind instance searching one language's index.
 *
 * Each language gets its own copy of pagefind.js (a distinct URL, so a distinct module with its
 * own worker): the two indexes need different WebAssembly builds, and Pagefind keeps its
 * WebAssembly in module-level state, so two languages in one module corrupt each other.
 * Pagefind chooses the index from the page's <html lang> when an instance is created and has no
 * option for it, so the attribute names the wanted language for that one synchronous call and
 * is put back at once (nothing renders in between).
 */
export function loadIndex(base: string, lang: Lang): Promise<PagefindInstance> {
  let p = instances.get(lang);
  if (!p) {
    const module = import(
      /* @vite-ignore */ `${base}pagefind/pagefind.js?lang=${lang}`
    ) as Promise<PagefindModule>;
    p = module.then(async (mod) => {
      const root = document.documentElement;
      const pageLang = root.getAttribute('lang');
      root.setAttribute('lang', langTag(lang));
      let instance: PagefindInstance;
      try {
        instance = mod.createInstance({ basePath: `${base}pagefind/`, baseUrl: base });
      } finally {
        if (pageLang === null) root.removeAttribute('lang');
        else root.setAttribute('lang', pageLang);
      }
      await instance.options({ baseUrl: base, excerptLength: 24 });
      return instance;
    });
    p.catch(() => instances.delete(lang));
    instances.set(lang, p);
  }
  return p;
}

/** The glossary's term pairs; an empty list if they cannot be loaded (search still works, unpaired). */
export function loadTerms(base: string): Promise<TermPair[]> {
  termsPromise ??= fetch(`${base}search-terms.json`)
    .then((r) => (r.ok ? r.json() : null))
    .then(parseTerms)
    .catch(() => {
      termsPromise = null;
      return [];
    });
  return termsPromise;
}

/** Starts loading what the first query needs, so typing feels instant. */
export function warm(base: string, pageLang: Lang): void {
  void loadIndex(base, pageLang).catch(() => {});
  void loadTerms(base);
}

export async function search(
  query: string,
  pageLang: Lang,
  base: string,
  filters: SearchFilters,
): Promise<EngineResult> {
  const terms = await loadTerms(base);
  const plan = planSearch(query, pageLang, terms);
  const filter = pagefindFilter(filters);
  const groups = await Promise.all(
    plan.searches.flatMap((s) =>
      s.queries.map(async (q) => {
        const index = await loadIndex(base, s.lang);
        const found = await index.search(q.text, filter ? { filters: filter } : {});
        return { lang: s.lang, query: q.text, paired: q.paired, results: found.results };
      }),
    ),
  );
  const hits = mergeHits(groups, pageLang).map((h) => ({
    lang: h.lang,
    query: h.query,
    data: () => h.result.data(),
  }));
  return { hits, paired: plan.paired, lessonsOfTerm: termLessons(terms) };
}
