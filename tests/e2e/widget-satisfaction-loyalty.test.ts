/** Satisfaction–loyalty plot: market toggle, sliders and typed scores, mouse and touch drags, presets, persistence. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { BAD_STATES, copiedMarkdown, expectAxeClean, mouseDrag, openTool, reload, touchDrag } from './saved-widgets.ts';

const KIND = 'satisfaction-loyalty';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const row = (page: Page, n: number) => page.locator('.sl-row').nth(n - 1);
const typeOf = (page: Page, n: number) => row(page, n).getAttribute('data-type');
const status = (page: Page) => page.textContent(`[data-widget="${KIND}"] .widget-body > [role="status"]`);

/** Where a score pair sits on the page: the plot is a 440-unit square with the plane at 60…420 × 14…374. */
async function planeAt(page: Page, satisfaction: number, loyalty: number) {
  const box = (await page.locator('.sl-plot').boundingBox())!;
  return { x: box.x + ((60 + satisfaction * 3.6) / 440) * box.width, y: box.y + ((14 + 360 - loyalty * 3.6) / 440) * box.height };
}
/** How far a slider's value is from a target, read again until the widget has re-rendered. */
const offBy = (page: Page, n: number, name: 'Satisfaction' | 'Loyalty', target: number) => async () =>
  Math.abs(Number(await row(page, n).getByRole('slider', { name }).inputValue()) - target);
async function pointCentre(page: Page, n: number) {
  const box = (await page.locator('.sl-point .sl-dot').nth(n - 1).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('satisfaction–loyalty plot', () => {
  it('starts with one customer of each kind and swaps the curve with the market', async () => {
    const { context, page, errors } = await openTool(browser, 'en', KIND);
    await expect.poll(() => page.locator('.sl-row').count()).toBe(5);
    expect([await typeOf(page, 1), await typeOf(page, 2), await typeOf(page, 3), await typeOf(page, 4)]).toEqual(['apostle', 'mercenary', 'hostage', 'terrorist']);
    await expect.poll(() => page.getAttribute('[data-curve="competitive"]', 'class')).toContain('sl-curve--active');
    await expect.poll(() => page.textContent('.sl-market-help')).toContain('only from satisfaction 82');
    await expect.poll(() => page.textContent('.sl-flag-summary')).toContain('2 of these customers are satisfied but below 82');
    await expect.poll(() => page.getAttribute('.sl-plot', 'aria-label')).toContain('5 customers: 1 apostles, 2 mercenaries, 1 hostages, 1 terrorists.');

    await page.getByLabel('Non-competitive market').check();
    await expect.poll(() => page.getAttribute('[data-curve="noncompetitive"]', 'class')).toContain('sl-curve--active');
    await expect.poll(() => page.getAttribute('[data-curve="competitive"]', 'class')).toContain('sl-curve--other');
    await expect.poll(() => page.textContent('.sl-market-help')).toContain('unhappy customers stay, as hostages');
    // The print-shop student is held only by a lack of choice; at satisfaction 25 the curve predicts a hostage.
    await expect.poll(() => row(page, 3).textContent()).toContain('Typical in this market at satisfaction 25: loyalty 76 (Hostage).');
    await expect.poll(() => row(page, 3).locator('.sl-flag').textContent()).toContain('Held by a lack of choice');
    await expect.poll(() => page.textContent('.sl-flag-summary')).toContain('If this market became competitive, 1 of these customers would probably leave: Student at the only print shop on campus.');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('places customers by keyboard: slider keys and typed scores, and keeps them after a reload', async () => {
    const { context, page, errors } = await openTool(browser, 'en', KIND);
    const slider = row(page, 2).getByRole('slider', { name: 'Satisfaction' });
    await slider.focus();
    // Focus in a row selects that customer, and its point on the plot.
    await expect.poll(() => page.getAttribute('[data-customer="c2"]', 'class')).toContain('is-selected');
    await expect.poll(() => page.getAttribute('[data-point="c2"]', 'class')).toContain('is-selected');
    await page.keyboard.press('Home');
    await expect.poll(() => slider.inputValue()).toBe('0');
    await expect.poll(() => typeOf(page, 2)).toBe('terrorist');
    await expect.poll(() => status(page)).toBe('Delivery-app user chasing coupons is now among the Terrorists.');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slider.inputValue()).toBe('1');

    const loyalty = row(page, 2).getByRole('spinbutton', { name: 'Loyalty score' });
    await loyalty.fill('85');
    await expect.poll(() => row(page, 2).getByRole('slider', { name: 'Loyalty' }).inputValue()).toBe('85');
    await expect.poll(() => typeOf(page, 2)).toBe('hostage');
    await expect.poll(() => page.getAttribute('[data-point="c2"]', 'class')).toContain('sl-point--hostage');
    // Out-of-range typing is clamped.
    await loyalty.fill('250');
    await expect.poll(() => row(page, 2).getByRole('slider', { name: 'Loyalty' }).inputValue()).toBe('100');

    // The market toggle is a radio group: arrow keys move between the two markets.
    await page.getByLabel('Highly competitive market').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByLabel('Non-competitive market').isChecked()).toBe(true);

    await row(page, 1).getByLabel('Name').fill('Ana');
    await reload(page, KIND);
    await expect.poll(() => page.getByLabel('Non-competitive market').isChecked()).toBe(true);
    await expect.poll(() => row(page, 2).getByRole('slider', { name: 'Satisfaction' }).inputValue()).toBe('1');
    await expect.poll(() => row(page, 2).getByRole('slider', { name: 'Loyalty' }).inputValue()).toBe('100');
    await expect.poll(() => row(page, 1).getByLabel('Name').inputValue()).toBe('Ana');
    await expect.poll(() => row(page, 1).locator('legend').textContent()).toContain('Ana');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('drags points with the mouse and with a finger, and moves the selected customer with a tap on the plane', async () => {
    const { context, page, errors } = await openTool(browser, 'en', KIND);
    await page.locator('.sl-plot').scrollIntoViewIfNeeded();
    // Mouse: the bank leaver (terrorist) to satisfaction 90, loyalty 80.
    await mouseDrag(page, await pointCentre(page, 4), await planeAt(page, 90, 80));
    await expect.poll(offBy(page, 4, 'Satisfaction', 90)).toBeLessThanOrEqual(2);
    await expect.poll(offBy(page, 4, 'Loyalty', 80)).toBeLessThanOrEqual(2);
    await expect.poll(() => typeOf(page, 4)).toBe('apostle');
    await expect.poll(() => page.getAttribute('[data-customer="c4"]', 'class')).toContain('is-selected');

    // Finger: the print-shop student (hostage) to satisfaction 70, loyalty 20.
    await touchDrag(page, await pointCentre(page, 3), await planeAt(page, 70, 20));
    await expect.poll(() => typeOf(page, 3)).toBe('mercenary');
    await expect.poll(offBy(page, 3, 'Satisfaction', 70)).toBeLessThanOrEqual(2);
    await expect.poll(offBy(page, 3, 'Loyalty', 20)).toBeLessThanOrEqual(2);

    // Dragging past the edge stops at the edge.
    await mouseDrag(page, await pointCentre(page, 3), { x: (await planeAt(page, 120, 0)).x, y: (await planeAt(page, 0, -20)).y });
    await expect.poll(() => row(page, 3).getByRole('slider', { name: 'Satisfaction' }).inputValue()).toBe('100');
    await expect.poll(() => row(page, 3).getByRole('slider', { name: 'Loyalty' }).inputValue()).toBe('0');

    // A tap on empty plane moves the selected customer (the one last dragged) there.
    const target = await planeAt(page, 20, 30);
    await page.mouse.click(target.x, target.y);
    await expect.poll(offBy(page, 3, 'Satisfaction', 20)).toBeLessThanOrEqual(2);
    await expect.poll(() => typeOf(page, 3)).toBe('terrorist');

    await reload(page, KIND);
    await expect.poll(() => typeOf(page, 4)).toBe('apostle');
    await expect.poll(() => typeOf(page, 3)).toBe('terrorist');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds, names and removes customers, loads the airline examples, and copies a table', async () => {
    const { context, page, errors } = await openTool(browser, 'en', KIND);
    await page.getByRole('button', { name: 'Add a customer' }).click();
    await expect.poll(() => page.locator('.sl-row').count()).toBe(6);
    await expect.poll(() => status(page)).toBe('Customer 6 added at the centre of the plot.');
    await expect.poll(() => row(page, 6).getByRole('slider', { name: 'Satisfaction' }).inputValue()).toBe('50');
    await row(page, 6).getByLabel('Name').fill('Ming');
    await page.getByRole('button', { name: 'Add a customer' }).click();
    await page.getByRole('button', { name: 'Add a customer' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Add a customer' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Remove Ming' }).click();
    await expect.poll(() => page.locator('.sl-row').count()).toBe(7);
    await expect.poll(() => status(page)).toBe('Ming removed.');

    await page.getByLabel('Example').selectOption('airlineBefore');
    await page.getByRole('button', { name: 'Load example' }).click();
    await expect.poll(() => page.locator('.sl-row').count()).toBe(4);
    await expect.poll(() => page.getByLabel('Non-competitive market').isChecked()).toBe(true);
    await expect.poll(() => page.textContent('.sl-flag-summary')).toContain('3 of these customers would probably leave');
    await page.getByLabel('Example').selectOption('airlineAfter');
    await page.getByRole('button', { name: 'Load example' }).click();
    await expect.poll(() => page.getByLabel('Highly competitive market').isChecked()).toBe(true);
    await expect.poll(() => typeOf(page, 1)).toBe('terrorist');

    const md = await copiedMarkdown(page, KIND);
    expect(md).toContain('**Market**: Highly competitive market');
    expect(md).toContain('| Weekly commuter | 30 | 10 | Terrorist | Terrorist (5) |');
    expect(md).toContain('| Frequent flyer with elite status | 88 | 75 | Apostle | Apostle (74) |');

    await page.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => page.locator('.sl-row').count()).toBe(5);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('ignores corrupt saved state', async () => {
    for (const saved of BAD_STATES) {
      const { context, page, errors } = await openTool(browser, 'en', KIND, { saved });
      await expect.poll(() => page.locator('.sl-row').count(), saved).toBe(5);
      await expect.poll(() => page.getByLabel('Highly competitive market').isChecked()).toBe(true);
      expect(errors, saved).toEqual([]);
      await context.close();
    }
  });

  it('repairs saved state it can use: clamps scores, drops broken customers', async () => {
    const saved = JSON.stringify({ v: 1, data: { market: 'noncompetitive', customers: [{ id: 'c1', name: 'Kept', satisfaction: 400, loyalty: 20 }, { id: 'x', satisfaction: 1, loyalty: 1 }] } });
    const { context, page, errors } = await openTool(browser, 'en', KIND, { saved });
    await expect.poll(() => page.locator('.sl-row').count()).toBe(1);
    await expect.poll(() => row(page, 1).getByRole('slider', { name: 'Satisfaction' }).inputValue()).toBe('100');
    await expect.poll(() => page.getByLabel('Non-competitive market').isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is axe clean in both languages and themes, and marks the other language', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const { context, page } = await openTool(browser, lang, KIND);
      await expect.poll(() => page.getAttribute('[data-type-card="hostage"] .sl-other', 'lang')).toBe(lang === 'zh' ? 'en' : 'zh-CN');
      await expect.poll(() => page.textContent('[data-type-card="hostage"] .sl-other')).toBe(lang === 'zh' ? 'Hostage' : '囚禁者');
      await expectAxeClean(page);
      await context.close();
    }
  });

  it('fits a phone screen', async () => {
    const { context, page, errors } = await openTool(browser, 'zh', KIND, { width: 375 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByLabel('非竞争性领域').check();
    await expect.poll(() => page.textContent('.sl-market-help')).toContain('囚禁者');
    expect(errors).toEqual([]);
    await context.close();
  });
});
