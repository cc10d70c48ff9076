/**
 * How much JavaScript a built page ships, gzipped: its module scripts and every module they
 * import statically, plus the islands on the page (component and renderer) and their imports.
 * Modules only reached by a dynamic import() (loaded on demand) are listed apart as `lazy`.
 *
 *   node scripts/page-js.ts [dist] /en/lessons/service-recovery/slides/ [more pages…]
 *
 * `pageJs()` is exported for the bench script.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageJs {
  page: string;
  files: { path: string; bytes: number; gzip: number }[];
  /** Gzipped bytes of everything the page loads without interaction or islands' lazy imports. */
  gzip: number;
  lazy: { path: string; gzip: number }[];
}

const STATIC_IMPORT =
  /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["'`]([^"'`]+\.m?js)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g;

function htmlFileFor(dist: string, page: string): string {
  const clean = page.replace(/[?#].*$/, '');
  return clean.endsWith('.html') ? join(dist, clean) : join(dist, clean, 'index.html');
}

/** Site-absolute URLs of the module scripts and islands a page loads. */
export function entryUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\stype="module"[^>]*\ssrc="([^"]+)"/g)) urls.add(m[1]);
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*\stype="module"/g)) urls.add(m[1]);
  for (const m of html.matchAll(/\s(?:component|renderer)-url="([^"]+)"/g)) urls.add(m[1]);
  // Inline module scripts that import bundles.
  for (const script of html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) {
    for (const m of script[1].matchAll(STATIC_IMPORT)) if (m[1].startsWith('/')) urls.add(m[1]);
  }
  return [...urls].filter((u) => !/^https?:/.test(u));
}

export function pageJs(dist: string, page: string, base = '/'): PageJs {
  const html = readFileSync(htmlFileFor(dist, page), 'utf8');
  const toFile = (url: string) => join(dist, url.startsWith(base) ? url.slice(base.length) : url);
  const seen = new Map<string, { bytes: number; gzip: number }>();
  const lazy = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    const file = toFile(url);
    if (!existsSync(file)) return;
    const code = readFileSync(file);
    seen.set(url, { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length });
    const text = code.toString('utf8');
    const resolve = (spec: string) =>
      spec.startsWith('.') ? posix.join(posix.dirname(url), spec) : spec;
    for (const m of text.matchAll(STATIC_IMPORT)) visit(resolve(m[1]));
    for (const m of text.matchAll(DYNAMIC_IMPORT)) lazy.add(resolve(m[1]));
  };
  for (const url of entryUrls(html)) visit(url);
  const files = [...seen].map(([path, s]) => ({ path, ...s })).sort((a, b) => b.gzip - a.gzip);
  const lazyOnly = [...lazy].filter((u) => !seen.has(u) && existsSync(toFile(u)));
  return {
    page,
    files,
    gzip: files.reduce((n, f) => n + f.gzip, 0),
    lazy: lazyOnly.map((path) => ({
      path,
      gzip: gzipSync(readFileSync(toFile(path)), { level: 9 }).length,
    })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dist = args[0] && !args[0].startsWith('/') ? args.shift()! : 'dist';
  const pages = args.length
    ? args
    : ['/en/lessons/service-recovery/slides/', '/en/lessons/service-recovery/slides/presenter/'];
  for (const page of pages) {
    const r = pageJs(dist, page);
    console.log(
      `${page}: ${(r.gzip / 1024).toFixed(1)} KB gzipped JavaScript in ${r.files.length} files`,
    );
    for (const f of r.files) console.log(`  ${String(f.gzip).padStart(7)} B  ${f.path}`);
    if (r.lazy.length)
      console.log(`  on demand: ${r.lazy.map((l) => `${l.path} (${l.gzip} B)`).join(', ')}`);
  }
}
