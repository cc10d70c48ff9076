/** Every lesson is findable in both languages: searching a section's title lands on that section. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { scanLesson } from '../../src/lib/mdx-scan.ts';
import { launchBrowser, newPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const lessons = readdirSync('content/lessons');

describe('search finds every lesson section by its title', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`in ${lang}`, async () => {
      const { context, page } = await newPage(browser);
      const misses: string[] = [];
      for (const slug of lessons) {
        const sections = scanLesson(readFileSync(`content/lessons/${slug}/${lang}.mdx`, 'utf8')).sections;
        const section = sections[3]; // a content section, past objectives and the first overview
        await page.goto(`/${lang}/search/?q=${encodeURIComponent(section.title)}`);
        await page.waitForSelector('.search--page [data-search-list] > li', { timeout: 15_000 });
        const hrefs = await page.$$eval('.search--page [data-search-list] a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
        const target = `/${lang}/lessons/${slug}/#${section.id}`;
        if (!hrefs.includes(target)) misses.push(`${section.title} → ${target}; got ${hrefs.slice(0, 5).join(', ')}`);
      }
      expect(misses).toEqual([]);
      await context.close();
    });
  }
});
