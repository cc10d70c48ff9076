/** Service blueprint builder: lanes by keyboard, click and drag; fail and waiting points; model comparison. */
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

const W = '[data-widget="blueprint"]';
const row = (page: Page, item: string) => page.locator(`${W} [data-item="${item}"]`);
const laneOf = (page: Page, item: string) => row(page, item).locator('[aria-checked="true"]').getAttribute('data-place');

describe('service blueprint builder', () => {
  it('builds the check-up blueprint, marks points and compares with the model', async () => {
    const { context, page, errors } = await openTool(browser, 'en', 'blueprint');
    expect(await page.inputValue(`${W} select`)).toBe('check-up');
    expect(await row(page, 'call').textContent()).toContain('1. Phone the centre');
    expect(await page.locator(`${W} .bp-legend`).textContent()).toContain('Line of visibility');
    await expectNoAxeViolations(page);

    await row(page, 'call').locator('[aria-checked="true"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => laneOf(page, 'call')).toBe('customer');
    await row(page, 'take-call').locator('[data-place="onstage"]').click();
    await expect.poll(() => laneOf(page, 'take-call')).toBe('onstage');
    await mouseDrag(page, row(page, 'lab').locator('.sg-card'), row(page, 'lab').locator('[data-place="support"]'));
    await expect.poll(() => laneOf(page, 'lab')).toBe('support');
    await touchDrag(page, row(page, 'desk').locator('.sg-card'), row(page, 'desk').locator('[data-place="onstage"]'));
    await expect.poll(() => laneOf(page, 'desk')).toBe('onstage');

    await row(page, 'lab').locator('.bp-point--fail').click();
    await row(page, 'waiting-room').locator('.bp-point--wait').click();
    await row(page, 'call').locator('.bp-point--wait').click();
    await expect.poll(() => row(page, 'lab').locator('.bp-point--fail').getAttribute('aria-pressed')).toBe('true');

    await page.click(`${W} button:has-text("Compare with the model")`);
    const score = page.locator(`${W} .bp-score`);
    await expect.poll(() => score.textContent()).toContain('Lanes: 3 of 17 steps in the right lane.');
    expect(await score.textContent()).toContain('Fail points: 1 of 5 found, 0 extra.');
    expect(await score.textContent()).toContain('Waiting points: 1 of 5 found, 1 extra.');
    // The phone call is backstage: heard, not seen.
    expect(await row(page, 'take-call').locator('.sg-mark').textContent()).toContain('wrong');
    expect(await row(page, 'take-call').locator('.sg-note').textContent()).toContain('Model lane: Backstage contact (invisible).');
    expect(await row(page, 'take-call').locator('[data-place="backstage"]').getAttribute('class')).toContain('is-answer');
    expect(await row(page, 'park').locator('.bp-point--fail').getAttribute('class')).toContain('is-model');
    await expectNoAxeViolations(page);

    const md = await copiedMarkdown(context, page, 'blueprint');
    expect(md).toContain('## Service blueprint builder: Medical check-up');
    expect(md).toContain('| 12 | The laboratory analyses the samples | Support processes; ⚠ Fail point | Support processes; ⚠ Fail point |');

    await reload(page, 'blueprint');
    await expect.poll(() => laneOf(page, 'lab')).toBe('support');
    expect(await row(page, 'waiting-room').locator('.bp-point--wait').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator(`${W} .bp-score`).count()).toBe(1);

    // Changing anything hides the comparison until asked again.
    await row(page, 'park').locator('[data-place="customer"]').click();
    await expect.poll(() => page.locator(`${W} .bp-score`).count()).toBe(0);

    await page.selectOption(`${W} select`, 'hotel');
    await expect.poll(() => row(page, 'arrive').count()).toBe(1);
    await page.click(`${W} button:has-text("Reset")`);
    await expect.poll(() => page.inputValue(`${W} select`)).toBe('check-up');
    await expect.poll(() => laneOf(page, 'lab')).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('survives corrupt saved state and works in Chinese, in the dark theme', async () => {
    const { context, page, errors } = await openTool(browser, 'zh', 'blueprint', { 'widget:blueprint:v1:page-tool': '[[[' }, 'dark');
    expect(await page.textContent(`${W} .widget-title`)).toBe('服务蓝图构建器');
    expect(await page.locator(`${W} .sg-head`).textContent()).toContain('后台接触（不可见）');
    await row(page, 'arrive').count();
    await page.selectOption(`${W} select`, 'hotel');
    await row(page, 'bags-up').locator('[data-place="backstage"]').click();
    await page.click(`${W} button:has-text("与参考蓝图对照")`);
    await expect.poll(() => page.textContent(`${W} .bp-score`)).toContain('泳道：1 / 15 步放对。');
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
