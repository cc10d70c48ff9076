/** The audience deck's views and tools: overview, key help, fullscreen, blank screen, laser and pen. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { DECK, DECK_ZH, openDeck, press, slidesOf, where } from './deck-helpers.ts';
import { helpRows } from '../../src/lib/deck-keys.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('overview and help', () => {
  it('O shows every slide; arrows and Enter pick one; Esc toggles it', async () => {
    const { context, page, errors } = await newPage(browser);
    await openDeck(page, DECK);
    const slides = await slidesOf(page);
    await press(page, 'ArrowRight');
    await press(page, 'o');
    const dialog = page.locator('[data-overview-dialog]');
    expect(await dialog.isVisible()).toBe(true);
    expect(await page.locator('[data-overview-dialog] [data-goto]').count()).toBe(slides.length);
    expect(await page.locator('[data-overview-dialog] .thumb .slide').count()).toBe(slides.length);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-current'))).toBe(
      'true',
    );
    // Copies of slides carry no ids: every id on the page stays unique.
    expect(
      await page.evaluate(() => {
        const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
        return ids.length - new Set(ids).size;
      }),
    ).toBe(0);
    await press(page, 'ArrowRight', 'ArrowRight', 'Enter');
    expect(await dialog.isVisible()).toBe(false);
    expect((await where(page)).slide).toBe(slides[3].id);

    await press(page, 'Escape');
    expect(await dialog.isVisible()).toBe(true);
    await press(page, 'Escape');
    expect(await dialog.isVisible()).toBe(false);
    expect((await where(page)).slide).toBe(slides[3].id);
    await page.click('[data-command="overview"]');
    await page.click(`[data-overview-dialog] [data-goto="0"]`);
    expect((await where(page)).slide).toBe(slides[0].id);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('? (or H) lists every key in the page language, and Esc closes it', async () => {
    for (const [url, word, key] of [
      [DECK, 'Space', '?'],
      [DECK_ZH, '空格键', 'h'],
    ] as const) {
      const { context, page } = await newPage(browser);
      await openDeck(page, url);
      await page.click('[data-command="next"]');
      await press(page, key);
      const help = page.locator('[data-help-dialog]');
      expect(await help.isVisible()).toBe(true);
      expect(await help.locator('[data-help-command]').count()).toBe(helpRows('deck').length);
      expect(await help.textContent()).toContain(word);
      // Keys other than closing ones do nothing behind the dialog.
      const before = await where(page);
      await press(page, 'End');
      expect(await where(page)).toEqual(before);
      await press(page, 'Escape');
      expect(await help.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-command'))).toBe(
        'next',
      );
      await context.close();
    }
  });
});

describe('screen tools', () => {
  it('F goes fullscreen; B and . blank the screen; a click brings it back', async () => {
    const { context, page, errors } = await newPage(browser);
    await openDeck(page, DECK);
    await press(page, 'f');
    await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
    expect(await page.getAttribute('[data-command="fullscreen"]', 'aria-pressed')).toBe('true');
    await press(page, 'f');
    await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);

    await press(page, 'b');
    expect(await page.locator('[data-blank]').isVisible()).toBe(true);
    await press(page, 'b');
    expect(await page.locator('[data-blank]').isVisible()).toBe(false);
    await press(page, '.');
    expect(await page.locator('[data-blank]').isVisible()).toBe(true);
    await page.mouse.click(640, 300);
    expect(await page.locator('[data-blank]').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('L shows a laser dot where the pointer is; D draws on the slide; C clears it', async () => {
    const { context, page, errors } = await newPage(browser);
    await openDeck(page, DECK);
    const box = (await page.locator('[data-canvas]').boundingBox())!;
    const at = (fx: number, fy: number) =>
      [box.x + box.width * fx, box.y + box.height * fy] as const;
    await press(page, 'l');
    expect(await page.getAttribute('[data-command="laser"]', 'aria-pressed')).toBe('true');
    await page.mouse.move(...at(0.5, 0.5));
    await page.mouse.move(...at(0.25, 0.5));
    expect(await page.getAttribute('[data-laser]', 'class')).toContain('is-on');
    expect(Number(await page.getAttribute('[data-laser]', 'cx'))).toBeCloseTo(320, -1);
    expect(Number(await page.getAttribute('[data-laser]', 'cy'))).toBeCloseTo(360, -1);

    await press(page, 'd');
    expect(await page.getAttribute('[data-command="laser"]', 'aria-pressed')).toBe('false');
    await page.mouse.move(...at(0.2, 0.2));
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(...at(0.2 + i * 0.05, 0.2 + i * 0.03));
    await page.mouse.up();
    expect(await page.locator('[data-strokes] path').count()).toBe(1);
    expect(await page.getAttribute('[data-strokes] path', 'd')).toMatch(/^M256 144(L\d+ \d+)+$/);
    // Drawings belong to their slide.
    await press(page, 'Escape', 'ArrowRight');
    expect(await page.locator('[data-strokes] path').count()).toBe(0);
    await press(page, 'ArrowLeft');
    expect(await page.locator('[data-strokes] path').count()).toBe(1);
    await press(page, 'c');
    expect(await page.locator('[data-strokes] path').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
