/** Service recovery scenario: choices by click and keyboard, the meter, the debrief, undo, persistence. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { copiedMarkdown, expectNoAxeViolations, openTool, reload } from './widget-kit.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const W = '[data-widget="recovery-scenario"]';
const meter = (page: Page) => page.getAttribute(`${W} [role="meter"]`, 'aria-valuenow');
const choose = async (page: Page, text: string) => {
  const steps = await page.locator(`${W} .rs-step`).count();
  await page.click(`${W} .rs-option:has-text("${text}")`);
  await expect.poll(() => page.locator(`${W} .rs-step`).count()).toBe(steps + 1);
};

describe('service recovery scenario', () => {
  it('plays the overbooked hotel with all five strategies and debriefs', async () => {
    const { context, page, errors } = await openTool(browser, 'en', 'recovery-scenario');
    await expectNoAxeViolations(page);
    expect(await page.textContent(`${W} .rs-title`)).toBe('The overbooked hotel');
    expect(await meter(page)).toBe('40');

    await choose(page, 'call a comparable hotel nearby');
    expect(await meter(page)).toBe('50');
    expect(await page.textContent(`${W} .rs-step .rs-tag`)).toBe('Track and anticipate recovery opportunities');
    // The new situation takes the focus; the keyboard carries on from there.
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('rs-current'))).toBe(true);
    expect(await page.textContent(`${W} [aria-live="polite"].visually-hidden`)).toBe('Track and anticipate recovery opportunities; satisfaction +10, now 50.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => meter(page)).toBe('65');

    await choose(page, 'Sort it within minutes');
    await choose(page, 'within her preset allowance');
    await expectNoAxeViolations(page);
    await choose(page, 'Log the incident');
    expect(await meter(page)).toBe('95');
    expect(await page.textContent(`${W} .rs-ending`)).toBe('A good ending');
    const used = await page.locator(`${W} .rs-used li`).allTextContents();
    expect(used).toHaveLength(5);
    expect(await page.textContent(`${W} .rs-missed`)).toBe('None');
    expect(await page.textContent(`${W} .rs-mistakes`)).toBe('None');
    expect(await page.getAttribute(`${W} .rs-used li[data-strategy="empower-front-line"] a`, 'href')).toBe('/en/lessons/service-recovery/#empower-front-line');
    expect(await page.locator(`${W} .rs-option`).count()).toBe(0);
    await expectNoAxeViolations(page);

    const md = await copiedMarkdown(context, page, 'recovery-scenario');
    expect(md).toContain('## The overbooked hotel');
    expect(md).toContain("Mr Li's satisfaction: 40 → 95");
    expect(md).toContain('### Strategies you missed\n- None');

    await reload(page, 'recovery-scenario');
    expect(await meter(page)).toBe('95');
    await page.click(`${W} button:has-text("Undo last choice")`);
    await expect.poll(() => page.locator(`${W} .rs-option`).count()).toBe(3);
    expect(await page.locator(`${W} .rs-debrief`).count()).toBe(0);
    await page.click(`${W} button:has-text("Start again")`);
    await expect.poll(() => meter(page)).toBe('40');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps each case apart, and a path of mistakes shows what was missed', async () => {
    const { context, page, errors } = await openTool(browser, 'en', 'recovery-scenario');
    await choose(page, 'Leave it');
    await page.selectOption(`${W} select`, 'delayed-flight');
    await expect.poll(() => page.textContent(`${W} .rs-title`)).toBe('The delayed flight');
    expect(await meter(page)).toBe('45');
    await choose(page, 'the fault may be fixed');
    await choose(page, 'operational reasons');
    await choose(page, "phone the airline's service centre");
    await choose(page, 'note a breach of procedure');
    await choose(page, 'standard apology e-mail');
    expect(await meter(page)).toBe('0');
    expect(await page.textContent(`${W} .rs-ending`)).toBe('A mixed ending');
    expect(await page.textContent(`${W} .rs-used`)).toBe('None');
    expect(await page.locator(`${W} .rs-missed li`).count()).toBe(5);
    expect(await page.locator(`${W} .rs-mistakes li`).count()).toBe(5);
    expect(await page.textContent(`${W} .rs-mistakes`)).toContain('Staff must never be punished for recovering');

    await page.selectOption(`${W} select`, 'overbooked-hotel');
    await expect.poll(() => page.locator(`${W} .rs-step`).count()).toBe(1);
    expect(await meter(page)).toBe('40');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('survives corrupt saved state and plays in Chinese, dark theme', async () => {
    const saved = JSON.stringify({ v: 1, data: { scenarioId: 'overbooked-hotel', paths: { 'overbooked-hotel': [0, 9, 9] } } });
    const { context, page, errors } = await openTool(browser, 'zh', 'recovery-scenario', { 'widget:recovery-scenario:v1:page-tool': saved }, 'dark');
    // The path is cut where it stops fitting: only the first choice survives.
    expect(await page.locator(`${W} .rs-step`).count()).toBe(1);
    expect(await page.textContent(`${W} .rs-title`)).toBe('超额预订的酒店');
    await choose(page, '承认是酒店的问题');
    expect(await page.textContent(`${W} .rs-step:last-child .rs-tag`)).toBe('重视顾客的问题');
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
