/**
 * `npm run build`, last step (after Pagefind): walks the built site, lists every file with its
 * size and hash, and writes the service worker (dist/sw.js) with that list and the build's
 * version inside. Running after Pagefind is the point: the search index is in the list, and any
 * new route (slide decks, presenter views, tools) is covered without naming it here.
 *
 * Usage: node scripts/build-offline.ts [dir]   (dir defaults to dist)
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import {
  makeManifest,
  summarize,
  type BuiltFile,
  type OfflineManifest,
} from '../src/lib/offline/manifest.ts';
import { formatBytes } from '../src/lib/offline/download-plan.ts';

const WORKER_SOURCE = fileURLToPath(new URL('../src/sw/service-worker.ts', import.meta.url));

function walk(dir: string, root = dir): BuiltFile[] {
  const files: BuiltFile[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const stat = statSync(full);
    if (stat.isDirectory()) files.push(...walk(full, root));
    else {
      const body = readFileSync(full);
      files.push({
        relPath: relative(root, full).split(sep).join('/'),
        size: stat.size,
        hash: createHash('sha256').update(body).digest('hex').slice(0, 16),
      });
    }
  }
  return files;
}

export async function buildOffline(dir = 'dist'): Promise<OfflineManifest> {
  const manifest = makeManifest(walk(dir), (text) =>
    createHash('sha256').update(text).digest('hex').slice(0, 12),
  );
  const result = await build({
    entryPoints: [WORKER_SOURCE],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    define: { __OFFLINE_MANIFEST__: JSON.stringify(manifest) },
  });
  writeFileSync(join(dir, 'sw.js'), result.outputFiles[0].text);
  return manifest;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const manifest = await buildOffline(dir);
  const s = summarize(manifest.files);
  console.log(
    `offline copy: ${manifest.files.length} files (${s.pages} pages, ${s.searchFiles} search index files), ${formatBytes(s.bytes)}, version ${manifest.version}`,
  );
}
