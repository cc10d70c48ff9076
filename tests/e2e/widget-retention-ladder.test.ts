/** Retention ladder: tactics onto bonds by keyboard, click and drag; copy difficulty; checking; persistence. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { copiedMarkdown, expectNoAxeViolations, mouseDrag, openTool, reload, touchDrag } from './widget-kit.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const W = '[data-widget="retention-ladder"]';
const row = (page: Page, item: string) => page.locator(`${W} [data-item="${item}"]`);
const bondOf = (page: Page, item: string) => row(page, item).locator('[aria-checked="true"]').getAttribute('data-place');
const count = (page: Page, bond: string) => page.textContent(`${W} .rl-rung[data-bond="${bond}"] .rl-count`);

describe('retention ladder', () => {
  it('places tactics, shows how hard each is to copy, and grades them', async () => {
    const { context, page, errors } = await openTool(browser, 'en', 'retention-ladder');
    await expectNoAxeViolations(page);
    expect(await page.textContent(`${W} .rl-rung[data-bond="structural"]`)).toContain('hardest to copy');

    await row(page, 'shared-it').locator('[aria-checked="true"]').focus();
    await page.keyboard.press('End');
    await expect.poll(() => bondOf(page, 'shared-it')).toBe('structural');
    expect(await row(page, 'shared-it').locator('.rl-meter .is-on').count()).toBe(4);
    expect(await row(page, 'shared-it').locator('.rl-meter').textContent()).toContain('How hard to copy: hardest to copy');

    await row(page, 'volume-discount').locator('[data-place="social"]').click();
    await mouseDrag(page, row(page, 'account-manager').locator('.sg-card'), row(page, 'account-manager').locator('[data-place="social"]'));
    await touchDrag(page, row(page, 'mass-customisation').locator('.sg-card'), row(page, 'mass-customisation').locator('[data-place="customisation"]'));
    await expect.poll(() => bondOf(page, 'mass-customisation')).toBe('customisation');
    await expect.poll(() => count(page, 'social')).toBe('2 placed by you');

    await page.click(`${W} button:has-text("Check answers")`);
    await expect.poll(() => page.textContent(`${W} .rl-score`)).toContain('3 of 13 right.');
    expect(await row(page, 'volume-discount').locator('.sg-note').textContent()).toContain('Financial bonds: It keeps customers with price');
    expect(await row(page, 'volume-discount').locator('[data-place="financial"]').getAttribute('class')).toContain('is-answer');
    await expectNoAxeViolations(page);

    const md = await copiedMarkdown(context, page, 'retention-ladder');
    expect(md).toContain('| A discount for buying in volume | Social bonds ✗ | Financial bonds (easy to copy):');

    await reload(page, 'retention-ladder');
    await expect.poll(() => bondOf(page, 'shared-it')).toBe('structural');
    expect(await count(page, 'social')).toBe('2 placed by you');
    await page.click(`${W} button:has-text("Reset")`);
    await expect.poll(() => bondOf(page, 'shared-it')).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('ignores corrupt saved state, in Chinese', async () => {
    const { context, page, errors } = await openTool(browser, 'zh', 'retention-ladder', { 'widget:retention-ladder:v1:page-tool': 'not json at all' }, 'dark');
    expect(await page.textContent(`${W} .rl-rung[data-bond="financial"]`)).toContain('财务联系');
    expect(await count(page, 'financial')).toBe('你放了 0 项');
    await row(page, 'loyalty-points').locator('[data-place="financial"]').click();
    await expect.poll(() => count(page, 'financial')).toBe('你放了 1 项');
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
