/**
 * Helpers for the browser tests of the satisfaction–loyalty plot and the service style
 * self-check: open a tool page (touch-capable), wait for the island, tamper with saved state,
 * check axe in both themes, drag with a mouse or a finger, read the copied Markdown.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { baseUrl } from './browser.ts';

/** Tool pages have no lesson slug, so each widget there is instance "page-tool". */
export const toolKey = (kind: string) => `widget:${kind}:v1:page-tool`;

export interface Opened {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** Opens /<lang>/tools/<kind>/; `saved` is written to the widget's key before any script runs (once per context). */
export async function openTool(browser: Browser, lang: 'zh' | 'en', kind: string, options: { saved?: string; width?: number; scheme?: 'light' | 'dark' } = {}): Promise<Opened> {
  const context = await browser.newContext({
    locale: lang === 'zh' ? 'zh-CN' : 'en-US',
    viewport: { width: options.width ?? 1280, height: 900 },
    baseURL: baseUrl(),
    hasTouch: true,
    colorScheme: options.scheme ?? 'light',
  });
  if (options.saved !== undefined) {
    await context.addInitScript(([key, value]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, value);
    }, [toolKey(kind), options.saved] as const);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('dialog', (d) => void d.accept());
  await page.goto(`/${lang}/tools/${kind}/`);
  await waitForWidget(page, kind);
  return { context, page, errors };
}

/** The island hydrates when visible, then swaps its server placeholder for the widget. */
export async function waitForWidget(page: Page, kind: string) {
  await page.locator(`[data-widget-slot="${kind}"]`).scrollIntoViewIfNeeded();
  await page.waitForSelector(`section[data-widget="${kind}"] .widget-body`, { timeout: 15_000 });
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

/** Saved values that are not JSON, from another version, or the wrong shape. */
export const BAD_STATES = ['{not json', 'null', JSON.stringify({ v: 99, data: {} }), JSON.stringify({ v: 1, data: 'nonsense' }), JSON.stringify({ v: 1, data: { customers: 7, ratings: [], market: 3 } })];

/** Drags with the mouse in small steps from one point on the page to another. */
export async function mouseDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
}

/** Drags with a finger: touch events through the DevTools protocol, which Chromium turns into pointer events. */
export async function touchDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  const cdp = await page.context().newCDPSession(page);
  const at = (x: number, y: number) => [{ x: Math.round(x), y: Math.round(y), id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(from.x, from.y) });
  for (let i = 1; i <= 10; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(from.x + ((to.x - from.x) * i) / 10, from.y + ((to.y - from.y) * i) / 10) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** The Markdown the widget's copy button puts on the clipboard. */
export async function copiedMarkdown(page: Page, kind: string): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.click(`[data-widget="${kind}"] .widget-toolbar button:has-text("Markdown")`);
  await expect.poll(() => page.textContent(`[data-widget="${kind}"] .widget-status`)).not.toBe('');
  return page.evaluate(() => navigator.clipboard.readText());
}
