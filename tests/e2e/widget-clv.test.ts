/** CLV calculator: typed inputs, margin and discount, two customers compared, chart, persistence. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { copiedMarkdown, expectNoAxeViolations, openTool, reload } from './widget-kit.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const W = '[data-widget="clv"]';
const result = (page: Page, who: 'a' | 'b', what: 'year' | 'lifetime') => page.textContent(`${W} [data-customer="${who}"] [data-result="${what}"]`);
const field = (who: 'a' | 'b', f: string) => `${W} [data-customer="${who}"] input[data-field="${f}"]`;

describe('customer lifetime value calculator', () => {
  it('multiplies spend, visits and years, with margin and discount, for two customers', async () => {
    const { context, page, errors } = await openTool(browser, 'en', 'clv');
    await expectNoAxeViolations(page);
    expect(await result(page, 'a', 'year')).toBe('¥4,500');
    expect(await result(page, 'a', 'lifetime')).toBe('¥22,500');
    expect(await result(page, 'b', 'lifetime')).toBe('¥90');
    expect(await page.textContent(`${W} .clv-ratio`)).toBe('Customer A is worth 250 times customer B.');

    // Typing: B becomes a regular too.
    await page.fill(field('b', 'visits'), '50');
    await page.fill(field('b', 'years'), '4');
    await expect.poll(() => result(page, 'b', 'lifetime')).toBe('¥9,000');
    // A half-typed value is not taken: the last good one stays.
    await page.fill(field('b', 'spend'), '');
    expect(await result(page, 'b', 'lifetime')).toBe('¥9,000');
    await page.fill(field('b', 'spend'), '45');

    await page.check(`${W} input[data-option="margin"]`);
    await expect.poll(() => result(page, 'a', 'lifetime')).toBe('¥6,750');
    await page.check(`${W} input[data-option="discount"]`);
    await expect.poll(() => page.locator(`${W} input[data-setting="discount"]`).count()).toBe(1);
    // 30% of 4,500 a year for 5 years at 8%: 1350 × (1/1.08 + … + 1/1.08^5) ≈ 5,390.
    await expect.poll(() => result(page, 'a', 'lifetime')).toBe('¥5,390');
    expect(await page.textContent(`${W} svg.clv-chart desc`)).toContain('Customer A reaches ¥5,390');
    expect(await page.locator(`${W} svg.clv-chart circle`).count()).toBe(6 + 5);

    const md = await copiedMarkdown(context, page, 'clv');
    expect(md).toContain('| Customer A | 30 | 150 | 5 | ¥1,350 | ¥5,390 |');
    expect(md).toContain('- Gross margin (%): 30');

    await reload(page, 'clv');
    expect(await result(page, 'a', 'lifetime')).toBe('¥5,390');
    expect(await page.inputValue(field('b', 'visits'))).toBe('50');

    await page.click(`${W} button:has-text("Supermarket")`);
    await expect.poll(() => page.inputValue(field('a', 'visits'))).toBe('52');
    await page.click(`${W} button:has-text("Reset")`);
    await expect.poll(() => result(page, 'a', 'lifetime')).toBe('¥22,500');
    expect(await page.isChecked(`${W} input[data-option="margin"]`)).toBe(false);
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('repairs corrupt saved values, in Chinese in the dark theme', async () => {
    const saved = JSON.stringify({ v: 1, data: { a: { spend: 'lots', visits: -4, years: 80 }, b: null, useMargin: true, margin: 40 } });
    const { context, page, errors } = await openTool(browser, 'zh', 'clv', { 'widget:clv:v1:page-tool': saved }, 'dark');
    expect(await page.inputValue(field('a', 'spend'))).toBe('30');
    expect(await page.inputValue(field('a', 'visits'))).toBe('0');
    expect(await page.inputValue(field('a', 'years'))).toBe('50');
    expect(await page.textContent(`${W} .clv-ratio`)).toBe('顾客 A 的价值是顾客 B 的 0 倍。');
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
