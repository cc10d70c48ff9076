/** Service style self-check: rating by pointer and keyboard, the quadrant and weakest items, presets, persistence. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { BAD_STATES, copiedMarkdown, expectAxeClean, openTool, reload } from './saved-widgets.ts';

const KIND = 'service-style';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const item = (page: Page, id: string) => page.locator(`[data-item="${id}"]`);
/** Clicks the visible box of a rating, as a person would. */
const rateItem = (page: Page, id: string, value: number) => item(page, id).locator('.ss-option').nth(value - 1).click();
const style = (page: Page) => page.getAttribute('.ss-result', 'data-style');
const weakest = (page: Page) => page.$$eval('[data-weak]', (els) => els.map((e) => e.getAttribute('data-weak')));
const status = (page: Page) => page.textContent(`[data-widget="${KIND}"] .widget-body > [role="status"]`);

describe('service style self-check', () => {
  it('places the service once both sides are rated, names the weakest items, and keeps it after a reload', async () => {
    const { context, page, errors } = await openTool(browser, 'en', KIND);
    await expect.poll(() => page.textContent('.ss-verdict')).toBe('Rate at least one item on each side to see the service style.');
    await expect.poll(() => page.locator('[data-point]').count()).toBe(0);

    await rateItem(page, 'timeliness', 5);
    await rateItem(page, 'flow', 4);
    await expect.poll(() => style(page)).toBe('');
    await rateItem(page, 'attitude', 2);
    await rateItem(page, 'naming', 1);
    await expect.poll(() => style(page)).toBe('factory');
    await expect.poll(() => status(page)).toBe('The service now counts as: The factory.');
    await expect.poll(() => page.getAttribute('[data-cell="factory"]', 'class')).toContain('is-current');
    await expect.poll(() => page.locator('[data-point]').count()).toBe(1);
    await expect.poll(() => page.textContent('[data-score="procedural"]')).toContain('4.5 / 5 · strong (2 of 7 rated)');
    await expect.poll(() => page.textContent('[data-score="personal"]')).toContain('1.5 / 5 · not yet strong (2 of 10 rated)');
    await expect.poll(() => page.textContent('.ss-verdict')).toContain('“You are just a number to be processed.”');
    await expect.poll(() => weakest(page)).toEqual(['naming', 'attitude']);
    await expect.poll(() => page.textContent('[data-weak="naming"]')).toContain('Using the customer’s name (rated 1): Use the name on the booking');
    await expect.poll(() => page.getAttribute('.ss-plot', 'aria-label')).toBe('Service style quadrant: Procedural side 4.5, personal side 1.5: The factory.');
    await expect.poll(() => page.textContent('.ss-progress')).toBe('4 of 17 items rated');

    await rateItem(page, 'attitude', 5);
    await rateItem(page, 'naming', 5);
    await expect.poll(() => style(page)).toBe('quality');
    await expect.poll(() => page.textContent('.ss-weakest')).toContain('No item is rated 3 or below');

    await page.getByLabel('The service you are rating').fill('Campus canteen');
    await reload(page, KIND);
    await expect.poll(() => style(page)).toBe('quality');
    await expect.poll(() => item(page, 'naming').getByRole('radio', { name: '5 excellent' }).isChecked()).toBe(true);
    await expect.poll(() => page.getByLabel('The service you are rating').inputValue()).toBe('Campus canteen');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works by keyboard: Tab into a scale, arrow keys choose the rating', async () => {
    const { context, page, errors } = await openTool(browser, 'en', KIND);
    await page.getByLabel('The service you are rating').focus();
    await page.keyboard.press('Tab');
    // No rating yet: Tab lands on the first radio of the first item.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toMatch(/-timeliness$/);
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => item(page, 'timeliness').getByRole('radio', { name: '3 adequate' }).isChecked()).toBe(true);
    await expect.poll(() => item(page, 'timeliness').getAttribute('data-rating')).toBe('3');
    // Tab goes on to the next item's scale.
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toMatch(/-flow$/);
    // Arrow keys wrap around the group: left from the first box lands on 5.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => item(page, 'flow').getAttribute('data-rating')).toBe('5');
    // The focused box shows a focus ring.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!.parentElement!).outlineStyle);
    expect(outline).toBe('solid');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('loads each example into its quadrant, copies the result and resets', async () => {
    const { context, page, errors } = await openTool(browser, 'en', KIND);
    const expected = { governmentOffice: 'freezer', fastFood: 'factory', familyRestaurant: 'zoo', boutiqueHotel: 'quality' };
    for (const [preset, quadrant] of Object.entries(expected)) {
      await page.getByLabel('Example').selectOption(preset);
      await page.getByRole('button', { name: 'Load example' }).click();
      await expect.poll(() => style(page), { message: preset }).toBe(quadrant);
      await expect.poll(() => page.textContent('.ss-progress')).toBe('17 of 17 items rated');
    }
    await expect.poll(() => page.getByLabel('The service you are rating').inputValue()).toBe('A boutique hotel');
    await expect.poll(() => weakest(page)).toEqual(['selling']);

    await page.getByLabel('Example').selectOption('fastFood');
    await page.getByRole('button', { name: 'Load example' }).click();
    await expect.poll(() => weakest(page)).toEqual(['naming', 'bodyLanguage', 'tone']);
    const md = await copiedMarkdown(page, KIND);
    expect(md).toContain('**The service you are rating**: A fast-food chain');
    expect(md).toContain('## Procedural side: 4.0 / 5');
    expect(md).toContain('## Personal side: 2.5 / 5');
    expect(md).toContain('**The factory**: “You are just a number to be processed.”');
    expect(md).toContain('- **Using the customer’s name** (rated 1): Use the name');

    await page.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => page.textContent('.ss-progress')).toBe('0 of 17 items rated');
    await expect.poll(() => page.getByLabel('The service you are rating').inputValue()).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('ignores corrupt saved state and keeps the valid part of damaged state', async () => {
    for (const saved of BAD_STATES) {
      const { context, page, errors } = await openTool(browser, 'en', KIND, { saved });
      await expect.poll(() => page.textContent('.ss-progress'), saved).toBe('0 of 17 items rated');
      expect(errors, saved).toEqual([]);
      await context.close();
    }
    const saved = JSON.stringify({ v: 1, data: { subject: 'Bank', ratings: { timeliness: 5, tact: 9, magic: 3, naming: 2 } } });
    const { context, page, errors } = await openTool(browser, 'en', KIND, { saved });
    await expect.poll(() => page.textContent('.ss-progress')).toBe('2 of 17 items rated');
    await expect.poll(() => style(page)).toBe('factory');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is axe clean in both languages and themes, and marks the other language', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const { context, page } = await openTool(browser, lang, KIND);
      await page.getByLabel(lang === 'zh' ? '示例' : 'Example').selectOption('familyRestaurant');
      await page.getByRole('button', { name: lang === 'zh' ? '载入示例' : 'Load example' }).click();
      await expect.poll(() => style(page)).toBe('zoo');
      await expect.poll(() => page.getAttribute('.ss-other', 'lang')).toBe(lang === 'zh' ? 'en' : 'zh-CN');
      await expect.poll(() => page.textContent('.ss-other')).toBe(lang === 'zh' ? 'The friendly zoo' : '友善动物园型');
      await expectAxeClean(page);
      await context.close();
    }
  });

  it('fits a phone screen with touch-sized rating boxes', async () => {
    const { context, page, errors } = await openTool(browser, 'zh', KIND, { width: 375 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = (await item(page, 'tone').locator('.ss-option').first().boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(40);
    expect(box.height).toBeGreaterThanOrEqual(40);
    await item(page, 'tone').locator('.ss-option').nth(3).tap();
    await expect.poll(() => item(page, 'tone').getAttribute('data-rating')).toBe('4');
    expect(errors).toEqual([]);
    await context.close();
  });
});
