/**
 * Builds the Traditional Chinese site (/zh-hant/) from the Simplified one after Astro has written
 * dist/ and before Pagefind indexes it: every page under /zh/ and the JSON data files, converted
 * with opencc-js (Simplified → Traditional, Taiwan phrasing), data files (quiz bank, glossary)
 * included. Nothing is maintained by hand.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { convertHanRuns, hantChunkSet, hantName, pointAtHantChunks, readdressAsHant } from '../lib/hant.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

export function traditionalChinese(): AstroIntegration {
  let base = '/';
  return {
    name: 'traditional-chinese',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const from = join(out, 'zh');
        if (!existsSync(from)) return;
        const started = performance.now();
        const convert = OpenCC.Converter({ from: 'cn', to: 'twp' });
        const cache = new Map<string, string>();
        // The way back to Simplified is written after conversion, so it stays in Simplified.
        const labels = { toSimplified: '简体', toSimplifiedLabel: '切换到简体中文 (Simplified Chinese)' };
        // Chunks carrying Chinese UI text (widget strings) get Traditional copies for these pages.
        const assets = join(out, '_astro');
        const chunks = new Map(existsSync(assets) ? readdirSync(assets).filter((n) => n.endsWith('.js') && !n.endsWith('.hant.js')).map((n) => [n, readFileSync(join(assets, n), 'utf8')]) : []);
        const hant = hantChunkSet(chunks);
        for (const name of hant) writeFileSync(join(assets, hantName(name)), pointAtHantChunks(convertHanRuns(chunks.get(name)!, convert, cache), hant));
        let count = 0;
        for (const file of files(from)) {
          const target = join(out, 'zh-hant', relative(from, file));
          mkdirSync(dirname(target), { recursive: true });
          const text = convertHanRuns(readFileSync(file, 'utf8'), convert, cache);
          writeFileSync(target, file.endsWith('.html') ? pointAtHantChunks(readdressAsHant(text, base, labels), hant) : text);
          count++;
        }
        logger.info(`繁體中文: ${count} files and ${hant.size} script chunks in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
