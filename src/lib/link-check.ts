/**
 * Finds broken internal links in a built site: links to pages that do not exist, or to an
 * anchor that the target page does not have. Pure: the caller extracts pages, ids and links.
 */

export interface BuiltPage {
  /** URL path of the page, e.g. /zh/lessons/service-recovery/ */
  path: string;
  /** Every id attribute on the page. */
  ids: ReadonlySet<string>;
  /** Every href on the page, as written. */
  links: readonly string[];
}

export interface BrokenLink {
  from: string;
  href: string;
  reason: 'no such page' | 'no such anchor';
}

/** Resolves an href against the page it is on; null for external or non-page links. */
export function resolveInternal(href: string, fromPath: string, origin = 'http://site.invalid'): { path: string; hash: string } | null {
  if (/^(mailto|tel|javascript|data):/i.test(href)) return null;
  const url = new URL(href, origin + fromPath);
  if (url.origin !== origin) return null;
  return { path: url.pathname, hash: decodeURIComponent(url.hash.slice(1)) };
}

export function findBrokenLinks(pages: readonly BuiltPage[], assetExists: (path: string) => boolean = () => false): BrokenLink[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const href of page.links) {
      const target = resolveInternal(href, page.path);
      if (!target) continue;
      const targetPage = byPath.get(target.path) ?? byPath.get(target.path.endsWith('/') ? target.path : target.path + '/');
      if (!targetPage) {
        if (!assetExists(target.path)) broken.push({ from: page.path, href, reason: 'no such page' });
        continue;
      }
      if (target.hash && !targetPage.ids.has(target.hash)) broken.push({ from: page.path, href, reason: 'no such anchor' });
    }
  }
  return broken;
}
