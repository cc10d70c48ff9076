/** Queue simulator: sliders by keyboard, another day, examples, Erlang C, Maister levers, persistence. */
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

const W = '[data-widget="queue"]';
const figure = (page: Page, label: string) => page.locator(`${W} .q-figures div:has(dt:text-is("${label}")) dd`).textContent();
const minutesOf = (text: string | null) => Number(/([\d.]+)/.exec(text ?? '')![1]);

describe('queue simulator', () => {
  it('simulates, compares with Erlang C, and shows the felt wait beside the real one', async () => {
    const { context, page, errors } = await openTool(browser, 'en', 'queue');
    await expectNoAxeViolations(page);
    // The bank example: λ = 40/h, 3 servers, 4 minutes: Erlang C gives 9.6 minutes.
    expect(await page.textContent(`${W} .q-theory`)).toContain('average wait 9.6 min, chance of waiting 80%, utilisation 89%');
    expect(Number(await figure(page, 'Customers'))).toBeGreaterThan(250);
    expect(await page.getAttribute(`${W} svg.q-chart`, 'role')).toBe('img');
    expect(await page.textContent(`${W} svg.q-chart desc`)).toMatch(/Queue length over time: at most \d+/);
    const firstDay = await figure(page, 'Average wait');

    // Another day: new random arrivals, same settings.
    await page.click(`${W} button:has-text("Simulate another day")`);
    await expect.poll(() => page.textContent(`${W} .q-day`)).toBe('Day 2');
    const secondDay = await figure(page, 'Average wait');
    expect(secondDay).not.toBe(firstDay);

    // One more server, by keyboard: waits fall.
    await page.focus(`${W} input[data-setting="servers"]`);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.textContent(`${W} .q-theory`)).toContain('average wait 1.1 min, chance of waiting 38%');
    expect(minutesOf(await figure(page, 'Average wait'))).toBeLessThan(minutesOf(secondDay));

    // Felt wait: each principle looked after brings it closer to the real wait.
    const bars = page.locator(`${W} .q-bar-row strong`);
    const real = minutesOf(await bars.nth(0).textContent());
    const feltBefore = minutesOf(await bars.nth(1).textContent());
    expect(feltBefore).toBeGreaterThan(real);
    await page.check(`${W} input[data-principle="occupied"]`);
    await page.check(`${W} input[data-principle="explained"]`);
    await expect.poll(async () => minutesOf(await bars.nth(1).textContent())).toBeLessThan(feltBefore);
    expect(minutesOf(await bars.nth(0).textContent())).toBe(real);

    const md = await copiedMarkdown(context, page, 'queue');
    expect(md).toContain('## Queue simulator · Day 2');
    expect(md).toContain('Servers 4');
    expect(md).toContain('Principles applied: Occupy the wait');

    const beforeReload = await figure(page, 'Average wait');
    await reload(page, 'queue');
    expect(await page.textContent(`${W} .q-day`)).toBe('Day 2');
    expect(await page.isChecked(`${W} input[data-principle="occupied"]`)).toBe(true);
    expect(await page.inputValue(`${W} input[data-setting="servers"]`)).toBe('4');
    // Same seed, same day: the simulation repeats exactly.
    expect(await figure(page, 'Average wait')).toBe(beforeReload);

    // Demand above capacity: no steady state.
    await page.click(`${W} button:has-text("Clinic registration")`);
    await expect.poll(() => page.inputValue(`${W} input[data-setting="servers"]`)).toBe('1');
    await page.focus(`${W} input[data-setting="arrivalsPerHour"]`);
    await page.keyboard.press('End');
    await expect.poll(() => page.textContent(`${W} .q-theory`)).toContain('Arrivals exceed capacity');
    expect(Number(await page.locator(`${W} .q-figures dd`).nth(4).textContent())).toBeGreaterThan(20);

    await page.click(`${W} button:has-text("Reset")`);
    await expect.poll(() => page.inputValue(`${W} input[data-setting="servers"]`)).toBe('3');
    expect(await page.isChecked(`${W} input[data-principle="occupied"]`)).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('repairs saved settings out of range and ignores garbage, in Chinese', async () => {
    const saved = JSON.stringify({ v: 1, data: { arrivalsPerHour: 9999, servers: -3, serviceMinutes: 'x', hours: 5, day: 3, applied: ['fair', 'magic'] } });
    const { context, page, errors } = await openTool(browser, 'zh', 'queue', { 'widget:queue:v1:page-tool': saved }, 'dark');
    expect(await page.inputValue(`${W} input[data-setting="arrivalsPerHour"]`)).toBe('200');
    expect(await page.inputValue(`${W} input[data-setting="servers"]`)).toBe('1');
    expect(await page.inputValue(`${W} input[data-setting="serviceMinutes"]`)).toBe('4');
    expect(await page.textContent(`${W} .q-day`)).toBe('第 3 天');
    expect(await page.isChecked(`${W} input[data-principle="fair"]`)).toBe(true);
    expect(await page.textContent(`${W} .q-theory`)).toContain('没有稳定状态');
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
