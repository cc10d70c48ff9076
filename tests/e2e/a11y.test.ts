/** axe finds no violations on any page type, in either language, light or dark. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PAGES = ['/', '/{lang}/', '/{lang}/lessons/service-recovery/', '/{lang}/lessons/customer-service/', '/{lang}/glossary/', '/{lang}/search/?q=服务', '/{lang}/tools/', '/{lang}/review/', '/{lang}/progress/', '/404.html'];
/** Colour contrast is what the dark theme changes: check it on the pages with the most kinds of element. */
const DARK_PAGES = ['/{lang}/', '/{lang}/lessons/service-recovery/', '/{lang}/glossary/', '/{lang}/search/?q=服务'];

describe('axe', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const lang of ['zh', 'en']) {
      it(`has no violations: ${lang}, ${scheme}`, async () => {
        const { context, page } = await newPage(browser);
        await page.emulateMedia({ colorScheme: scheme });
        const problems: string[] = [];
        for (const template of scheme === 'dark' ? DARK_PAGES : PAGES) {
          const path = template.replace('{lang}', lang);
          await page.goto(path);
          await page.waitForLoadState('networkidle');
          if (path.includes('search')) await page.waitForSelector('.search--page [data-search-list] > li', { timeout: 15_000 });
          const result = await new AxeBuilder({ page }).analyze();
          for (const v of result.violations) problems.push(`${path}: ${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`);
        }
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }
});
