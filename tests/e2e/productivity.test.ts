/** Productivity calculator: sliders by keyboard, which lever moved it, scenarios, persistence. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { expectAxeClean, expectSurvivesBadState, openTool, reload } from './strategy-widgets.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('service productivity calculator', () => {
  it('moves a lever by keyboard, names it as the driver and keeps it after a reload', async () => {
    const { context, page, errors } = await openTool(browser, 'en', 'productivity');
    expect(await page.textContent('[data-index]')).toBe('29.4');
    expect(await page.textContent('.prod-explain')).toBe('Move a lever or try a move to see what changes.');
    await page.getByLabel('Capacity utilisation (capacity efficiency)').focus();
    for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.textContent('[data-index]')).toBe('36.7');
    const explain = await page.textContent('.prod-explain');
    expect(explain).toContain('Productivity went from 29.4 to 36.7 (+25%).');
    expect(explain).toContain('The biggest mover was Capacity utilisation: from 60% to 75% (+25% on its own).');
    expect(await page.textContent('[data-lever="capacity"] .prod-base')).toBe('baseline 60% · +25%');

    await reload(page, 'productivity');
    expect(await page.getByLabel('Capacity utilisation (capacity efficiency)').inputValue()).toBe('75');
    expect(await page.textContent('[data-index]')).toBe('36.7');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the cost-cutting trap and keeps a new baseline', async () => {
    const { context, page } = await openTool(browser, 'en', 'productivity');
    await page.getByRole('button', { name: 'Cut front-line staff' }).click();
    await expect.poll(() => page.getAttribute('.prod-scenarios [aria-pressed=true]', 'aria-pressed')).toBe('true');
    expect(await page.textContent('.prod-explain .callout--warn')).toContain('The cost-cutting trap');
    expect(await page.textContent('.prod-explain')).toContain('Internal efficiency moved the other way and held the result back.');
    expect(await page.textContent('.prod-note')).toContain('(Internal efficiency +15 and External efficiency −20)');
    await page.getByRole('button', { name: 'Keep as new baseline' }).click();
    await expect.poll(() => page.textContent('.prod-explain')).toBe('Move a lever or try a move to see what changes.');
    expect(await page.locator('.prod-scenarios [aria-pressed=true]').count()).toBe(0);
    await context.close();
  });

  it('works in Chinese, and is axe clean in light and dark themes', async () => {
    const { context, page } = await openTool(browser, 'zh', 'productivity');
    await page.getByRole('button', { name: '培训员工' }).click();
    await expect.poll(() => page.textContent('.prod-explain')).toContain('变化最大的是外部效率');
    await expectAxeClean(page);
    await context.close();
  });

  it('ignores corrupt saved state', async () => {
    await expectSurvivesBadState(browser, 'productivity', async (page) => {
      expect(await page.textContent('[data-index]')).toBe('29.4');
    });
  });
});
