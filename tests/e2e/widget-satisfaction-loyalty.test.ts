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
async function pointCentre(page: Page, n: number) {
  const box = (await page.locator('.sl-point .sl-dot').nth(n - 1).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('satisfaction–loyalty plot', () => {
  it('starts with one customer of each kind and swaps the curve with the market', async () => {
    const { context, page, errors } = await openTool(browser, 'en', KIND);
    expect(await page.locator('.sl-row').count()).toBe(5);
    expect([await typeOf(page, 1), await typeOf(page, 2), await typeOf(page, 3), await typeOf(page, 4)]).toEqual(['apostle', 'mercenary', 'hostage', 'terrorist']);
    expect(await page.getAttribute('[data-curve="competitive"]', 'class')).toContain('sl-curve--active');
    expect(await page.textContent('.sl-market-help')).toContain('only from satisfaction 82');
    expect(await page.textContent('.sl-flag-summary')).toContain('2 of these customers are satisfied but below 82');
    expect(await page.getAttribute('.sl-plot', 'aria-label')).toContain('5 customers: 1 apostles, 2 mercenaries, 1 hostages, 1 terrorists.');

    await page.getByLabel('Non-competitive market').check();
    expect(await page.getAttribute('[data-curve="noncompetitive"]', 'class')).toContain('sl-curve--active');
    expect(await page.getAttribute('[data-curve="competitive"]', 'class')).toContain('sl-curve--other');
    expect(await page.textContent('.sl-market-help')).toContain('unhappy customers stay, as hostages');
    // The print-shop student is held only by a lack of choice; at satisfaction 25 the curve predicts a hostage.
    expect(await row(page, 3).textContent()).toContain('Typical in this market at satisfaction 25: loyalty 76 (Hostage).');
    expect(await row(page, 3).locator('.sl-flag').textContent()).toContain('Held by a lack of choice');
    expect(await page.textContent('.sl-flag-summary')).toContain('If this market became competitive, 1 of these customers would probably leave: Student at the only print shop on campus.');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('places customers by keyboard: slider keys and typed scores, and keeps them after a reload', async () => {
    const { context, page, errors } = await openTool(browser, 'en', KIND);
    const slider = row(page, 2).getByRole('slider', { name: 'Satisfaction' });
    await slider.focus();
    await page.keyboard.press('Home');
    expect(await slider.inputValue()).toBe('0');
    expect(await typeOf(page, 2)).toBe('terrorist');
    expect(await status(page)).toBe('Delivery-app user chasing coupons is now among the Terrorists.');
    await page.keyboard.press('ArrowRight');
    expect(await slider.inputValue()).toBe('1');

    const loyalty = row(page, 2).getByRole('spinbutton', { name: 'Loyalty score' });
    await loyalty.fill('85');
    expect(await row(page, 2).getByRole('slider', { name: 'Loyalty' }).inputValue()).toBe('85');
    expect(await typeOf(page, 2)).toBe('hostage');
    expect(await page.getAttribute('[data-point="c2"]', 'class')).toContain('sl-point--hostage');
    // Out-of-range typing is clamped.
    await loyalty.fill('250');
    expect(await row(page, 2).getByRole('slider', { name: 'Loyalty' }).inputValue()).toBe('100');

    // The market toggle is a radio group: arrow keys move between the two markets.
    await page.getByLabel('Highly competitive market').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByLabel('Non-competitive market').isChecked()).toBe(true);

    await row(page, 1).getByLabel('Name').fill('Ana');
    await reload(page, KIND);
    expect(await page.getByLabel('Non-competitive market').isChecked()).toBe(true);
    expect(await row(page, 2).getByRole('slider', { name: 'Satisfaction' }).inputValue()).toBe('1');
    expect(await row(page, 2).getByRole('slider', { name: 'Loyalty' }).inputValue()).toBe('100');
    expect(await row(page, 1).getByLabel('Name').inputValue()).toBe('Ana');
    expect(await row(page, 1).locator('legend').textContent()).toContain('Ana');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('drags points with the mouse and with a finger, and moves the selected customer with a tap on the plane', async () => {
    const { context, page, errors } = await openTool(browser, 'en', KIND);
    await page.locator('.sl-plot').scrollIntoViewIfNeeded();
    // Mouse: the bank leaver (terrorist) to satisfaction 90, loyalty 80.
    await mouseDrag(page, await pointCentre(page, 4), await planeAt(page, 90, 80));
    const s4 = Number(await row(page, 4).getByRole('slider', { name: 'Satisfaction' }).inputValue());
    const l4 = Number(await row(page, 4).getByRole('slider', { name: 'Loyalty' }).inputValue());
    expect(Math.abs(s4 - 90)).toBeLessThanOrEqual(2);
    expect(Math.abs(l4 - 80)).toBeLessThanOrEqual(2);
    expect(await typeOf(page, 4)).toBe('apostle');
    expect(await page.getAttribute('[data-customer="c4"]', 'class')).toContain('is-selected');

    // Finger: the print-shop student (hostage) to satisfaction 70, loyalty 20.
    await touchDrag(page, await pointCentre(page, 3), await planeAt(page, 70, 20));
    expect(await typeOf(page, 3)).toBe('mercenary');
    const s3 = Number(await row(page, 3).getByRole('slider', { name: 'Satisfaction' }).inputValue());
    expect(Math.abs(s3 - 70)).toBeLessThanOrEqual(2);

    // Dragging past the edge stops at the edge.
    await mouseDrag(page, await pointCentre(page, 3), { x: (await planeAt(page, 120, 0)).x, y: (await planeAt(page, 0, -20)).y });
    expect(await row(page, 3).getByRole('slider', { name: 'Satisfaction' }).inputValue()).toBe('100');
    expect(await row(page, 3).getByRole('slider', { name: 'Loyalty' }).inputValue()).toBe('0');

    // A tap on empty plane moves the selected customer (the one last dragged) there.
    const target = await planeAt(page, 20, 30);
    await page.mouse.click(target.x, target.y);
    expect(Math.abs(Number(await row(page, 3).getByRole('slider', { name: 'Satisfaction' }).inputValue()) - 20)).toBeLessThanOrEqual(2);
    expect(await typeOf(page, 3)).toBe('terrorist');

    await reload(page, KIND);
    expect(await typeOf(page, 4)).toBe('apostle');
    expect(await typeOf(page, 3)).toBe('terrorist');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds, names and removes customers, loads the airline examples, and copies a table', async () => {
    const { context, page, errors } = await openTool(browser, 'en', KIND);
    await page.getByRole('button', { name: 'Add a customer' }).click();
    expect(await page.locator('.sl-row').count()).toBe(6);
    expect(await status(page)).toBe('Customer 6 added at the centre of the plot.');
    expect(await row(page, 6).getByRole('slider', { name: 'Satisfaction' }).inputValue()).toBe('50');
    await row(page, 6).getByLabel('Name').fill('Ming');
    await page.getByRole('button', { name: 'Add a customer' }).click();
    await page.getByRole('button', { name: 'Add a customer' }).click();
    expect(await page.getByRole('button', { name: 'Add a customer' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Remove Ming' }).click();
    expect(await page.locator('.sl-row').count()).toBe(7);
    expect(await status(page)).toBe('Ming removed.');

    await page.getByLabel('Example').selectOption('airlineBefore');
    await page.getByRole('button', { name: 'Load example' }).click();
    expect(await page.locator('.sl-row').count()).toBe(4);
    expect(await page.getByLabel('Non-competitive market').isChecked()).toBe(true);
    expect(await page.textContent('.sl-flag-summary')).toContain('3 of these customers would probably leave');
    await page.getByLabel('Example').selectOption('airlineAfter');
    await page.getByRole('button', { name: 'Load example' }).click();
    expect(await page.getByLabel('Highly competitive market').isChecked()).toBe(true);
    expect(await typeOf(page, 1)).toBe('terrorist');

    const md = await copiedMarkdown(page, KIND);
    expect(md).toContain('**Market**: Highly competitive market');
    expect(md).toContain('| Weekly commuter | 30 | 10 | Terrorist | Terrorist (5) |');
    expect(md).toContain('| Frequent flyer with elite status | 88 | 75 | Apostle | Apostle (74) |');

    await page.getByRole('button', { name: 'Reset' }).click();
    expect(await page.locator('.sl-row').count()).toBe(5);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('ignores corrupt saved state', async () => {
    for (const saved of BAD_STATES) {
      const { context, page, errors } = await openTool(browser, 'en', KIND, { saved });
      expect(await page.locator('.sl-row').count(), saved).toBe(5);
      expect(await page.getByLabel('Highly competitive market').isChecked()).toBe(true);
      expect(errors, saved).toEqual([]);
      await context.close();
    }
  });

  it('repairs saved state it can use: clamps scores, drops broken customers', async () => {
    const saved = JSON.stringify({ v: 1, data: { market: 'noncompetitive', customers: [{ id: 'c1', name: 'Kept', satisfaction: 400, loyalty: 20 }, { id: 'x', satisfaction: 1, loyalty: 1 }] } });
    const { context, page, errors } = await openTool(browser, 'en', KIND, { saved });
    expect(await page.locator('.sl-row').count()).toBe(1);
    expect(await row(page, 1).getByRole('slider', { name: 'Satisfaction' }).inputValue()).toBe('100');
    expect(await page.getByLabel('Non-competitive market').isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is axe clean in both languages and themes, and marks the other language', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const { context, page } = await openTool(browser, lang, KIND);
      expect(await page.getAttribute('[data-type-card="hostage"] .sl-other', 'lang')).toBe(lang === 'zh' ? 'en' : 'zh-CN');
      expect(await page.textContent('[data-type-card="hostage"] .sl-other')).toBe(lang === 'zh' ? 'Hostage' : '囚禁者');
      await expectAxeClean(page);
      await context.close();
    }
  });

  it('fits a phone screen', async () => {
    const { context, page, errors } = await openTool(browser, 'zh', KIND, { width: 375 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByLabel('非竞争性领域').check();
    expect(await page.textContent('.sl-market-help')).toContain('囚禁者');
    expect(errors).toEqual([]);
    await context.close();
  });
});
