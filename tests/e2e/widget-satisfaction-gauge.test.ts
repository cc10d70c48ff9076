/** Satisfaction gauge: sliders per moment, S per moment and overall, the snowball toggle, persistence. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { copiedMarkdown, expectNoAxeViolations, openTool, reload } from './widget-kit.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const W = '[data-widget="satisfaction-gauge"]';
const moment = (i: number) => `${W} [data-moment="${i}"]`;

describe('satisfaction gauge', () => {
  it('computes S per moment and overall, with and without the snowball', async () => {
    const { context, page, errors } = await openTool(browser, 'en', 'satisfaction-gauge');
    await expectNoAxeViolations(page);
    expect(await page.textContent(`${moment(0)} .ssg-score`)).toContain('S = 4 − 7 = −3');
    expect(await page.textContent(`${W} .ssg-total`)).toContain('S = −1.4');
    expect(await page.textContent(`${W} .ssg-total`)).toContain('Below expectations');
    expect(await page.textContent(`${W} .ssg-plain`)).toBe('Plain average: −0.3');
    expect(await page.textContent(`${W} .ssg-best`)).toContain('Best moment to improve: Welcome at the door');
    expect(await page.getAttribute(`${W} svg.sg-gauge`, 'aria-label')).toBe('Satisfaction gauge: overall S = −1.4, Below expectations: a dissatisfied customer');

    // A warmer welcome, by keyboard: perception 4 → 7.
    await page.focus(`${moment(0)} input[data-rating="p"]`);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.textContent(`${moment(0)} .ssg-score`)).toContain('S = 7 − 7 = 0');
    expect(await page.textContent(`${moment(1)} .ssg-felt`)).toContain('Coloured by the first impression: 0');
    await expect.poll(() => page.textContent(`${W} .ssg-total`)).toBe('S = +0.4 · Expectations just met');

    // Without the snowball the later moments stand on their own.
    await page.uncheck(`${W} input[type="checkbox"]`);
    await expect.poll(() => page.locator(`${W} .ssg-felt`).count()).toBe(0);
    expect(await page.textContent(`${W} .ssg-total`)).toContain('S = +0.5');

    const md = await copiedMarkdown(context, page, 'satisfaction-gauge');
    expect(md).toContain('| Welcome at the door | 7 | 7 | 0 | 0 |');

    await reload(page, 'satisfaction-gauge');
    expect(await page.textContent(`${moment(0)} .ssg-score`)).toContain('S = 7 − 7 = 0');
    expect(await page.isChecked(`${W} input[type="checkbox"]`)).toBe(false);

    await page.selectOption(`${W} select`, 'check-up');
    await expect.poll(() => page.locator(`${W} .ssg-moment`).count()).toBe(5);
    await page.click(`${W} button:has-text("Reset")`);
    await expect.poll(() => page.textContent(`${moment(0)} .ssg-score`)).toContain('S = 4 − 7 = −3');
    expect(await page.isChecked(`${W} input[type="checkbox"]`)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('falls back to the defaults on corrupt state; Chinese in the dark theme is axe clean', async () => {
    const { context, page, errors } = await openTool(browser, 'zh', 'satisfaction-gauge', { 'widget:satisfaction-gauge:v1:page-tool': '{"v":1,"data":"oops"}' }, 'dark');
    expect(await page.textContent(`${W} .widget-title`)).toBe('满意度仪表（S = P − E）');
    expect(await page.textContent(`${moment(0)} legend`)).toBe('进门迎客');
    expect(await page.textContent(`${W} .ssg-total`)).toContain('低于期望');
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
