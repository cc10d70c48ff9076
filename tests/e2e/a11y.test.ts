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
  const cases = (['light', 'dark'] as const).flatMap((scheme) =>
    ['zh', 'en'].flatMap((lang) => (scheme === 'dark' ? DARK_PAGES : PAGES).map((template) => ({ scheme, lang, path: template.replace('{lang}', lang) }))),
  );
  // '/' and '/404.html' have no language: check them once per scheme.
  const unique = cases.filter((c, i) => cases.findIndex((d) => d.scheme === c.scheme && d.path === c.path) === i);
  it.each(unique)('has no violations: $path ($scheme)', async ({ scheme, path }) => {
    const { context, page } = await newPage(browser);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    if (path.includes('search')) await page.waitForSelector('.search--page [data-search-list] > li', { timeout: 15_000 });
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    await context.close();
  });
});
