/** Pagefind search from the header and the search page, in both languages, by keyboard. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Paths (with anchors) of the results shown: options of the header listbox, links on the page. */
async function resultHrefs(page: Page, scope: string) {
  await page.waitForFunction((s) => document.querySelectorAll(`${s} [data-search-list] > li`).length > 0, scope, { timeout: 15_000 });
  return page.$$eval(`${scope} [data-search-list] > li`, (lis) => lis.map((li) => {
    const url = new URL((li as HTMLElement).dataset.href!, location.href);
    return url.pathname + url.hash;
  }));
}

describe('header search', () => {
  it('"/" focuses the box; a Chinese query finds the lesson section; arrows and Enter open it', async () => {
    const { context, page, errors } = await newPage(browser);
    await page.goto('/zh/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-header');
    await page.keyboard.type('一线员工');
    const hrefs = await resultHrefs(page, '.search--header');
    expect(hrefs.some((h) => h.startsWith('/zh/lessons/service-recovery/#'))).toBe(true);
    expect(hrefs).toContain('/zh/lessons/service-recovery/#empower-front-line');
    expect(await page.getAttribute('#search-header', 'aria-expanded')).toBe('true');

    const target = hrefs.indexOf('/zh/lessons/service-recovery/#empower-front-line');
    for (let i = 0; i <= target; i++) await page.keyboard.press('ArrowDown');
    const activeId = await page.getAttribute('#search-header', 'aria-activedescendant');
    expect(await page.getAttribute(`#${activeId}`, 'aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    // The result URL also carries the matched words (?hl=…) for highlighting on arrival.
    await page.waitForURL((u) => u.pathname === '/zh/lessons/service-recovery/' && u.hash === '#empower-front-line' && u.searchParams.has('hl'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Ctrl+K focuses the box from anywhere; 服务补救 finds the lesson; Esc closes', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/zh/glossary/');
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-header');
    await page.keyboard.type('服务补救');
    const hrefs = await resultHrefs(page, '.search--header');
    expect(hrefs.some((h) => h.startsWith('/zh/lessons/service-recovery/'))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.isHidden('.search--header [data-search-panel]')).toBe(true);
    await context.close();
  });

  it('an English query finds the English section on front-line employees', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/en/lessons/service-recovery/');
    await page.fill('#search-header', 'front-line employees');
    const hrefs = await resultHrefs(page, '.search--header');
    expect(hrefs).toContain('/en/lessons/service-recovery/#empower-front-line');
    expect(hrefs.every((h) => h.startsWith('/en/'))).toBe(true);
    const marks = await page.locator('.search--header mark').count();
    expect(marks).toBeGreaterThan(0);
    await context.close();
  });

  it('Enter without a selection opens the search page with the query', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/en/');
    await page.fill('#search-header', 'empowerment');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/en/search/?q=empowerment');
    const hrefs = await resultHrefs(page, '.search--page');
    expect(hrefs.length).toBeGreaterThan(0);
    expect(await page.inputValue('#search-page')).toBe('empowerment');
    await context.close();
  });
});

describe('search page', () => {
  it('lists sub-results that link to exact sections, in Chinese', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/zh/search/?q=' + encodeURIComponent('授权'));
    const hrefs = await resultHrefs(page, '.search--page');
    expect(hrefs).toContain('/zh/lessons/service-recovery/#empower-front-line');
    expect(await page.textContent('.search--page [data-search-status]')).toMatch(/共有 \d+ 个页面/);
    expect(await page.locator('.search--page [data-search-list] a.result-link').count()).toBe(hrefs.length);
    await page.focus('#search-page');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    expect(focused).toBe(await page.locator('.search--page [data-search-list] a.result-link').nth(1).getAttribute('href'));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-page');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname.startsWith('/zh/') && u.pathname !== '/zh/search/');
    await context.close();
  });

  it('loads more results on request', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/en/search/?q=service');
    const first = (await resultHrefs(page, '.search--page')).length;
    const more = page.locator('[data-search-more]');
    expect(await more.isVisible()).toBe(true);
    await more.click();
    await expect.poll(async () => (await resultHrefs(page, '.search--page')).length).toBeGreaterThan(first);
    await context.close();
  });

  it('says so when nothing matches', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/en/search/?q=zzzqqqxxx');
    await page.waitForFunction(() => /No results/.test(document.querySelector('.search--page [data-search-status]')?.textContent ?? ''));
    expect(await page.locator('.search--page [data-search-list] > li').count()).toBe(0);
    await context.close();
  });
});
