/** Price–quality map: place and move brands, read positions by keyboard, example, persistence. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { acceptDialogs, copiedMarkdown, expectAxeClean, expectSurvivesBadState, openTool, reload } from './strategy-widgets.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const chips = (page: Page, position: string) => page.$$eval(`[data-position="${position}"] .pq-chip`, (els) => els.map((e) => e.textContent));

describe('price–quality map', () => {
  it('places a brand, opens its position, moves it and keeps it after a reload', async () => {
    const { context, page, errors } = await openTool(browser, 'en', 'price-quality');
    await page.getByLabel('Brand', { exact: true }).fill('Airport Lodge');
    await page.getByLabel('Price', { exact: true }).selectOption('high');
    await page.getByLabel('Perceived quality', { exact: true }).selectOption('low');
    await page.getByLabel('Brand', { exact: true }).press('Enter');
    await expect.poll(() => chips(page, 'rip-off')).toEqual(['Airport Lodge']);
    expect(await page.getAttribute('[data-position="rip-off"]', 'aria-pressed')).toBe('true');
    const detail = await page.textContent('.pq-detail');
    expect(detail).toContain('Rip-off');
    expect(detail).toContain('Risk: Unsustainable');
    expect(detail).toContain('Price above quality: customers notice after the first purchase, so this position is fragile.');
    expect(detail).toContain('Brands here: Airport Lodge.');

    await page.getByLabel('Quality of Airport Lodge').selectOption('high');
    await expect.poll(() => chips(page, 'premium')).toEqual(['Airport Lodge']);
    expect(await page.textContent('.pq-detail')).toContain('Risk: Fragile');

    await reload(page, 'price-quality');
    expect(await chips(page, 'premium')).toEqual(['Airport Lodge']);
    expect(await page.getAttribute('[data-position="premium"]', 'aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Remove Airport Lodge' }).click();
    await expect.poll(() => page.locator('.pq-chip').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('placeholder'))).toBe('e.g. a hotel in your city');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads any position by keyboard and explains why some are fragile', async () => {
    const { context, page } = await openTool(browser, 'en', 'price-quality');
    await page.locator('[data-position="good-value"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('.pq-detail')).toContain('Good value');
    expect(await page.textContent('.pq-detail')).toContain('Risk: Strong');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect.poll(() => page.getAttribute('[data-position="medium-value"]', 'aria-pressed')).toBe('true');
    expect(await page.textContent('.pq-detail')).toContain('Risk: Squeezed from both sides');
    await page.getByText('Why are some positions fragile?').click();
    expect(await page.textContent('.pq-fragile p')).toContain('A service is judged after it is used.');
    await context.close();
  });

  it('loads the example city and exports it', async () => {
    const { context, page } = await openTool(browser, 'en', 'price-quality');
    acceptDialogs(page);
    await page.getByRole('button', { name: 'Load example: hotels in one city' }).click();
    await expect.poll(() => page.locator('.pq-chip').count()).toBe(6);
    expect(await chips(page, 'overcharging')).toEqual(['Airport Transit Hotel']);
    const md = await copiedMarkdown(page, 'Copy as Markdown');
    expect(md).toContain('- **Grand Palace Hotel (five-star)**: Premium (Price high, Perceived quality high) · Fragile');
    await context.close();
  });

  it('works in Chinese, and is axe clean in light and dark themes', async () => {
    const { context, page } = await openTool(browser, 'zh', 'price-quality');
    await page.getByRole('button', { name: '载入示例:同一城市的酒店' }).click();
    await expect.poll(() => chips(page, 'premium')).toEqual(['皇宫大酒店(五星级)']);
    expect(await page.textContent('.pq-detail')).toContain('风险:脆弱');
    await page.getByText('为什么有些定位很脆弱?').click();
    await expectAxeClean(page);
    await context.close();
  });

  it('ignores corrupt saved state', async () => {
    await expectSurvivesBadState(browser, 'price-quality', async (page) => {
      expect(await page.locator('.pq-chip').count()).toBe(0);
      expect(await page.getAttribute('[data-position="premium"]', 'aria-pressed')).toBe('true');
    });
  });
});
