/** Helpers for the strategy widgets' browser tests: open a tool page, check axe, tamper with storage. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { newPage } from './browser.ts';

/** Tool pages have no lesson slug, so every widget there is instance "page-tool". */
export const storageKey = (kind: string) => `widget:${kind}:v1:page-tool`;

export async function openTool(browser: Browser, lang: 'zh' | 'en', kind: string, options: { viewport?: { width: number; height: number } } = {}) {
  const opened = await newPage(browser, { locale: lang === 'zh' ? 'zh-CN' : 'en-US', ...options });
  await opened.page.goto(`/${lang}/tools/${kind}/`);
  await waitForWidget(opened.page, kind);
  return opened;
}

/** The island hydrates when visible and then swaps its placeholder for the widget. */
export async function waitForWidget(page: Page, kind: string) {
  await page.waitForSelector(`section[data-widget="${kind}"]`, { timeout: 15_000 });
}

export async function reload(page: Page, kind: string) {
  await page.reload();
  await waitForWidget(page, kind);
}

export async function expectAxeClean(page: Page) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${scheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Saved state that is not JSON, from another version, or the wrong shape must not break the page. */
export async function expectSurvivesBadState(browser: Browser, kind: string, check: (page: Page) => Promise<void>) {
  for (const raw of ['{not json', JSON.stringify({ v: 99, data: {} }), JSON.stringify({ v: 1, data: 'nonsense' }), JSON.stringify({ v: 1, data: { items: 7, ratings: [], brands: 'x' } })]) {
    const { context, page, errors } = await newPage(browser);
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [storageKey(kind), raw] as const);
    await page.goto(`/en/tools/${kind}/`);
    await waitForWidget(page, kind);
    await check(page);
    expect(errors).toEqual([]);
    await context.close();
  }
}

/** Accept the "reset?" / "replace?" confirmations. */
export const acceptDialogs = (page: Page) => page.on('dialog', (d) => void d.accept());

/** The Markdown a widget copies: read back from the clipboard. */
export async function copiedMarkdown(page: Page, copyLabel: string): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: copyLabel }).click();
  await page.waitForFunction(() => document.querySelector('.widget-status')?.textContent !== '');
  return page.evaluate(() => navigator.clipboard.readText());
}
