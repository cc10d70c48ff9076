/** Where a search result points (language, kind, lesson) and the reader's filters over them. Pure. */
import type { Lang } from './langs.ts';

export type ResultKind = 'section' | 'term' | 'page';

export interface ResultPlace {
  lang: Lang | null;
  kind: ResultKind;
  lesson: string | null;
  /** The section or term id after '#', if any. */
  anchor: string | null;
}

/**
 * Reads a result URL (with the site's base path in front): a lesson section
 * (/zh/lessons/<slug>/#<section>), a glossary term (/en/glossary/#<term>) or another page.
 */
export function placeOf(url: string, base = '/'): ResultPlace {
  const noOrigin = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const rel = noOrigin.startsWith(base) ? noOrigin.slice(base.length) : noOrigin.replace(/^\//, '');
  const [pathAndQuery, hash = ''] = rel.split('#');
  const path = pathAndQuery.split('?')[0];
  const anchor = hash ? decodeURIComponent(hash) : null;
  const lang = /^(zh|en)\//.exec(path)?.[1] as Lang | undefined;
  const lesson = /^(?:zh|en)\/lessons\/([a-z0-9-]+)\//.exec(path)?.[1] ?? null;
  if (lesson && anchor) return { lang: lang ?? null, kind: 'section', lesson, anchor };
  if (/^(?:zh|en)\/glossary\/$/.test(path) && anchor && !anchor.startsWith('letter-'))
    return { lang: lang ?? null, kind: 'term', lesson: null, anchor };
  return { lang: lang ?? null, kind: 'page', lesson, anchor };
}

export interface SearchFilters {
  /** A lesson slug, or '' for every lesson. */
  lesson: string;
  /** '' for both kinds. */
  kind: '' | 'section' | 'term';
}

export const NO_FILTERS: SearchFilters = { lesson: '', kind: '' };

/** Filters from the search page's URL; unknown lessons or kinds are ignored, not trusted. */
export function parseFilters(params: URLSearchParams, lessons: readonly string[]): SearchFilters {
  const lesson = params.get('lesson') ?? '';
  const kind = params.get('kind') ?? '';
  return {
    lesson: lessons.includes(lesson) ? lesson : '',
    kind: kind === 'section' || kind === 'term' ? kind : '',
  };
}

export type PagefindFilter = Record<string, unknown>;

/**
 * The page-level filter Pagefind applies before any result is loaded. Lesson pages carry
 * `lesson` and `kind: section`, the glossary `kind: term`; a lesson filter keeps the glossary
 * too, whose terms are then narrowed to that lesson's by keepPlace().
 */
export function pagefindFilter(f: SearchFilters): PagefindFilter | undefined {
  if (f.kind === 'term') return { kind: 'term' };
  if (f.kind === 'section') return f.lesson ? { lesson: f.lesson } : { kind: 'section' };
  if (f.lesson) return { any: [{ lesson: f.lesson }, { kind: 'term' }] };
  return undefined;
}

/** Whether one result (a section or term) passes the filters. */
export function keepPlace(
  place: ResultPlace,
  f: SearchFilters,
  lessonsOfTerm: ReadonlyMap<string, readonly string[]>,
): boolean {
  if (f.kind && place.kind !== f.kind) return false;
  if (!f.lesson) return true;
  if (place.kind === 'term')
    return (lessonsOfTerm.get(place.anchor ?? '') ?? []).includes(f.lesson);
  return place.lesson === f.lesson;
}

export function filtersToParams(f: SearchFilters, params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of ['lesson', 'kind'] as const) {
    if (f[key]) next.set(key, f[key]);
    else next.delete(key);
  }
  return next;
}
