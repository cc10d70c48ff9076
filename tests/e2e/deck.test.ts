/** The audience deck: moving by keys, buttons, click zones and swipes; the URL; the language switch. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { DECK, DECK_ZH, openDeck, press, slidesOf, where } from './deck-helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('moving through the deck', () => {
  it('arrows, Space, Page keys, Home, End and number + Enter walk every slide and step', async () => {
    const { context, page, errors } = await newPage(browser);
    await openDeck(page, DECK);
    const slides = await slidesOf(page);
    const withSteps = slides.findIndex((s) => s.steps >= 3);
    expect(withSteps).toBeGreaterThan(0);
    const stepped = slides[withSteps];
    expect(await where(page)).toEqual({ hash: `#/${slides[0].id}`, slide: slides[0].id, shown: 0 });

    await press(page, ...Array(withSteps).fill('ArrowRight'));
    expect(await where(page)).toMatchObject({ hash: `#/${stepped.id}`, shown: 0 });
    expect(await page.textContent('[data-live]')).toContain(`${withSteps + 1}`);
    await press(page, 'PageDown');
    expect(await where(page)).toMatchObject({ hash: `#/${stepped.id}/1`, shown: 1 });
    const items = page.locator('.slide.is-current [data-fragment]');
    expect(await items.nth(0).isVisible()).toBe(true);
    expect(await items.nth(1).isVisible()).toBe(false);
    await press(page, ' ');
    expect(await where(page)).toMatchObject({ hash: `#/${stepped.id}/2`, shown: 2 });
    expect(await page.textContent('[data-live]')).toContain(
      (await items.nth(1).textContent())!.trim().slice(0, 20),
    );
    await press(page, 'Shift+Space');
    expect(await where(page)).toMatchObject({ hash: `#/${stepped.id}/1` });
    await press(page, 'PageUp', 'ArrowLeft');
    expect(await where(page)).toMatchObject({
      slide: slides[withSteps - 1].id,
      shown: slides[withSteps - 1].steps,
    });
    // Forward again past every step lands on the next slide with none shown.
    await press(page, ...Array(stepped.steps + 2).fill('ArrowRight'));
    expect(await where(page)).toMatchObject({ slide: slides[withSteps + 1].id, shown: 0 });
    await press(page, 'ArrowUp');
    expect(await where(page)).toMatchObject({ hash: `#/${stepped.id}`, shown: 0 });
    await press(page, 'ArrowDown');
    expect(await where(page)).toMatchObject({ slide: slides[withSteps + 1].id });

    await press(page, 'End');
    expect((await where(page)).slide).toBe(slides.at(-1)!.id);
    expect(await page.getAttribute('[data-command="next"]', 'aria-disabled')).toBe('true');
    await press(page, 'Home');
    expect((await where(page)).slide).toBe(slides[0].id);
    expect(await page.getAttribute('[data-command="prev"]', 'aria-disabled')).toBe('true');

    await press(page, ...String(slides.length).split(''));
    expect(await page.textContent('[data-jump]')).toContain(String(slides.length));
    await press(page, 'Enter');
    expect((await where(page)).slide).toBe(slides.at(-1)!.id);
    expect(await page.textContent('[data-jump]')).toBe('');
    await press(page, '2', 'Enter');
    expect((await where(page)).slide).toBe(slides[1].id);
    await press(page, '9', '9', 'Enter');
    expect((await where(page)).slide).toBe(slides[1].id);
    expect(await page.textContent('[data-counter]')).toBe(`2 / ${slides.length}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the toolbar buttons and the edge click zones move too', async () => {
    const { context, page } = await newPage(browser);
    await openDeck(page, DECK);
    const slides = await slidesOf(page);
    await page.click('[data-command="next"]');
    expect((await where(page)).slide).toBe(slides[1].id);
    await page.click('[data-zone="next"]');
    expect((await where(page)).slide).toBe(slides[2].id);
    await page.click('[data-zone="prev"]');
    await page.click('[data-command="prev"]');
    expect((await where(page)).slide).toBe(slides[0].id);
    await context.close();
  });

  it('a horizontal swipe on a touch screen turns the slide', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      baseURL: (await import('./browser.ts')).baseUrl(),
    });
    const page = await context.newPage();
    await openDeck(page, DECK);
    const slides = await slidesOf(page);
    const frame = (await page.locator('[data-frame]').boundingBox())!;
    expect(frame.width).toBeLessThanOrEqual(390);
    expect(Math.round((frame.width / frame.height) * 9)).toBe(16);
    const cdp = await context.newCDPSession(page);
    const swipe = async (from: number, to: number) => {
      const y = frame.y + frame.height / 2;
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchStart',
        touchPoints: [{ x: from, y }],
      });
      for (let i = 1; i <= 5; i++)
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [{ x: from + ((to - from) * i) / 5, y }],
        });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await swipe(300, 80);
    await expect.poll(async () => (await where(page)).slide).toBe(slides[1].id);
    await swipe(80, 300);
    await expect.poll(async () => (await where(page)).slide).toBe(slides[0].id);
    await swipe(200, 190);
    expect((await where(page)).slide).toBe(slides[0].id);
    await context.close();
  });
});

describe('the URL names the slide and step', () => {
  it('deep links, reload, Back and Forward land on the same slide and step', async () => {
    const { context, page, errors } = await newPage(browser);
    await openDeck(page, DECK);
    const slides = await slidesOf(page);
    const stepped = slides.find((s) => s.steps >= 3)!;
    await openDeck(page, `${DECK}#/${stepped.id}/2`);
    expect(await where(page)).toEqual({ hash: `#/${stepped.id}/2`, slide: stepped.id, shown: 2 });
    await page.reload();
    await page.waitForSelector('[data-deck][data-ready]');
    expect(await where(page)).toEqual({ hash: `#/${stepped.id}/2`, slide: stepped.id, shown: 2 });

    await press(page, 'ArrowRight');
    await press(page, 'End');
    await page.goBack();
    await expect
      .poll(() => where(page))
      .toEqual({ hash: `#/${stepped.id}/3`, slide: stepped.id, shown: 3 });
    await page.goForward();
    await expect.poll(async () => (await where(page)).slide).toBe(slides.at(-1)!.id);

    // A plain section anchor (as the reading page and search link) opens that slide.
    await openDeck(page, `${DECK}?from=search#${slides[2].id}`);
    expect(await where(page)).toEqual({ hash: `#/${slides[2].id}`, slide: slides[2].id, shown: 0 });
    expect(new URL(page.url()).search).toBe('?from=search');
    // An unknown slide starts at the beginning; a step beyond the slide shows all its steps.
    await openDeck(page, `${DECK}#/no-such-slide`);
    expect((await where(page)).slide).toBe(slides[0].id);
    await openDeck(page, `${DECK}#/${stepped.id}/99`);
    expect(await where(page)).toMatchObject({
      hash: `#/${stepped.id}/${stepped.steps}`,
      shown: stepped.steps,
    });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switching language keeps the slide and step, by mouse and by keyboard', async () => {
    const { context, page, errors } = await newPage(browser);
    await openDeck(page, DECK_ZH);
    const stepped = (await slidesOf(page)).find((s) => s.steps >= 2)!;
    await openDeck(page, `${DECK_ZH}#/${stepped.id}`);
    await press(page, 'ArrowRight', 'ArrowRight');
    await page.click('[data-lang-switch]');
    await page.waitForURL(`**/en/lessons/service-recovery/slides/#/${stepped.id}/2`);
    await page.waitForSelector('[data-deck][data-ready]');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await where(page)).toMatchObject({ slide: stepped.id, shown: 2 });
    await press(page, 'ArrowLeft');
    await page.focus('[data-lang-switch]');
    await press(page, 'Enter');
    await page.waitForURL(`**/zh/lessons/service-recovery/slides/#/${stepped.id}/1`);
    await page.waitForSelector('[data-deck][data-ready]');
    expect(await where(page)).toMatchObject({ slide: stepped.id, shown: 1 });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the reading page links to its deck', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/en/lessons/service-recovery/');
    await page.click('[data-present]');
    await page.waitForURL('**/en/lessons/service-recovery/slides/**');
    await page.waitForSelector('[data-deck][data-ready]');
    await page.click('.deck-back');
    await page.waitForURL('**/en/lessons/service-recovery/');
    await context.close();
  });
});
