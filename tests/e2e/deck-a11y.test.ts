/** The deck for keyboard and screen-reader users, quiz class mode, and damaged saved state. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchBrowser, newPage } from './browser.ts';
import { DECK, DECK_ZH, PRESENTER, openDeck, press, slidesOf, where } from './deck-helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`,
  );

describe('accessibility', () => {
  it('has no axe violations: deck in both languages, overview, help, presenter', async () => {
    for (const theme of ['light', 'dark']) {
      const { context, page } = await newPage(browser);
      await page.addInitScript((th) => localStorage.setItem('prefs:v1:theme', th), theme);
      for (const url of [DECK, DECK_ZH, PRESENTER]) {
        await openDeck(page, url);
        await press(page, 'ArrowRight', 'ArrowRight', 'ArrowRight');
        expect(await axe(page), `${url} ${theme}`).toEqual([]);
      }
      await openDeck(page, DECK);
      await press(page, 'o');
      expect(await axe(page), 'overview').toEqual([]);
      await press(page, 'Escape', '?');
      expect(await axe(page), 'help').toEqual([]);
      await context.close();
    }
  });

  it('slides are labelled sections; only the current one can be seen or focused', async () => {
    const { context, page } = await newPage(browser);
    await openDeck(page, DECK);
    const info = await page.$$eval('[data-canvas] > .slide', (els) =>
      els.map((s) => ({
        tag: s.tagName,
        role: s.getAttribute('aria-roledescription'),
        label: document.getElementById(s.getAttribute('aria-labelledby')!)?.textContent,
        inert: (s as HTMLElement).inert,
      })),
    );
    expect(info.every((s) => s.tag === 'SECTION' && s.role === 'slide' && !!s.label)).toBe(true);
    expect(info.filter((s) => !s.inert).length).toBe(1);
    expect(await page.getAttribute('[data-live]', 'aria-live')).toBe('polite');
    await press(page, 'End');
    const slides = await slidesOf(page);
    expect(await page.textContent('[data-live]')).toBe(
      `Slide ${slides.length} of ${slides.length}: ${await page.textContent('.slide.is-current .slide-title')}`,
    );
    await context.close();
  });

  it('Tab reaches the slide and the controls and leaves again: no keyboard trap', async () => {
    const { context, page } = await newPage(browser);
    await openDeck(page, DECK);
    const visited: string[] = [];
    for (let i = 0; i < 45; i++) {
      await press(page, 'Tab');
      visited.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return 'body';
          const slide = el.closest<HTMLElement>('.slide');
          if (slide)
            return slide.classList.contains('is-current') ? 'current-slide' : 'hidden-slide';
          return el.closest('[data-deck-bar]')
            ? `bar:${el.dataset.command ?? el.tagName}`
            : 'other';
        }),
      );
    }
    expect(visited).not.toContain('hidden-slide');
    expect(visited).toContain('bar:next');
    expect(visited).toContain('bar:A');
    // Tabbing went round: the first stop comes up again.
    expect(visited.indexOf(visited[0], 1)).toBeGreaterThan(0);

    // Focus on a link inside a slide that is left behind moves to the new slide, not to nowhere.
    const withLink = await page.$$eval(
      '[data-canvas] > .slide',
      (els) => els.find((s) => s.querySelector('a[href]'))?.id,
    );
    expect(withLink).toBeTruthy();
    await openDeck(page, `${DECK}#/${withLink}`);
    await page.focus('.slide.is-current a');
    await press(page, 'ArrowDown');
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains('is-current')),
    ).toBe(true);
    await context.close();
  });

  it('keys typed into a field or given to a focused control stay there', async () => {
    const { context, page } = await newPage(browser);
    await openDeck(page, DECK);
    const slides = await slidesOf(page);
    await openDeck(page, `${DECK}#/${slides[1].id}`);
    // A widget's text field on the slide: typing letters and arrows must not drive the deck.
    await page.evaluate(() => {
      const input = Object.assign(document.createElement('input'), {
        type: 'text',
        id: 'probe-field',
      });
      input.setAttribute('aria-label', 'probe');
      document.querySelector('.slide.is-current [data-slide-content]')!.append(input);
    });
    await page.focus('#probe-field');
    await page.keyboard.type('bold 12');
    await press(page, 'ArrowLeft', 'Home', 'End', 'Enter', ' ');
    expect(await page.inputValue('#probe-field')).toBe('bold 12 ');
    expect(await where(page)).toMatchObject({ slide: slides[1].id });
    expect(await page.locator('[data-blank]').isVisible()).toBe(false);
    // Space on a focused button presses it rather than turning the slide.
    await page.focus('[data-command="laser"]');
    await press(page, ' ');
    expect(await page.getAttribute('[data-command="laser"]', 'aria-pressed')).toBe('true');
    expect((await where(page)).slide).toBe(slides[1].id);
    await context.close();
  });
});

describe('class mode for quizzes', () => {
  it('holds quiz answers back until the lecturer reveals them, remembered across reloads', async () => {
    const { context, page, errors } = await newPage(browser);
    await openDeck(page, DECK);
    // The quiz island's answer parts (verdict, explanation, marks) as it renders them on a slide.
    const addQuiz = () =>
      page.evaluate(() => {
        const quiz = document.createElement('div');
        quiz.className = 'deck-quiz';
        quiz.innerHTML =
          '<p class="answers-held-note">held</p><ul class="choices"><li class="choice is-right"><label>A <span class="mark mark--ok">✓</span></label></li></ul><div class="question-feedback is-right" id="probe-feedback"><p class="feedback-verdict">Correct.</p></div><button class="button" data-reveals-answer id="probe-show">Show answer</button><div class="quiz-static"><details id="probe-static"><summary>Answer</summary>A</details></div>';
        document.querySelector('.slide.is-current [data-slide-content]')!.append(quiz);
      });
    await addQuiz();
    expect(await page.locator('#probe-feedback .feedback-verdict').isVisible()).toBe(true);
    expect(await page.isDisabled('[data-command="reveal"]')).toBe(true);
    await press(page, 'k');
    expect(await page.getAttribute('[data-command="classMode"]', 'aria-pressed')).toBe('true');
    expect(await page.getAttribute('.slide.is-current', 'data-answers')).toBe('held');
    expect(await page.locator('#probe-feedback .feedback-verdict').isVisible()).toBe(false);
    expect(await page.locator('.slide.is-current .mark').isVisible()).toBe(false);
    expect(await page.locator('#probe-static').isVisible()).toBe(false);
    expect(await page.locator('#probe-show').isVisible()).toBe(false);
    expect(await page.locator('.slide.is-current .answers-held-note').isVisible()).toBe(true);
    await press(page, 'r');
    expect(await page.getAttribute('[data-command="reveal"]', 'aria-pressed')).toBe('true');
    expect(await page.locator('#probe-feedback .feedback-verdict').isVisible()).toBe(true);
    // Revealing is per slide: the next one is held again.
    await press(page, 'ArrowDown');
    expect(await page.getAttribute('.slide.is-current', 'data-answers')).toBe('held');

    await page.reload();
    await page.waitForSelector('[data-deck][data-ready]');
    expect(await page.getAttribute('[data-command="classMode"]', 'aria-pressed')).toBe('true');
    await page.click('[data-command="classMode"]');
    expect(await page.evaluate(() => localStorage.getItem('deck:v1:class-mode'))).toBe('off');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('damaged saved state does not break the deck', async () => {
    const { context, page, errors } = await newPage(browser);
    await page.addInitScript(() => {
      localStorage.setItem('deck:v1:class-mode', '{"on":');
      localStorage.setItem('prefs:v1:theme', 'purple');
      sessionStorage.setItem(
        'deck:v1:timer:service-recovery',
        '{"running":true,"startedAt":"soon"}',
      );
    });
    await openDeck(page, DECK);
    expect(await page.getAttribute('[data-command="classMode"]', 'aria-pressed')).toBe('false');
    await press(page, 'ArrowRight');
    expect((await where(page)).shown).toBe(0);
    await openDeck(page, PRESENTER);
    expect(await page.textContent('[data-elapsed]')).toMatch(/^0:0\d$/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
