/** 繁體中文: generated from the Simplified site, with its own routes, search index and switch. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [relative(dir, join(dir, n))]));

describe('Traditional Chinese site', () => {
  it('has a page for every Simplified page', () => {
    expect(walk('dist/zh-hant').sort()).toEqual(walk('dist/zh').sort());
  });

  it('reads in Traditional characters with Taiwan phrasing, links within itself, and switches script on the same section', async () => {
    const { context, page, errors } = await newPage(browser, { locale: 'zh-TW' });
    await page.goto('/zh-hant/lessons/service-recovery/');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant-TW');
    expect(await page.textContent('h1')).toBe('服務補救策略');
    const body = await page.locator('main').innerText();
    expect(body).toContain('一線員工');
    expect(body).not.toContain('一线员工');
    const internal = await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(internal.filter((h) => h.startsWith('/zh/'))).toEqual([]);
    expect(await page.getAttribute('.term-link', 'href')).toMatch(/^\/zh-hant\/glossary\/#/);

    await page.evaluate(() => document.getElementById('solve-quickly')!.scrollIntoView({ block: 'start' }));
    const box = (await page.locator('.script-switch').boundingBox())!;
    expect(await page.textContent('.script-switch')).toBe('简体');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL('**/zh/lessons/service-recovery/#solve-quickly');
    expect(await page.textContent('h1')).toBe('服务补救策略');
    await page.click('.script-switch');
    await page.waitForURL('**/zh-hant/lessons/service-recovery/**');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('suggests itself to a Taiwan browser and is remembered', async () => {
    const { context, page } = await newPage(browser, { locale: 'zh-TW' });
    await page.goto('/');
    await expect.poll(() => page.locator('[data-chooser] li').first().getAttribute('data-lang')).toBe('zh-hant');
    await page.click('[data-choose="zh-hant"]');
    await page.waitForURL('**/zh-hant/');
    await page.goto('/');
    await page.waitForURL('**/zh-hant/');
    // an English page leads back to Traditional
    await page.goto('/en/glossary/');
    expect(await page.getAttribute('.lang-switch', 'href')).toMatch(/\/zh-hant\/glossary\/$/);
    await context.close();
  });

  it('has its own search index', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`/zh-hant/search/?q=${encodeURIComponent('授權一線員工')}`);
    await page.waitForSelector('.search--page [data-search-list] > li', { timeout: 15_000 });
    const hrefs = await page.$$eval('.search--page [data-search-list] a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
    expect(hrefs).toContain('/zh-hant/lessons/service-recovery/#empower-front-line');
    expect(hrefs.every((h) => h.startsWith('/zh-hant/'))).toBe(true);
    await context.close();
  });

  it('runs quizzes and review with Traditional text and progress shared with Simplified', async () => {
    const { context, page, errors } = await newPage(browser);
    await page.goto('/zh-hant/lessons/service-recovery/#quiz');
    await page.locator('astro-island:not([ssr]) .quiz-run').waitFor(); // hydrated
    expect(await page.locator('.quiz-run').innerText()).toMatch(/第 1 題/);
    await page.click('.quiz-run >> text=顯示答案');
    await page.goto('/zh/review/');
    await page.locator('[data-review-state]').waitFor();
    expect(await page.locator('[data-review-state="question"]').count()).toBe(1);
    await page.goto('/zh-hant/review/');
    await page.locator('[data-review-state="question"]').waitFor();
    expect(await page.locator('.review-source').innerText()).toContain('服務補救策略');
    expect(await page.getAttribute('.review-source a', 'href')).toMatch(/^\/zh-hant\/lessons\/service-recovery\/#/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows widgets in Traditional characters too', async () => {
    const { context, page, errors } = await newPage(browser);
    await page.goto('/zh-hant/tools/clv/');
    const widget = page.locator('[data-widget]');
    await widget.waitFor();
    await expect.poll(async () => (await widget.innerText()).length).toBeGreaterThan(20);
    const text = await widget.innerText();
    expect(text).toMatch(/顧客|價值/);
    expect(text).not.toMatch(/顾客|价值/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is accessible', async () => {
    const { context, page } = await newPage(browser);
    for (const path of ['/zh-hant/', '/zh-hant/lessons/service-recovery/', '/zh-hant/glossary/']) {
      await page.goto(path);
      const result = await new AxeBuilder({ page }).analyze();
      expect(result.violations.map((v) => `${path} ${v.id}: ${v.nodes[0].target.join(' ')}`)).toEqual([]);
    }
    await context.close();
  });
});
