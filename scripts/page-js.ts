/**
 * How much JavaScript a built page ships, gzipped, read from dist/ without a browser:
 * - `gzip`: its module scripts and everything they import statically (loaded with the page);
 * - `islands`: each island on the page (component and renderer with their imports), as the
 *   bytes it adds on top of the page's scripts when it hydrates;
 * - `withAllIslands`: the page with every island hydrated, each file counted once;
 * - `lazy`: files reached only by dynamic import() (loaded on demand).
 * On a deck page only the islands of the slide on screen hydrate, so first load is `gzip` plus
 * the islands of the first slide.
 *
 *   npx node scripts/page-js.ts [dist] /en/lessons/service-recovery/slides/ [more pages…]
 *
 * `pageJs()` is exported for the bench script.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageJs {
  page: string;
  files: { path: string; bytes: number; gzip: number }[];
  gzip: number;
  islands: { component: string; gzip: number }[];
  withAllIslands: number;
  lazy: { path: string; gzip: number }[];
}

const STATIC_IMPORT =
  /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["'`]([^"'`]+\.m?js)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g;

function htmlFileFor(dist: string, page: string): string {
  const clean = page.replace(/[?#].*$/, '');
  return clean.endsWith('.html') ? join(dist, clean) : join(dist, clean, 'index.html');
}

/** Site-absolute URLs of the module scripts a page loads with it. */
export function scriptUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*>/g)) {
    if (!/\stype="module"/.test(m[0])) continue;
    const src = /\ssrc="([^"]+)"/.exec(m[0]);
    if (src) urls.add(src[1]);
  }
  for (const script of html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) {
    for (const m of script[1].matchAll(STATIC_IMPORT)) if (m[1].startsWith('/')) urls.add(m[1]);
  }
  return [...urls].filter((u) => !/^https?:/.test(u));
}

/** Each island's component and renderer URLs. */
export function islandUrls(html: string): { component: string; urls: string[] }[] {
  return [...html.matchAll(/<astro-island\b[^>]*>/g)].map((m) => {
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]+)"`).exec(m[0])?.[1];
    const component = attr('component-url') ?? '';
    return { component, urls: [component, attr('renderer-url')].filter((u): u is string => !!u) };
  });
}

export function pageJs(dist: string, page: string, base = '/'): PageJs {
  const html = readFileSync(htmlFileFor(dist, page), 'utf8');
  const toFile = (url: string) => join(dist, url.startsWith(base) ? url.slice(base.length) : url);
  const sizes = new Map<string, { bytes: number; gzip: number }>();
  const lazy = new Set<string>();
  /** Every file a set of entry URLs loads statically. */
  const graph = (entries: string[]) => {
    const seen = new Set<string>();
    const visit = (url: string) => {
      if (seen.has(url) || !existsSync(toFile(url))) return;
      seen.add(url);
      const code = readFileSync(toFile(url));
      if (!sizes.has(url))
        sizes.set(url, { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length });
      const resolve = (spec: string) =>
        spec.startsWith('.') ? posix.join(posix.dirname(url), spec) : spec;
      const text = code.toString('utf8');
      for (const m of text.matchAll(STATIC_IMPORT)) visit(resolve(m[1]));
      for (const m of text.matchAll(DYNAMIC_IMPORT)) lazy.add(resolve(m[1]));
    };
    entries.forEach(visit);
    return seen;
  };
  const sum = (urls: Iterable<string>) =>
    [...urls].reduce((n, u) => n + (sizes.get(u)?.gzip ?? 0), 0);

  const base0 = graph(scriptUrls(html));
  const all = new Set(base0);
  const islands = new Map<string, number>();
  for (const island of islandUrls(html)) {
    const own = [...graph(island.urls)].filter((u) => !base0.has(u));
    own.forEach((u) => all.add(u));
    islands.set(island.component, sum(own));
  }
  const files = [...base0]
    .map((path) => ({ path, ...sizes.get(path)! }))
    .sort((a, b) => b.gzip - a.gzip);
  return {
    page,
    files,
    gzip: sum(base0),
    islands: [...islands].map(([component, gzip]) => ({ component, gzip })),
    withAllIslands: sum(all),
    lazy: [...lazy]
      .filter((u) => !all.has(u) && existsSync(toFile(u)))
      .map((path) => ({ path, gzip: gzipSync(readFileSync(toFile(path)), { level: 9 }).length })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dist = args[0] && !args[0].startsWith('/') ? args.shift()! : 'dist';
  const pages = args.length
    ? args
    : ['/en/lessons/service-recovery/slides/', '/en/lessons/service-recovery/slides/presenter/'];
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  for (const page of pages) {
    const r = pageJs(dist, page);
    console.log(
      `${page}: ${kb(r.gzip)} gzipped JavaScript with the page (${r.files.length} files)`,
    );
    for (const f of r.files) console.log(`  ${String(f.gzip).padStart(7)} B  ${f.path}`);
    for (const i of r.islands)
      console.log(`  island ${i.component}: +${kb(i.gzip)} when it hydrates`);
    if (r.islands.length) console.log(`  with every island hydrated: ${kb(r.withAllIslands)}`);
    if (r.lazy.length)
      console.log(`  on demand: ${r.lazy.map((l) => `${l.path} (${l.gzip} B)`).join(', ')}`);
  }
}
