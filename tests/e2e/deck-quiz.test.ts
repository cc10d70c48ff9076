/**
 * The lesson quiz on a slide, with class mode: answers stay hidden until the lecturer reveals
 * them, in every window. Runs on the first deck whose lesson has a quiz (skipped while none has).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser } from './browser.ts';
import { openDeck, press } from './deck-helpers.ts';

const slug = existsSync('dist/en/lessons')
  ? readdirSync('dist/en/lessons').find((s) => {
      const file = `dist/en/lessons/${s}/slides/index.html`;
      return (
        existsSync(file) && /data-deck-quiz[\s\S]*?<astro-island/.test(readFileSync(file, 'utf8'))
      );
    })
  : undefined;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
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
