/** Five forces rater: rate by keyboard, evidence, radar and reading, presets, persistence. */
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

const force = (page: Page, id: string) => page.locator(`fieldset[data-force="${id}"]`);
const checked = (page: Page, id: string) => force(page, id).locator('input:checked').evaluate((el) => (el as HTMLInputElement).value).catch(() => null);

describe('five forces rater', () => {
  it('rates each force by keyboard, draws the radar, reads the industry and keeps it after a reload', async () => {
    const { context, page, errors } = await openTool(browser, 'en', 'five-forces');
    expect(await page.textContent('.ff-reading')).toContain('Rate all five forces to read the industry (0 of 5 rated so far).');

    // Arrow keys move a radio group's choice.
    await force(page, 'rivalry').getByRole('radio', { name: '3 Moderate' }).check();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => checked(page, 'rivalry')).toBe('4');
    for (const [id, name] of [['entrants', '2 Weak'], ['substitutes', '5 Very strong'], ['buyers', '4 Strong'], ['suppliers', '4 Strong']]) {
      await force(page, id).getByRole('radio', { name }).check();
    }
    await force(page, 'buyers').getByLabel('Evidence').fill('Fares compared in seconds');

    await expect.poll(() => page.textContent('.ff-verdict')).toBe('Unattractive industry');
    const reading = await page.textContent('.ff-reading');
    expect(reading).toContain('Attractiveness 30 out of 100 (average force strength 3.8 of 5).');
    expect(reading).toContain('Substitutes (5 of 5): customers can meet the need another way, which caps prices.');
    expect(reading).toContain('Working in the industry’s favour: New entrants.');
    expect(reading).toContain('No evidence yet for Rivalry, New entrants, Substitutes and Suppliers');
    expect(await page.locator('.ff-radar .ff-area').getAttribute('points')).toMatch(/^(\S+,\S+ ){4}\S+,\S+$/);
    expect(await page.textContent('.ff-radar desc')).toContain('Rivalry 4, New entrants 2, Substitutes 5, Buyers 4, Suppliers 4');

    await reload(page, 'five-forces');
    expect(await checked(page, 'substitutes')).toBe('5');
    expect(await force(page, 'buyers').getByLabel('Evidence').inputValue()).toBe('Fares compared in seconds');
    expect(await page.textContent('.ff-verdict')).toBe('Unattractive industry');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('loads a preset with its evidence, exports it and resets', async () => {
    const { context, page } = await openTool(browser, 'en', 'five-forces');
    acceptDialogs(page);
    await page.getByLabel('Worked example').selectOption('hotel');
    await page.getByRole('button', { name: 'Load example' }).click();
    await expect.poll(() => page.textContent('.ff-verdict')).toBe('Moderately attractive industry');
    expect(await force(page, 'buyers').getByLabel('Evidence').inputValue()).toContain('Online travel agencies');
    const md = await copiedMarkdown(page, 'Copy as Markdown');
    expect(md).toContain('**Moderately attractive industry**');
    expect(md).toContain('## Bargaining power of suppliers: 2/5 (Weak)');
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => page.locator('.ff-force input:checked').count()).toBe(0);
    await context.close();
  });

  it('works in Chinese, and is axe clean in light and dark themes', async () => {
    const { context, page } = await openTool(browser, 'zh', 'five-forces');
    await page.getByRole('button', { name: '载入示例' }).click();
    await expect.poll(() => page.textContent('.ff-verdict')).toBe('缺乏吸引力的行业');
    expect(await page.textContent('.ff-reading')).toContain('现有竞争(5/5)');
    await expectAxeClean(page);
    await context.close();
  });

  it('ignores corrupt saved state', async () => {
    await expectSurvivesBadState(browser, 'five-forces', async (page) => {
      expect(await page.locator('.ff-force input:checked').count()).toBe(0);
    });
  });
});
