/**
 * How the service worker maps a request to the offline copy, and which source answers it.
 * Pure: the worker passes in the pathname, its scope and what it knows.
 */

export type Lookup = { path: string; redirect: boolean } | null;

/**
 * The manifest path that answers `pathname`, or null when the file is not part of the copy.
 * The query string plays no part (Pagefind adds cache-busting ones; search pages carry ?q=), so
 * callers pass the pathname only. `/zh/lessons/x` (no slash) answers with a redirect to the
 * slashed URL, so relative links on the page keep working; `…/index.html` answers directly.
 */
export function lookup(pathname: string, scopePath: string, paths: ReadonlySet<string>): Lookup {
  if (!pathname.startsWith(scopePath)) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(pathname.slice(scopePath.length));
  } catch {
    return null;
  }
  if (paths.has(rel)) return { path: rel, redirect: false };
  if (rel === 'index.html' || rel.endsWith('/index.html')) {
    const dir = rel.slice(0, -'index.html'.length);
    if (paths.has(dir)) return { path: dir, redirect: false };
  }
  if (rel !== '' && !rel.endsWith('/') && paths.has(`${rel}/`))
    return { path: `${rel}/`, redirect: true };
  return null;
}

/**
 * Who answers a request for a file of the copy. Once the copy is complete it answers everything
 * it holds, so a page, its scripts and the search index always come from one version, even after
 * a newer version is deployed (the reader is offered that update instead). Before that the
 * network answers and the partial copy is only the fallback when the network fails.
 */
export function strategy(copyComplete: boolean): 'cache-first' | 'network-first' {
  return copyComplete ? 'cache-first' : 'network-first';
}

/** Cache names: one per version, so two versions are never mixed in one cache. */
export const CACHE_PREFIX = 'sm-offline-';
export const cacheName = (version: string) => `${CACHE_PREFIX}${version}`;

/** Caches a newly activated version removes: every other version's copy (its files were reused at install). */
export function staleCaches(names: readonly string[], current: string): string[] {
  return names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== current);
}
