/** The presenter view and the audience deck kept in sync, in both directions, in one browser context. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, newPage } from './browser.ts';
import { DECK, DECK_ZH, PRESENTER, openDeck, press, slidesOf, where } from './deck-helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function pair(
  context: BrowserContext,
  deckUrl = DECK,
): Promise<{ audience: Page; presenter: Page }> {
  const audience = await context.newPage();
  await openDeck(audience, deckUrl);
  const presenter = await context.newPage();
  await openDeck(presenter, PRESENTER);
  return { audience, presenter };
}

const canvasPoint = async (page: Page, fx: number, fy: number) => {
  const box = (await page.locator('[data-canvas]').boundingBox())!;
  return [box.x + box.width * fx, box.y + box.height * fy] as const;
};

describe('opening the presenter view', () => {
  it('P and the toolbar button open it in a new window at the current slide and step', async () => {
    const { context, page, errors } = await newPage(browser);
    await openDeck(page, DECK);
    const stepped = (await slidesOf(page)).find((s) => s.steps > 0)!;
    await openDeck(page, `${DECK}#/${stepped.id}/1`);
    const [popup] = await Promise.all([context.waitForEvent('page'), press(page, 'p')]);
    await popup.waitForSelector('[data-deck][data-ready]');
    expect(new URL(popup.url()).pathname).toBe(PRESENTER);
    expect(await where(popup)).toMatchObject({ slide: stepped.id, shown: 1 });
    // The button reuses the same named window.
    await page.click('[data-command="presenter"]');
    expect(context.pages().length).toBe(2);
    // The presenter's A brings back the deck that opened it rather than opening another.
    await press(popup, 'a');
    await popup.waitForTimeout(150);
    expect(context.pages().length).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('A in a presenter view opened on its own opens the audience window', async () => {
    const { context, page } = await newPage(browser);
    await openDeck(page, PRESENTER);
    await press(page, 'ArrowDown', 'ArrowDown');
    const [audience] = await Promise.all([
      context.waitForEvent('page'),
      page.click('[data-command="audience"]'),
    ]);
    await audience.waitForSelector('[data-deck][data-ready]');
    expect(new URL(audience.url()).pathname).toBe(DECK);
    expect((await where(audience)).slide).toBe((await where(page)).slide);
    await context.close();
  });
});

describe('presenter and audience in sync', () => {
  it('follow each other: slides, steps, blank screen, class mode and reveal', async () => {
    const context = await browser.newContext({
      baseURL: baseUrl(),
      viewport: { width: 1280, height: 800 },
    });
    const { audience, presenter } = await pair(context);
    const slides = await slidesOf(audience);
    const stepped = slides.findIndex((s) => s.steps >= 2);
    await press(presenter, ...Array(stepped).fill('ArrowRight'));
    await expect.poll(() => where(audience)).toMatchObject({ slide: slides[stepped].id, shown: 0 });
    await press(audience, 'PageDown', 'PageDown');
    await expect
      .poll(() => where(presenter))
      .toMatchObject({ slide: slides[stepped].id, shown: 2 });
    expect(await presenter.textContent('[data-preview-note]')).toContain(
      String(slides[stepped].steps - 2),
    );
    await press(presenter, 'b');
    await expect.poll(() => audience.locator('[data-blank]').isVisible()).toBe(true);
    expect(await presenter.locator('.blank-note').isVisible()).toBe(true);
    await press(audience, 'b');
    await expect.poll(() => presenter.locator('[data-blank]').isVisible()).toBe(false);
    await press(presenter, 'k');
    await expect
      .poll(() => audience.getAttribute('.slide.is-current', 'data-answers'))
      .toBe('held');
    await press(audience, 'r');
    await expect
      .poll(() => presenter.getAttribute('[data-command="reveal"]', 'aria-pressed'))
      .toBe('true');
    expect(await audience.getAttribute('.slide.is-current', 'data-answers')).toBeNull();
    // The overview stays in the window that opened it.
    await press(presenter, 'o');
    await audience.waitForTimeout(150);
    expect(await audience.locator('[data-overview-dialog]').isVisible()).toBe(false);
    await context.close();
  });

  it('carry the laser dot and the drawing between windows', async () => {
    const context = await browser.newContext({
      baseURL: baseUrl(),
      viewport: { width: 1280, height: 800 },
    });
    const { audience, presenter } = await pair(context);
    await press(presenter, 'l');
    await presenter.mouse.move(...(await canvasPoint(presenter, 0.5, 0.5)));
    await presenter.mouse.move(...(await canvasPoint(presenter, 0.75, 0.25)));
    await expect.poll(() => audience.getAttribute('[data-laser]', 'class')).toContain('is-on');
    await expect
      .poll(async () => Number(await audience.getAttribute('[data-laser]', 'cx')))
      .toBeGreaterThan(950);
    expect(Number(await audience.getAttribute('[data-laser]', 'cy'))).toBeCloseTo(180, -1);

    await press(presenter, 'd');
    await presenter.mouse.move(...(await canvasPoint(presenter, 0.1, 0.5)));
    await presenter.mouse.down();
    for (let i = 1; i <= 8; i++)
      await presenter.mouse.move(...(await canvasPoint(presenter, 0.1 + i * 0.08, 0.5)));
    await presenter.mouse.up();
    await expect.poll(() => audience.locator('[data-strokes] path').count()).toBe(1);
    await expect
      .poll(() => audience.getAttribute('[data-strokes] path', 'd'))
      .toBe(await presenter.getAttribute('[data-strokes] path', 'd'));
    // And back: the audience window clears it.
    await press(audience, 'c');
    await expect.poll(() => presenter.locator('[data-strokes] path').count()).toBe(0);
    await context.close();
  });

  it('works across languages and without BroadcastChannel', async () => {
    const context = await browser.newContext({
      baseURL: baseUrl(),
      viewport: { width: 1280, height: 800 },
    });
    await context.addInitScript(() => {
      // @ts-expect-error: simulate a browser without BroadcastChannel
      delete window.BroadcastChannel;
    });
    const { audience, presenter } = await pair(context, DECK_ZH);
    expect(await audience.evaluate(() => typeof BroadcastChannel)).toBe('undefined');
    const slides = await slidesOf(audience);
    await press(presenter, 'End');
    await expect.poll(async () => (await where(audience)).slide).toBe(slides.at(-1)!.id);
    await press(audience, 'Home', 'ArrowRight');
    await expect.poll(async () => (await where(presenter)).slide).toBe(slides[1].id);
    expect(await audience.getAttribute('html', 'lang')).toBe('zh-CN');
    await context.close();
  });

  it('a window opened later joins where the others are', async () => {
    const context = await browser.newContext({ baseURL: baseUrl() });
    const presenter = await context.newPage();
    await openDeck(presenter, PRESENTER);
    const slides = await slidesOf(presenter);
    await press(presenter, 'ArrowDown', 'ArrowDown');
    const audience = await context.newPage();
    await openDeck(audience, DECK);
    await expect.poll(async () => (await where(audience)).slide).toBe(slides[2].id);
    await context.close();
  });
});

describe('presenter tools', () => {
  it('shows the next slide and the notes, with the other language on request', async () => {
    const { context, page, errors } = await newPage(browser);
    await openDeck(page, PRESENTER);
    const slides = await slidesOf(page);
    expect(await page.textContent('[data-preview] .slide-title')).toBe(
      await page.textContent(`#${slides[1].id}-title`),
    );
    // Notes follow their slide in the page; find a slide with notes (and one without, if any).
    const noted = await page.$$eval('[data-canvas] > .slide', (els) =>
      els.map((s) => !!s.nextElementSibling?.classList.contains('slide-notes')),
    );
    const withNotes = slides[noted.indexOf(true)].id;
    await openDeck(page, `${PRESENTER}#/${withNotes}`);
    const notes = await page.evaluate(
      () => document.querySelector('.slide.is-current + .slide-notes')?.textContent?.trim() ?? '',
    );
    expect(notes.length).toBeGreaterThan(10);
    expect((await page.textContent('[data-notes-current]'))!.trim()).toBe(notes);
    expect(await page.locator('[data-notes-other]').isVisible()).toBe(false);
    await page.click('.presenter-notes [data-command="otherNotes"]');
    expect(await page.locator('[data-notes-other]').isVisible()).toBe(true);
    expect(await page.getAttribute('[data-notes-other]', 'lang')).toBe('zh-CN');
    expect(await page.textContent('[data-notes-other]')).toMatch(/[\u4e00-\u9fff]/);
    if (noted.includes(false)) {
      await openDeck(page, `${PRESENTER}#/${slides[noted.indexOf(false)].id}`);
      expect(await page.textContent('[data-notes-current]')).toBe('No notes for this slide.');
    }
    await press(page, 'End');
    expect(await page.textContent('[data-preview]')).toBe('End of the slides.');
    await press(page, 'n');
    expect(await page.locator('[data-notes-other]').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('times the talk: pause, resume, reset, kept across a reload; clock and pacing', async () => {
    const { context, page, errors } = await newPage(browser);
    // A paused fake clock: only runFor moves time, so page loads take none.
    await page.clock.install({ time: new Date('2026-03-02T08:59:00') });
    await page.clock.pauseAt(new Date('2026-03-02T09:00:00'));
    await openDeck(page, PRESENTER);
    await page.clock.runFor(65_000);
    expect(await page.textContent('[data-elapsed]')).toBe('1:05');
    expect(await page.textContent('[data-clock]')).toMatch(/^\d\d:\d\d$/);
    expect(await page.textContent('[data-pace]')).toContain('45');
    expect(await page.getAttribute('[data-pace]', 'data-status')).toBe('onTrack');
    await press(page, 't');
    expect(await page.getAttribute('[data-timer-toggle]', 'aria-pressed')).toBe('true');
    await page.clock.runFor(30_000);
    expect(await page.textContent('[data-elapsed]')).toBe('1:05');
    await page.click('[data-timer-toggle]');
    // The display ticks twice a second.
    await page.clock.runFor(10_500);
    expect(await page.textContent('[data-elapsed]')).toBe('1:15');
    // Far into the talk while still on the first slide: behind.
    await page.clock.runFor(20 * 60_000);
    expect(await page.getAttribute('[data-pace]', 'data-status')).toBe('behind');
    await page.reload();
    await page.waitForSelector('[data-deck][data-ready]');
    expect(await page.textContent('[data-elapsed]')).toMatch(/^21:1\d$/);
    await page.click('[data-timer-reset]');
    expect(await page.textContent('[data-elapsed]')).toBe('0:00');
    expect(errors).toEqual([]);
    await context.close();
  });
});
