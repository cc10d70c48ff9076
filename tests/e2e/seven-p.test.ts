/** 7P canvas: one P at a time, completeness, the "Proof" warning, own case, persistence. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { copiedMarkdown, expectAxeClean, expectSurvivesBadState, openTool, reload } from './strategy-widgets.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('7P canvas', () => {
  it('walks through the Ps by keyboard, fills the meter and keeps everything after a reload', async () => {
    const { context, page, errors } = await openTool(browser, 'en', 'seven-p');
    await page.getByRole('radio', { name: 'Café' }).check();
    await page.getByLabel('Product: your analysis').fill('Coffee, pastries and a place to work');
    await page.getByRole('button', { name: 'Next P →' }).click();
    // Focus moves into the next P's text box.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id.endsWith('-price'))).toBe(true);
    await page.keyboard.type('Loyalty card: tenth cup free');
    await expect.poll(() => page.getAttribute('.sevenp-meter progress', 'value')).toBe('2');
    expect(await page.textContent('.sevenp-meter p')).toContain('2 of 7 Ps analysed · Still to do: Place, Promotion, People, Physical evidence and Process.');
    expect(await page.getAttribute('.sevenp-step[aria-current=step]', 'data-filled')).toBe('true');
    expect(await page.locator('.sevenp-badge').count()).toBe(0);

    // The hotel keeps its own (empty) notes.
    await page.getByRole('radio', { name: 'Hotel' }).check();
    await expect.poll(() => page.getAttribute('.sevenp-meter progress', 'value')).toBe('0');
    await page.getByRole('radio', { name: 'Café' }).check();

    await reload(page, 'seven-p');
    expect(await page.isChecked('input[type=radio][value=cafe]')).toBe(true);
    expect(await page.getByLabel('Price: your analysis').inputValue()).toBe('Loyalty card: tenth cup free');
    expect(await page.getAttribute('.sevenp-meter progress', 'value')).toBe('2');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the prompt and an example, and flags the seventh P called "Proof"', async () => {
    const { context, page } = await openTool(browser, 'en', 'seven-p');
    await page.getByRole('button', { name: /Physical evidence/ }).click();
    expect(await page.textContent('.sevenp-panel')).toContain('Some sources call this P “Proof”');
    expect(await page.textContent('.sevenp-badge')).toBe('A service P (Booms and Bitner, 1981)');
    await page.locator('.sevenp-example summary').click();
    expect(await page.textContent('.sevenp-example p')).toContain('Clean, tidy public areas');
    await page.getByLabel('Physical evidence: your analysis').fill('Proof: certificates and guest reviews');
    await expect.poll(() => page.textContent('.callout--warn')).toContain('You wrote “Proof” as the name of a P (in Physical evidence)');
    await page.getByLabel('Physical evidence: your analysis').fill('Clean rooms, uniforms, signage');
    await expect.poll(() => page.locator('.callout--warn').count()).toBe(0);
    await context.close();
  });

  it('takes the reader’s own case and exports it', async () => {
    const { context, page } = await openTool(browser, 'en', 'seven-p');
    await page.getByRole('radio', { name: 'My own case' }).check();
    await page.getByLabel('Name of your case').fill('Dental clinic');
    expect(await page.locator('.sevenp-example').count()).toBe(0);
    await page.getByLabel('Product: your analysis').fill('Check-ups, cleaning and fillings');
    const md = await copiedMarkdown(page, 'Copy as Markdown');
    expect(md).toContain('# 7P canvas: Dental clinic');
    expect(md).toContain('## Product\n\nCheck-ups, cleaning and fillings');
    expect(md).toContain('## Physical evidence\n\n(not analysed yet)');
    await context.close();
  });

  it('works in Chinese, and is axe clean in light and dark themes', async () => {
    const { context, page } = await openTool(browser, 'zh', 'seven-p');
    await page.getByLabel('产品:你的分析').fill('客房、餐厅和会议室');
    await page.getByRole('button', { name: /有形展示/ }).click();
    await page.getByLabel('有形展示:你的分析').fill('证明(Proof):顾客评价');
    await expect.poll(() => page.textContent('.callout--warn')).toContain('见有形展示');
    await page.locator('.sevenp-example summary').click();
    await expectAxeClean(page);
    await context.close();
  });

  it('ignores corrupt saved state', async () => {
    await expectSurvivesBadState(browser, 'seven-p', async (page) => {
      expect(await page.isChecked('input[type=radio][value=hotel]')).toBe(true);
      expect(await page.getAttribute('.sevenp-meter progress', 'value')).toBe('0');
    });
  });
});
