/** Printing every lesson's deck (one slide per page, all steps), the handout, and the deck's JS budget. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { DECK, openDeck } from './deck-helpers.ts';
import { pageJs } from '../../scripts/page-js.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every deck the build produced, in every language. */
const decks = ['zh', 'en'].flatMap((lang) =>
  readdirSync(`dist/${lang}/lessons`)
    .filter((slug) => existsSync(`dist/${lang}/lessons/${slug}/slides/index.html`))
    .map((slug) => `/${lang}/lessons/${slug}/slides/`),
);

const pdfPages = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

describe('printing', () => {
  it('finds the decks', () => {
    expect(decks.length).toBeGreaterThanOrEqual(2);
  });

  it.each(decks)('%s prints one page per slide', async (url) => {
    const { context, page, errors } = await newPage(browser);
    await openDeck(page, url);
    const slides = await page.locator('[data-canvas] > .slide').count();
    expect(slides).toBeGreaterThan(1);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdfPages(pdf)).toBe(slides);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints every step and no notes; the handout adds the notes under each slide', async () => {
    const { context, page } = await newPage(browser);
    await openDeck(page, DECK);
    await page.emulateMedia({ media: 'print' });
    const visibleSteps = () =>
      page.$$eval(
        '[data-fragment]',
        (els) => els.filter((e) => getComputedStyle(e).visibility === 'visible').length,
      );
    expect(await visibleSteps()).toBe(await page.locator('[data-fragment]').count());
    expect(await page.locator('[data-canvas] > .slide-notes').first().isVisible()).toBe(false);
    expect(await page.locator('.deck-bar').isVisible()).toBe(false);

    await openDeck(page, `${DECK}?print=handout`);
    const slides = await page.locator('[data-canvas] > .slide').count();
    const notes = page.locator('[data-canvas] > .slide-notes');
    expect(await notes.first().isVisible()).toBe(true);
    // Each slide's notes follow it.
    expect(
      await page.$$eval('[data-canvas] > .slide-notes', (els) =>
        els.every((n) => n.previousElementSibling?.classList.contains('slide')),
      ),
    ).toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(slides);
    expect(pdfPages(pdf)).toBeLessThanOrEqual(slides * 2);
    await context.close();
  });

  it('the print buttons choose slides or handout and open the print dialog', async () => {
    const { context, page, errors } = await newPage(browser);
    await page.addInitScript(() => {
      (window as unknown as { printed: string[] }).printed = [];
      window.print = () => {
        (window as unknown as { printed: string[] }).printed.push(
          document.documentElement.dataset.print ?? '',
        );
        dispatchEvent(new Event('afterprint'));
      };
    });
    await openDeck(page, DECK);
    await page.click('[data-print-button="handout"]');
    await page.click('[data-print-button="slides"]');
    expect(await page.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual(
      ['handout', 'slides'],
    );
    expect(await page.getAttribute('html', 'data-print')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('JavaScript budget', () => {
  const pages = decks.flatMap((d) => [d, `${d}presenter/`]);

  it.each(pages)('%s: its own scripts are at most 30 KB gzipped', (url) => {
    const js = pageJs('dist', url);
    expect(js.files.length).toBeGreaterThan(0);
    expect(js.gzip).toBeLessThanOrEqual(30 * 1024);
  });

  it.each(pages)('%s: first load transfers at most 30 KB of JavaScript', async (url) => {
    const { context, page } = await newPage(browser);
    const scripts: Promise<number>[] = [];
    page.on('requestfinished', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.sizes().then((sz) => sz.responseBodySize));
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    const bytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(30 * 1024);
    await context.close();
  });
});
