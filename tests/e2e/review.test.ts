/**
 * Spaced-repetition review: a question missed in a lesson appears in the header badge and on the
 * review page; checking it offers ratings with their intervals; a rating schedules it (ts-fsrs),
 * it leaves the due list, and that survives reload; when its time comes it is due again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { answer, badgeCount, LANGS, loadBank, missedProgress, openQuiz, question, quizButton, storedProgress, tabTo, ui, uiPattern, verdict, type Lang } from './quiz-helpers.ts';

const QUESTIONS = loadBank('service-recovery').questions;
const byType = (type: string) => QUESTIONS.find((q) => q.type === type)!;
const INTERVAL = { en: /^\d+ (min|h|d|mo)$/, zh: /^\d+ (分钟|小时|天|个月)$/ };
const RATING_KEYS = ['review.again', 'review.hard', 'review.good', 'review.easy'] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openReview(page: Page, lang: Lang) {
  await page.goto(`/${lang}/review/`);
  await page.waitForSelector('[data-review-state]');
}

const UNIT: Record<string, number> = { min: 60_000, 分钟: 60_000, h: 3_600_000, 小时: 3_600_000, d: 86_400_000, 天: 86_400_000, mo: 30 * 86_400_000, 个月: 30 * 86_400_000 };
/** A shown interval ("10 min", "3 天") agrees with a scheduled delay in ms, within its rounding. */
function expectInterval(shown: string, ms: number) {
  const [, n, unit] = /^(\d+) (\S+)$/.exec(shown)!;
  const size = UNIT[unit];
  expect(ms).toBeGreaterThanOrEqual((Number(n) - 0.5) * size - 2_000);
  expect(ms).toBeLessThanOrEqual((Number(n) + 0.5) * size + 2_000);
}

const ratingButtons = (page: Page) => page.locator('.review-rating button');
/** Each rating button's label and interval, e.g. ["Good", "1 d"]. */
const ratings = (page: Page) => ratingButtons(page).evaluateAll((bs) => bs.map((b) => [b.childNodes[0].textContent!.trim(), b.querySelector('small')!.textContent!.trim(), b.classList.contains('button--primary')] as const));

describe('review', () => {
  it('a question missed in a lesson shows in the badge, is reviewed, rated, scheduled and stays scheduled after reload (en)', async () => {
    const { context, page, errors } = await newPage(browser);
    await openReview(page, 'en');
    expect(await page.locator('[data-review-state="empty"]').innerText()).toContain(ui('en', 'review.empty'));
    expect(await badgeCount(page)).toBeNull();

    // Miss the first question of the lesson quiz.
    const q = QUESTIONS[0];
    await openQuiz(page, 'en');
    await answer(page, question(page, q.id), q, 'en', 'wrong');
    await quizButton(page, 'en', 'quiz.check').click();
    await verdict(question(page, q.id)).waitFor();
    await expect.poll(() => badgeCount(page)).toBe(1);
    expect(await page.locator('[data-due-badge]').getAttribute('aria-label')).toBe(ui('en', 'nav.reviewDue', { n: 1 }));

    // The header link leads to the review, where that question waits.
    await page.locator('[data-review-link]').click();
    await page.waitForURL('**/en/review/');
    await page.waitForSelector('[data-review-state="question"]');
    expect(await page.locator('.review-count').innerText()).toBe(ui('en', 'review.due', { n: 1 }));
    const fs = question(page, q.id);
    expect(await fs.count()).toBe(1);
    const source = page.locator('.review-source a');
    expect(new URL((await source.getAttribute('href'))!, page.url()).pathname + new URL((await source.getAttribute('href'))!, page.url()).hash).toBe(`/en/lessons/service-recovery/#${q.section}`);

    await answer(page, fs, q, 'en', 'right');
    await page.getByRole('button', { name: ui('en', 'quiz.check'), exact: true }).click();
    await expect.poll(() => verdict(fs).innerText()).toBe(ui('en', 'quiz.correct'));
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.question-feedback'))).toBe(true);

    // Four ratings, each with the interval it would give; "Good" is suggested for a right answer.
    const shown = await ratings(page);
    expect(shown.map(([label]) => label)).toEqual(RATING_KEYS.map((k) => ui('en', k)));
    for (const [, interval] of shown) expect(interval).toMatch(INTERVAL.en);
    expect(shown.filter(([, , suggested]) => suggested).map(([label]) => label)).toEqual([ui('en', 'review.good')]);
    expect(await ratingButtons(page).nth(2).innerText()).toContain(ui('en', 'review.suggested'));
    expect(await page.getByRole('group', { name: ui('en', 'review.rate') }).count()).toBe(1);

    const before = await page.evaluate(() => Date.now());
    await ratingButtons(page).nth(2).click();
    const empty = page.locator('[data-review-state="empty"]');
    await empty.waitFor();
    expect(await empty.innerText()).toContain(ui('en', 'review.doneSession', { n: 1 }));
    expect(await empty.innerText()).toContain(ui('en', 'review.none'));
    expect(await empty.innerText()).toMatch(/Next review: .+\./);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('review-empty');
    await expect.poll(() => badgeCount(page)).toBeNull();

    const stored = (await storedProgress(page))!.questions[q.id];
    expect(stored.missed).toBe(false);
    expectInterval(shown[2][1], stored.card!.due - before);

    await page.reload();
    await page.waitForSelector('[data-review-state="empty"]');
    expect(await page.locator('[data-review-state="empty"]').innerText()).toContain(ui('en', 'review.none'));
    expect(await badgeCount(page)).toBeNull();
    expect((await storedProgress(page))!.questions[q.id]).toEqual(stored);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('"Again" brings a question back after its short interval, fast-forwarded with the page clock (zh)', async () => {
    const { context, page, errors } = await newPage(browser);
    const start = new Date('2026-03-02T09:00:00+08:00').getTime();
    await page.clock.install({ time: start });
    const q = byType('ordering');
    await page.goto('/zh/');
    await page.evaluate((p) => localStorage.setItem('progress:v1', JSON.stringify(p)), missedProgress([q.id], start - 1000));
    await openReview(page, 'zh');
    await expect.poll(() => badgeCount(page)).toBe(1);
    const fs = question(page, q.id);
    // Give up: the answer is shown and "Again" is suggested.
    await page.getByRole('button', { name: ui('zh', 'quiz.showAnswer'), exact: true }).click();
    await expect.poll(() => verdict(fs).innerText()).toBe(ui('zh', 'quiz.answerShown'));
    const shown = await ratings(page);
    expect(shown.map(([label]) => label)).toEqual(RATING_KEYS.map((k) => ui('zh', k)));
    for (const [, interval] of shown) expect(interval).toMatch(INTERVAL.zh);
    expect(shown[0][2]).toBe(true);
    const againMinutes = Number(/\d+/.exec(shown[0][1])![0]);

    const at = await page.evaluate(() => Date.now());
    await ratingButtons(page).first().click();
    await page.locator('[data-review-state="empty"]').waitFor();
    expect(await badgeCount(page)).toBeNull();
    const due = (await storedProgress(page))!.questions[q.id].card!.due;
    expectInterval(shown[0][1], due - at);

    // Not yet due a moment before; due again once its interval has passed.
    await page.clock.fastForward(againMinutes * 60_000 - 5_000);
    await openReview(page, 'zh');
    expect(await page.locator('[data-review-state]').getAttribute('data-review-state')).toBe('empty');
    await page.clock.fastForward(10_000);
    await openReview(page, 'zh');
    expect(await page.locator('[data-review-state]').getAttribute('data-review-state')).toBe('question');
    await expect.poll(() => badgeCount(page)).toBe(1);
    expect(await page.locator('.review-count').innerText()).toBe(ui('zh', 'review.due', { n: 1 }));

    // This time right, rated "Easy": days away.
    await answer(page, fs, q, 'zh', 'right');
    await page.getByRole('button', { name: ui('zh', 'quiz.check'), exact: true }).click();
    await expect.poll(() => verdict(fs).innerText()).toBe(ui('zh', 'quiz.correct'));
    const easy = (await ratings(page))[3][1];
    expect(easy).toMatch(/天|个月/);
    const easyAt = await page.evaluate(() => Date.now());
    await ratingButtons(page).nth(3).click();
    await page.locator('[data-review-state="empty"]').waitFor();
    expect(await badgeCount(page)).toBeNull();
    const card = (await storedProgress(page))!.questions[q.id].card!;
    expectInterval(easy, card.due - easyAt);
    expect(card.reps).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes due questions one after another, most overdue first, by keyboard, and counts down', async () => {
    const { context, page, errors } = await newPage(browser);
    const now = Date.now();
    const ids = [byType('truefalse'), byType('fill'), byType('matching')];
    await page.goto('/en/');
    await page.evaluate((p) => localStorage.setItem('progress:v1', JSON.stringify(p)), {
      version: 1,
      questions: Object.fromEntries(ids.map((q, i) => [q.id, { attempts: 1, lastScore: 0, firstAt: now - 3e6 + i * 1e6, lastAt: now - 3e6 + i * 1e6, missed: true }])),
    });
    await page.reload();
    await expect.poll(() => badgeCount(page)).toBe(3);
    await openReview(page, 'en');
    for (const [i, q] of ids.entries()) {
      const fs = question(page, q.id);
      await fs.waitFor();
      expect(await page.locator('.review-count').innerText()).toBe(ui('en', 'review.due', { n: 3 - i }));
      if (i > 0) await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('FIELDSET');
      await answer(page, fs, q, 'en', i === 1 ? 'wrong' : 'right', 'keyboard');
      await tabTo(page, page.getByRole('button', { name: ui('en', 'quiz.check'), exact: true }));
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.question-feedback'))).toBe(true);
      if (i === 1) {
        // No retry in review: the right answer is stated.
        const fill = q as Extract<typeof q, { type: 'fill' }>;
        expect(await fs.locator('.feedback-answer').innerText()).toBe(ui('en', 'quiz.rightAnswer', { answer: fill.blanks.map((b) => b.accept.en[0]).join('; ') }));
        expect((await ratings(page)).find(([, , s]) => s)![0]).toBe(ui('en', 'review.again'));
      }
      // Tab from the feedback reaches the suggested rating; Enter rates.
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.closest('.review-rating') !== null);
      expect(focused).toBe(true);
      await tabTo(page, page.locator('.review-rating .button--primary'));
      await page.keyboard.press('Enter');
    }
    await page.locator('[data-review-state="empty"]').waitFor();
    expect(await page.locator('[data-review-state="empty"]').innerText()).toContain(ui('en', 'review.doneSession', { n: 3 }));
    expect(await badgeCount(page)).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('ignores saved questions that are no longer in the course', async () => {
    const { context, page, errors } = await newPage(browser);
    await page.goto('/en/');
    await page.evaluate((p) => localStorage.setItem('progress:v1', JSON.stringify(p)), missedProgress(['sr-removed-long-ago', QUESTIONS[2].id], Date.now() - 1000));
    await page.reload();
    await expect.poll(() => badgeCount(page)).toBe(1);
    await openReview(page, 'en');
    expect(await page.locator('.review-count').innerText()).toMatch(uiPattern('en', 'review.due', { n: 1 }));
    // The unknown record is kept, not deleted.
    expect(Object.keys((await storedProgress(page))!.questions)).toContain('sr-removed-long-ago');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('accessibility of the review page', () => {
  for (const lang of LANGS) {
    it(`axe finds nothing: empty, question, rating (${lang})`, async () => {
      const { context, page } = await newPage(browser);
      const problems: string[] = [];
      const scan = async (label: string) => {
        const r = await new AxeBuilder({ page }).analyze();
        for (const v of r.violations) problems.push(`${label}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
      };
      await openReview(page, lang);
      await scan('empty');
      const q = byType('categorise');
      await page.evaluate((p) => localStorage.setItem('progress:v1', JSON.stringify(p)), missedProgress([q.id], Date.now() - 1000));
      await openReview(page, lang);
      await question(page, q.id).waitFor();
      await scan('question');
      await answer(page, question(page, q.id), q, lang, 'partial');
      await page.getByRole('button', { name: ui(lang, 'quiz.check'), exact: true }).click();
      await ratingButtons(page).first().waitFor();
      await scan('rating');
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
