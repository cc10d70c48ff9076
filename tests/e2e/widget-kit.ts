/** Helpers for widget tests: open a tool page, drag by mouse or touch, check axe, seed storage. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { baseUrl } from './browser.ts';

export interface Opened {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/**
 * Opens /<lang>/tools/<name>/ in a fresh touch-capable context and waits for the widget to
 * hydrate. `storage` is written to localStorage before any page script runs.
 */
export async function openTool(browser: Browser, lang: 'zh' | 'en', name: string, storage: Record<string, string> = {}, theme?: 'dark'): Promise<Opened> {
  const context = await browser.newContext({ locale: lang === 'zh' ? 'zh-CN' : 'en-US', viewport: { width: 1280, height: 900 }, baseURL: baseUrl(), hasTouch: true, colorScheme: theme ?? 'light' });
  await context.addInitScript((entries: Record<string, string>) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, storage);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('dialog', (d) => void d.accept());
  await page.goto(`/${lang}/tools/${name}/`);
  await page.locator(`[data-widget="${name}"]`).scrollIntoViewIfNeeded();
  await page.waitForSelector(`[data-widget="${name}"] .widget-body`);
  return { context, page, errors };
}

export async function reload(page: Page, name: string) {
  await page.reload();
  await page.locator(`[data-widget="${name}"]`).scrollIntoViewIfNeeded();
  await page.waitForSelector(`[data-widget="${name}"] .widget-body`);
}

export async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function centre(target: Locator) {
  const box = await target.boundingBox();
  if (!box) throw new Error('element is not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags with the mouse in small steps, as a person would. */
export async function mouseDrag(page: Page, from: Locator, to: Locator) {
  await from.scrollIntoViewIfNeeded();
  const a = await centre(from);
  const b = await centre(to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps: 8 });
  await page.mouse.up();
}

/** Drags with a finger: real touch events through the DevTools protocol, which the browser turns into pointer events. */
export async function touchDrag(page: Page, from: Locator, to: Locator) {
  await from.scrollIntoViewIfNeeded();
  const a = await centre(from);
  const b = await centre(to);
  const cdp = await page.context().newCDPSession(page);
  const point = (x: number, y: number) => [{ x: Math.round(x), y: Math.round(y), id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(a.x, a.y) });
  for (let i = 1; i <= 8; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(a.x + ((b.x - a.x) * i) / 8, a.y + ((b.y - a.y) * i) / 8) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** The text a widget's "copy as Markdown" button puts on the clipboard. */
export async function copiedMarkdown(context: BrowserContext, page: Page, widget: string): Promise<string> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.click(`[data-widget="${widget}"] .widget-toolbar button:has-text("Markdown")`);
  await expect.poll(() => page.textContent(`[data-widget="${widget}"] .widget-status`)).not.toBe('');
  return page.evaluate(() => navigator.clipboard.readText());
}
