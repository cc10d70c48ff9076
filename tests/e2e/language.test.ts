/** Language choice on /, remembered; switching language lands on the same page and section. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('language choice', () => {
  it('suggests the browser language first, remembers the choice, and skips / next time', async () => {
    const { context, page, errors } = await newPage(browser, { locale: 'zh-CN' });
    await page.goto('/');
    const first = page.locator('[data-chooser] li').first();
    await expect.poll(() => first.getAttribute('data-lang')).toBe('zh');
    expect(await first.locator('.chooser-suggested').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-choose'))).toBe('zh');

    await page.click('[data-choose="en"]');
    await page.waitForURL('**/en/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.goto('/');
    await page.waitForURL('**/en/');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('suggests English to an English browser', async () => {
    const { context, page } = await newPage(browser, { locale: 'en-GB' });
    await page.goto('/');
    await expect.poll(() => page.locator('[data-chooser] li').first().getAttribute('data-lang')).toBe('en');
    await context.close();
  });

  it('works without JavaScript: both languages are plain links', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: (await import('./browser.ts')).baseUrl() });
    const page = await context.newPage();
    await page.goto('/');
    expect(await page.locator('[data-choose]').count()).toBe(3);
    await page.click('[data-choose="zh"]');
    await page.waitForURL('**/zh/');
    await context.close();
  });
});

describe('language switch', () => {
  it('lands on the same section of the same lesson', async () => {
    const { context, page, errors } = await newPage(browser);
    await page.goto('/zh/lessons/service-recovery/');
    await page.evaluate(() => document.getElementById('empower-front-line')!.scrollIntoView({ block: 'start' }));
    // A real mouse click where the sticky link is: page.click() would first scroll the page.
    const box = (await page.locator('.lang-switch').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL('**/en/lessons/service-recovery/#empower-front-line');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const top = await page.evaluate(() => document.getElementById('empower-front-line')!.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);

    // and back, from another section, with the keyboard
    await page.evaluate(() => document.getElementById('solve-quickly')!.scrollIntoView({ block: 'start' }));
    await page.focus('.lang-switch');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/zh/lessons/service-recovery/#solve-quickly');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the page on glossary, search and home', async () => {
    const { context, page } = await newPage(browser);
    for (const [from, to] of [['/en/glossary/', '/zh/glossary/'], ['/en/search/', '/zh/search/'], ['/en/', '/zh/']]) {
      await page.goto(from);
      await page.click('.lang-switch');
      await page.waitForURL((url) => url.pathname === to);
    }
    await context.close();
  });
});
