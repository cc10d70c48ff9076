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
import { convertHanRuns, readdressAsHant } from '../lib/hant.ts';

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
        let count = 0;
        for (const file of files(from)) {
          const target = join(out, 'zh-hant', relative(from, file));
          mkdirSync(dirname(target), { recursive: true });
          const text = readFileSync(file, 'utf8');
          writeFileSync(target, file.endsWith('.html') ? readdressAsHant(convertHanRuns(text, convert, cache), base, labels) : convertHanRuns(text, convert, cache));
          count++;
        }
        logger.info(`繁體中文: ${count} files in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
