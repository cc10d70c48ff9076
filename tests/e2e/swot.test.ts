/** SWOT builder: add, edit, reorder and delete by keyboard; TOWS pairing; examples; persistence. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { acceptDialogs, copiedMarkdown, expectAxeClean, expectSurvivesBadState, openTool, reload, storageKey } from './strategy-widgets.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const items = (page: import('playwright-core').Page, q: string) => page.$$eval(`.swot-q--${q} .swot-item textarea`, (els) => els.map((e) => (e as HTMLTextAreaElement).value));

describe('SWOT builder', () => {
  it('adds, edits, reorders and deletes items by keyboard, and keeps them after a reload', async () => {
    const { context, page, errors } = await openTool(browser, 'en', 'swot');
    const add = page.getByLabel('New strength');
    await add.fill('Central location');
    await add.press('Enter');
    await add.fill('Loyal staff');
    await add.press('Enter');
    await add.fill('Own restaurant');
    await add.press('Enter');
    await expect.poll(() => items(page, 's')).toEqual(['Central location', 'Loyal staff', 'Own restaurant']);
    await expect.poll(() => page.locator('.widget-body > [role=status]').textContent()).toBe('Added to Strengths.');

    // Move "Own restaurant" up twice with the keyboard: focus follows the item.
    await page.getByRole('button', { name: 'Move up: Own restaurant' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(() => items(page, 's')).toEqual(['Own restaurant', 'Central location', 'Loyal staff']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move down: Own restaurant');

    // Edit in place, then delete: focus lands on the next item.
    await page.getByLabel('Strengths 2').fill('Next to the metro');
    await page.getByRole('button', { name: 'Delete: Own restaurant' }).click();
    await expect.poll(() => items(page, 's')).toEqual(['Next to the metro', 'Loyal staff']);
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLTextAreaElement).value)).toBe('Next to the metro');

    await reload(page, 'swot');
    expect(await items(page, 's')).toEqual(['Next to the metro', 'Loyal staff']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('pairs an internal and an external factor into the right TOWS kind', async () => {
    const { context, page } = await openTool(browser, 'en', 'swot');
    for (const [label, text] of [['New weakness', 'Old rooms'], ['New opportunity', 'Trade fairs'], ['New threat', 'Home sharing']]) {
      await page.getByLabel(label).fill(text);
      await page.getByLabel(label).press('Enter');
    }
    await page.getByLabel('Internal factor (S or W)').selectOption({ label: 'Old rooms' });
    await page.getByLabel('External factor (O or T)').selectOption({ label: 'Trade fairs' });
    expect(await page.textContent('.tows-kind')).toContain('WO — use opportunities to overcome weaknesses');
    await page.getByLabel('Strategy', { exact: true }).fill('Refurbish the rooms fair guests book first');
    await page.getByRole('button', { name: 'Add strategy' }).click();
    expect(await page.inputValue('.tows-cell--wo textarea')).toBe('Refurbish the rooms fair guests book first');
    expect(await page.textContent('.tows-cell--wo .tows-pair')).toBe('Old rooms × Trade fairs');
    expect(await page.locator('.tows-cell--so textarea').count()).toBe(0);

    // Deleting the weakness takes its strategy with it.
    await page.getByRole('button', { name: 'Delete: Old rooms' }).click();
    expect(await page.locator('.tows-cell--wo textarea').count()).toBe(0);
    await context.close();
  });

  it('shows a worked example beside the board, loads it, exports it and resets', async () => {
    const { context, page } = await openTool(browser, 'en', 'swot');
    acceptDialogs(page);
    await page.getByLabel('Worked example').selectOption('fastfood');
    await page.getByRole('button', { name: 'Compare side by side' }).click();
    expect(await page.textContent('.swot-example-title')).toBe('Worked example: A fast-food chain');
    await page.getByRole('button', { name: 'Load into my board' }).click();
    expect((await items(page, 'w'))[1]).toBe('Long queues at peak times');
    expect(await page.locator('.tows-cell--wt textarea').count()).toBe(1);

    const md = await copiedMarkdown(page, 'Copy as Markdown');
    expect(md).toContain('## Weaknesses\n\n- The menu is seen as unhealthy');
    expect(md).toContain('- Mobile ordering and kiosks to shorten peak queues (Long queues at peak times × Self-order kiosks and mobile ordering are mature)');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
    expect(download.suggestedFilename()).toBe('swot.md');

    await page.getByRole('button', { name: 'Reset' }).click();
    expect(await page.locator('.swot-item').count()).toBe(0);
    await reload(page, 'swot');
    expect(await page.locator('.swot-item').count()).toBe(0);
    await context.close();
  });

  it('works in Chinese, and is axe clean in light and dark themes', async () => {
    const { context, page } = await openTool(browser, 'zh', 'swot');
    acceptDialogs(page);
    await page.getByRole('button', { name: '载入到我的分析' }).click();
    await page.getByRole('button', { name: '并排对照' }).click();
    expect(await page.textContent('.swot-q--s .swot-q-title')).toContain('优势');
    expect(await items(page, 'o')).toContain('会展和商务出行回升');
    await expectAxeClean(page);
    await context.close();
  });

  it('ignores corrupt saved state', async () => {
    await expectSurvivesBadState(browser, 'swot', async (page) => {
      expect(await page.locator('.swot-item').count()).toBe(0);
      expect(await page.evaluate((key) => localStorage.getItem(key), storageKey('swot'))).not.toBeNull();
    });
  });
});
