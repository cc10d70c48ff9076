/** Service mix sorter on its tool page: keyboard, click, mouse and touch drag, checking, persistence. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser } from './browser.ts';
import { copiedMarkdown, expectNoAxeViolations, mouseDrag, openTool, reload, touchDrag } from './widget-kit.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const W = '[data-widget="service-mix"]';
const row = (page: Page, item: string) => page.locator(`${W} [data-item="${item}"]`);
const placeOf = (page: Page, item: string) => row(page, item).locator('[aria-checked="true"]').getAttribute('data-place');

describe('service mix sorter', () => {
  it('sorts by keyboard, click, mouse drag and touch drag, then grades with reasons', async () => {
    const { context, page, errors } = await openTool(browser, 'en', 'service-mix');
    await expectNoAxeViolations(page);

    // Keyboard: the row is a radio group; arrows move the card along the places.
    await row(page, 'room').locator('[aria-checked="true"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => placeOf(page, 'room')).toBe('core');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-place'))).toBe('core');
    await page.keyboard.press('End');
    await expect.poll(() => placeOf(page, 'room')).toBe('supporting');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => placeOf(page, 'room')).toBe('facilitating');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => placeOf(page, 'room')).toBe('core');

    // Keys pressed faster than the page re-renders still count, one place each.
    await row(page, 'maps').locator('[aria-checked="true"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => placeOf(page, 'maps')).toBe('facilitating');
    await page.keyboard.press('Home');
    await expect.poll(() => placeOf(page, 'maps')).toBe('');

    // Click a place.
    await row(page, 'booking').locator('[data-place="facilitating"]').click();
    await expect.poll(() => placeOf(page, 'booking')).toBe('facilitating');

    // Drag with the mouse, and with a finger.
    await mouseDrag(page, row(page, 'toiletries').locator('.sg-card'), row(page, 'toiletries').locator('[data-place="supporting"]'));
    await expect.poll(() => placeOf(page, 'toiletries')).toBe('supporting');
    await touchDrag(page, row(page, 'gym').locator('.sg-card'), row(page, 'gym').locator('[data-place="core"]'));
    await expect.poll(() => placeOf(page, 'gym')).toBe('core');

    await page.click(`${W} button:has-text("Check answers")`);
    await expect.poll(() => page.textContent(`${W} .mix-score`)).toContain('3 of 9 right.');
    expect(await page.textContent(`${W} .mix-score`)).toContain('5 not sorted yet.');
    expect(await row(page, 'gym').locator('.sg-mark').textContent()).toContain('wrong');
    expect(await row(page, 'gym').locator('.sg-note').textContent()).toContain('Supporting service');
    expect(await row(page, 'room').locator('.sg-mark').textContent()).toContain('right');
    await expectNoAxeViolations(page);

    const md = await copiedMarkdown(context, page, 'service-mix');
    expect(md).toContain('## Service mix sorter: Hotel');
    expect(md).toContain('| Fitness room and pool | Core service ✗ | Supporting service:');

    // Saved per instance: a reload keeps the work.
    await reload(page, 'service-mix');
    await expect.poll(() => placeOf(page, 'gym')).toBe('core');
    expect(await page.textContent(`${W} .mix-score`)).toContain('3 of 9 right.');

    // Another case keeps its own placement; reset clears everything.
    await page.selectOption(`${W} select`, 'airline');
    expect(await row(page, 'transport').count()).toBe(1);
    await expect.poll(() => placeOf(page, 'transport')).toBe('');
    await page.click(`${W} button:has-text("Reset")`);
    expect(await page.inputValue(`${W} select`)).toBe('hotel');
    await expect.poll(() => placeOf(page, 'gym')).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts from the defaults when the saved state is corrupt, in Chinese, dark theme', async () => {
    const { context, page, errors } = await openTool(browser, 'zh', 'service-mix', { 'widget:service-mix:v1:page-tool': '{"v":1,"data":{"caseId":42,"placements":"x"' }, 'dark');
    expect(await page.textContent(`${W} .widget-title`)).toBe('服务组合分类器');
    await expect.poll(() => placeOf(page, 'room')).toBe('');
    await row(page, 'room').locator('[data-place="core"]').click();
    await expect.poll(() => placeOf(page, 'room')).toBe('core');
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps tampered but partly valid state, dropping unknown items and places', async () => {
    const saved = JSON.stringify({ v: 1, data: { caseId: 'hospital', placements: { hospital: { diagnosis: 'core', cafe: 'nowhere', ghost: 'core' } }, checked: 'yes' } });
    const { context, page, errors } = await openTool(browser, 'en', 'service-mix', { 'widget:service-mix:v1:page-tool': saved });
    expect(await page.inputValue(`${W} select`)).toBe('hospital');
    await expect.poll(() => placeOf(page, 'diagnosis')).toBe('core');
    await expect.poll(() => placeOf(page, 'cafe')).toBe('');
    expect(await page.locator(`${W} .sg-mark.is-right`).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a short note in its place when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseUrl() });
    const page = await context.newPage();
    await page.goto('/en/tools/service-mix/');
    expect(await page.isVisible('.widget--pending .widget-nojs')).toBe(true);
    expect(await page.textContent('.widget--pending .widget-nojs')).toBe('This interactive tool needs JavaScript.');
    await context.close();
  });
});
