/**
 * Islands on slides: a widget hydrates when its slide comes up and keeps its own keys; the
 * lesson quiz works on its slide and, in class mode, hides answers until the lecturer reveals
 * them in every window. Each runs on the first deck that has one (skipped while none has).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, newPage } from './browser.ts';
import { openDeck, press } from './deck-helpers.ts';

/** The first English deck whose built page matches `pattern`. */
function deckWith(pattern: RegExp): string | undefined {
  if (!existsSync('dist/en/lessons')) return undefined;
  return readdirSync('dist/en/lessons').find((s) => {
    const file = `dist/en/lessons/${s}/slides/index.html`;
    return existsSync(file) && pattern.test(readFileSync(file, 'utf8'));
  });
}
const slug = deckWith(/data-deck-quiz[\s\S]*?<astro-island/);
const widgetSlug = deckWith(/data-widget-slot[\s\S]*?<astro-island/);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('widget on a slide', () => {
  it.skipIf(!widgetSlug)('hydrates only when its slide comes up, and keeps its keys', async () => {
    const { context, page, errors } = await newPage(browser);
    const deck = `/en/lessons/${widgetSlug}/slides/`;
    await openDeck(page, deck);
    const slideId = await page.$eval(
      '[data-widget-slot]',
      (w) => w.closest<HTMLElement>('.slide')!.id,
    );
    const island = page.locator(`[id="${slideId}"] [data-widget-slot] astro-island`).first();
    await page.waitForTimeout(300);
    expect(await island.getAttribute('ssr')).not.toBeNull();
    await openDeck(page, `${deck}#/${slideId}`);
    await expect.poll(() => island.getAttribute('ssr'), { timeout: 10_000 }).toBeNull();
    const control = page
      .locator(`[id="${slideId}"] [data-widget-slot] :is(input, select, textarea, [role=radio])`)
      .first();
    if (await control.count()) {
      await control.focus();
      await press(page, 'ArrowRight', 'End', 'b');
      expect(await page.getAttribute('.slide.is-current', 'id')).toBe(slideId);
      expect(await page.locator('[data-blank]').isVisible()).toBe(false);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('quiz on a slide', () => {
  it.skipIf(!slug)(
    'works on the slide; class mode holds the verdict until R, in both windows',
    async () => {
      const context = await browser.newContext({
        baseURL: baseUrl(),
        viewport: { width: 1280, height: 800 },
      });
      const deck = `/en/lessons/${slug}/slides/`;
      const audience = await context.newPage();
      const errors: string[] = [];
      audience.on('pageerror', (e) => errors.push(e.message));
      await openDeck(audience, deck);
      const quizSlide = await audience.$eval(
        '[data-deck-quiz]',
        (q) => q.closest<HTMLElement>('.slide')!.id,
      );
      await openDeck(audience, `${deck}#/${quizSlide}`);
      const presenter = await context.newPage();
      await openDeck(presenter, `${deck}presenter/`);
      await expect.poll(() => presenter.getAttribute('.slide.is-current', 'id')).toBe(quizSlide);

      const slide = audience.locator('.slide.is-current');
      await slide.locator('.quiz-run').waitFor();
      await press(presenter, 'k');
      await expect.poll(() => slide.getAttribute('data-answers')).toBe('held');
      // Deck keys pressed while a quiz control has focus stay with the control.
      const question = slide.locator('.question').first();
      await question.locator('input:not([disabled]), select').first().focus();
      await press(audience, 'b', 'ArrowDown');
      expect(await audience.locator('[data-blank]').isVisible()).toBe(false);
      expect(await audience.getAttribute('.slide.is-current', 'id')).toBe(quizSlide);
      // Answer the first question (any choice), then check it.
      if (await question.locator('input[type=radio], input[type=checkbox]').count()) {
        await question.locator('input[type=radio], input[type=checkbox]').first().check();
      }
      await slide.locator('.quiz-actions .button--primary').first().click();
      await expect.poll(() => slide.locator('.question-feedback').textContent()).not.toBe('');
      expect(await slide.locator('.feedback-verdict').isVisible()).toBe(false);
      expect(await slide.locator('[data-reveals-answer]:visible').count()).toBe(0);
      expect(await slide.locator('.answers-held-note').isVisible()).toBe(true);

      await press(presenter, 'r');
      await expect.poll(() => slide.locator('.feedback-verdict').isVisible()).toBe(true);
      expect(await slide.getAttribute('data-answers')).toBeNull();
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
