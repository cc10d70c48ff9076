/**
 * `npm run bench`: builds the site and prints the numbers DESIGN.md budgets:
 * build time, gzipped JS on first load per page type, per-island JS, Lighthouse (mobile) for
 * the lesson page, bytes transferred by the first Chinese search, and requests to other origins.
 * Numbers are measured in real Chromium against the built site; nothing here is asserted.
 */
import { exec, execSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Request } from 'playwright-core';
import { serveStatic } from './static-server.ts';
import { CHROMIUM_ARGS, chromiumPath } from './browser-env.ts';
import { isPrecached } from '../src/lib/offline/manifest.ts';

const skipBuild = process.argv.includes('--no-build');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const rows: [string, string, string][] = [];
const row = (what: string, value: string, budget = '') => rows.push([what, value, budget]);

let buildSeconds = NaN;
if (!skipBuild) {
  const t0 = performance.now();
  execSync('npm run build', { stdio: 'ignore' });
  buildSeconds = (performance.now() - t0) / 1000;
}
const lessons = readdirSync('dist/zh/lessons');
row('build (site + search index)', Number.isNaN(buildSeconds) ? 'skipped' : `${buildSeconds.toFixed(1)} s for ${lessons.length} lessons`, '< 60 s');

const server = await serveStatic('dist');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

/** Gzipped JS bytes and cross-origin requests during the first load of a page (no interaction). */
async function firstLoad(path: string) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const requests: Request[] = [];
  page.on('requestfinished', (req) => requests.push(req));
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const foreign = requests.filter((r) => !r.url().startsWith(server.url)).map((r) => r.url());
  let js = 0;
  for (const r of requests.filter((r) => r.resourceType() === 'script')) js += (await r.sizes()).responseBodySize;
  await context.close();
  return { js, foreign };
}

const firstSlug = lessons.includes('service-recovery') ? 'service-recovery' : lessons[0];
const pages: [string, string, string][] = [
  ['home', '/zh/', ''],
  ['lesson', `/zh/lessons/${firstSlug}/`, '≤ 15 KB'],
  ['glossary', '/zh/glossary/', ''],
  ['search', '/zh/search/', ''],
  ['review', '/zh/review/', ''],
  ['exam', '/zh/exam/', ''],
];
if (readdirSync(`dist/zh/lessons/${firstSlug}`).includes('slides')) pages.push(['deck', `/zh/lessons/${firstSlug}/slides/`, '≤ 30 KB']);
const foreignAll = new Set<string>();
for (const [name, path, budget] of pages) {
  const { js, foreign } = await firstLoad(path);
  foreign.forEach((f) => foreignAll.add(f));
  row(`JS on first load: ${name} (${path})`, kb(js), budget);
}
row('requests to other origins', String(foreignAll.size), '0');

// Each island's own chunk (component-url of its astro-island), gzipped.
const islands = new Map<string, number>();
for (const file of execSync("grep -rhoE 'component-url=\"[^\"]+\"' dist --include=*.html | sort -u", { encoding: 'utf8' }).split('\n').filter(Boolean)) {
  const url = file.slice('component-url="'.length, -1);
  if (url.endsWith('.hant.js')) continue; // the 繁體 copy of a chunk measured once already
  const name = url.split('/').pop()!.replace(/\.[A-Za-z0-9_-]+\.js$/, '');
  islands.set(name, gzipSync(readFileSync(`dist${url}`)).length);
}
for (const [name, size] of [...islands].sort()) row(`island JS (own chunk): ${name}`, kb(size), /Island$/.test(name) ? '' : '≤ 8 KB');

// First Chinese search: everything Pagefind fetches for one query on a fresh page.
{
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url + '/zh/search/', { waitUntil: 'networkidle' });
  const requests: Request[] = [];
  page.on('requestfinished', (req) => requests.push(req));
  await page.fill('#search-page', '服务补救');
  await page.waitForSelector('.search--page [data-search-list] > li', { timeout: 20_000 });
  await page.waitForTimeout(500);
  const parts = { engine: 0, index: 0, results: 0 };
  // The glossary's term pairs (search-terms.json) count with the index: search needs both.
  for (const r of requests.filter((r) => r.url().includes('/pagefind/') || r.url().endsWith('/search-terms.json'))) {
    const size = (await r.sizes()).responseBodySize;
    if (r.url().includes('/index/') || r.url().endsWith('.pf_meta') || r.url().endsWith('/search-terms.json')) parts.index += size;
    else if (r.url().includes('/fragment/')) parts.results += size;
    else parts.engine += size;
  }
  const total = parts.engine + parts.index + parts.results;
  row('first Chinese search (服务补救), transferred', `${kb(total)} (engine ${kb(parts.engine)}, index ${kb(parts.index)}, results ${kb(parts.results)})`, '≤ 100 KB');
  await context.close();
}
await browser.close();

// What "Download for offline" saves: every file the service worker lists (scripts/build-offline.ts).
{
  const files = execSync('find dist -type f', { encoding: 'utf8' }).split('\n').filter(Boolean).map((f) => f.slice('dist/'.length)).filter(isPrecached);
  const bytes = files.reduce((n, f) => n + statSync(`dist/${f}`).size, 0);
  row('offline copy (download for offline)', `${files.length} files, ${kb(bytes)} (${files.filter((f) => f.startsWith('pagefind/')).length} search index files)`);
}

// Lighthouse, mobile, all four categories, on the lesson page (both languages).
for (const lang of ['zh', 'en']) {
  const url = `${server.url}/${lang}/lessons/${firstSlug}/`;
  try {
    // Asynchronous, so this process's static server keeps answering Lighthouse's requests.
    const { stdout: out } = await promisify(exec)(
      `npx lighthouse "${url}" --quiet --output=json --only-categories=performance,accessibility,best-practices,seo --chrome-flags="${CHROMIUM_ARGS.join(' ')}"`,
      { encoding: 'utf8', env: { ...process.env, CHROME_PATH: chromiumPath() }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
    );
    const report = JSON.parse(out) as { categories: Record<string, { score: number }> };
    const scores = Object.entries(report.categories).map(([k, v]) => `${k} ${Math.round(v.score * 100)}`).join(', ');
    row(`Lighthouse mobile: lesson (${lang})`, scores, '100 each');
  } catch (e) {
    row(`Lighthouse mobile: lesson (${lang})`, `failed: ${(e as Error).message.split('\n')[0]}`, '100 each');
  }
}
await server.close();

const width = Math.max(...rows.map((r) => r[0].length));
console.log('\nBudgets (DESIGN.md)\n');
for (const [what, value, budget] of rows) console.log(`${what.padEnd(width)}  ${value.padEnd(44)}  ${budget}`);
