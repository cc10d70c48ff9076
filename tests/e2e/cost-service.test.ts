/** Cost vs service level: the four patterns by keyboard, sliders, moves outside the four, persistence. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { expectAxeClean, expectSurvivesBadState, openTool, reload } from './strategy-widgets.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const outcome = (page: Page) => page.getAttribute('.cs-reading', 'data-outcome');

describe('cost vs service level explorer', () => {
  it('picks a pattern by keyboard, then moves the sliders into another, and keeps it after a reload', async () => {
    const { context, page, errors } = await openTool(browser, 'en', 'cost-service');
    expect(await outcome(page)).toBe('none');
    await page.getByRole('radio', { name: 'Better service, lower cost' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => outcome(page)).toBe('breakthrough');
    const reading = await page.textContent('.cs-reading');
    expect(reading).toContain('When it applies: The ideal, and rare');
    expect(reading).toContain('lies below today’s cost curve');
    expect(await page.getByLabel('New service level (%)').inputValue()).toBe('88');
    expect(await page.locator('.cs-chart .cs-new').count()).toBe(1);

    // Back to today's service level at the lower cost: same service, lower cost.
    await page.getByLabel('New service level (%)').focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
    // Wait for the last key press to render: the outcome is already cut-cost one press earlier.
    await expect.poll(() => page.textContent('.cs-move-text')).toBe('Your move: service level ±0 points, cost −10.');
    await expect.poll(() => outcome(page)).toBe('cut-cost');
    expect(await page.isChecked('input[type=radio][value="cut-cost"]')).toBe(true);

    await reload(page, 'cost-service');
    expect(await outcome(page)).toBe('cut-cost');
    expect(await page.getByLabel('New cost (today = 100)').inputValue()).toBe('90');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names moves outside the four patterns, and downloads the reading', async () => {
    const { context, page } = await openTool(browser, 'en', 'cost-service');
    await page.getByLabel('New service level (%)').focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
    await page.getByLabel('New cost (today = 100)').focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => outcome(page)).toBe('trade-down');
    expect(await page.textContent('.cs-reading .callout--warn')).toContain('not one of the four patterns');
    expect(await page.locator('.cs-patterns input:checked').count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
    expect(download.suggestedFilename()).toBe('cost-service.md');
    await context.close();
  });

  it('works in Chinese, and is axe clean in light and dark themes', async () => {
    const { context, page } = await openTool(browser, 'zh', 'cost-service');
    await page.getByRole('radio', { name: '服务水平提高,成本增加' }).check();
    await expect.poll(() => page.textContent('.cs-reading')).toContain('新位置在现有成本曲线上');
    await expectAxeClean(page);
    await context.close();
  });

  it('ignores corrupt saved state', async () => {
    await expectSurvivesBadState(browser, 'cost-service', async (page) => {
      expect(await outcome(page)).toBe('none');
    });
  });
});
