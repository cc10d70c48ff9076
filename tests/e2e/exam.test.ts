/**
 * The practice exam: the same `?seed=&n=` gives the same questions in the same order in any
 * browser; no feedback before submitting; a result by lesson with working links to the sections
 * to revisit; a time limit that submits by itself (page clock fast-forwarded); an exam in
 * progress that survives a reload; axe on every stage, in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { drawExam } from '../../src/lib/quiz/bank.ts';
import { EXAM_PASS_MARK } from '../../src/lib/quiz/exam-params.ts';
import { launchBrowser, newPage } from './browser.ts';
import { allQuestions, answer, badgeCount, expectedVerdict, LANGS, optionTexts, question, storedProgress, ui, verdict, type BankQuestion, type Lang, type Mode } from './quiz-helpers.ts';

const BANK = [...allQuestions().values()];
const byId = new Map(BANK.map((q) => [q.id, q]));
/** Types that can be partly right. */
const PARTIAL: string[] = ['multiple', 'matching', 'ordering', 'categorise'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openExam(page: Page, lang: Lang, query: string) {
  await page.goto(`/${lang}/exam/?${query}`);
  await page.waitForSelector('form.exam-setup');
}
async function startExam(page: Page, lang: Lang, query: string) {
  await openExam(page, lang, query);
  await page.getByRole('button', { name: ui(lang, 'exam.start'), exact: true }).click();
  await page.waitForSelector('.exam-questions fieldset');
}
const examIds = (page: Page) => page.locator('.exam-questions fieldset').evaluateAll((fs) => fs.map((f) => (f as HTMLElement).dataset.question!));
const submit = (page: Page, lang: Lang) => page.getByRole('button', { name: ui(lang, 'exam.submit'), exact: true }).click();

/** A seed whose first `n` questions include every type in `types` (found with the same pure draw the page uses). */
function seedWith(n: number, types: BankQuestion['type'][]): string {
  for (let i = 0; i < 500; i++) {
    const seed = `t${i.toString(36)}`;
    const drawn = drawExam(BANK, n, seed);
    if (types.every((type) => drawn.some((q) => q.type === type))) return seed;
  }
  throw new Error(`no seed draws ${types.join(', ')} in ${n} questions`);
}

describe('shared exam link', () => {
  it('gives the same questions, in the same order with the same options, in two fresh browsers', async () => {
    const seen: { ids: string[]; options: string[][]; url: string }[] = [];
    for (let k = 0; k < 2; k++) {
      const { context, page, errors } = await newPage(browser);
      await startExam(page, 'en', 'seed=lecture7&n=12');
      const ids = await examIds(page);
      const options: string[][] = [];
      for (const id of ids) if (['single', 'multiple'].includes(byId.get(id)!.type)) options.push(await optionTexts(question(page, id)));
      seen.push({ ids, options, url: page.url() });
      expect(errors).toEqual([]);
      await context.close();
    }
    expect(seen[0].ids).toHaveLength(12);
    expect(seen[1]).toEqual(seen[0]);
    expect(new URL(seen[0].url).search).toBe('?seed=lecture7&n=12&timer=0');
    // The draw is what the pure function gives, balanced across lessons: 12 questions from 8 lessons.
    expect(seen[0].ids).toEqual(drawExam(BANK, 12, 'lecture7').map((q) => q.id));
    const lessons = new Set(seen[0].ids.map((id) => byId.get(id)!.lesson));
    expect(lessons.size).toBe(Math.min(12, new Set(BANK.map((q) => q.lesson)).size));

    // Another code, another exam; the share link on the setup page carries the code.
    const { context, page } = await newPage(browser);
    await openExam(page, 'zh', 'seed=lecture8&n=12');
    const link = await page.locator('[data-exam-link]').getAttribute('href');
    expect(new URL(link!).search).toBe('?seed=lecture8&n=12&timer=0');
    expect(await page.getByLabel(ui('zh', 'exam.seed')).inputValue()).toBe('lecture8');
    await page.getByRole('button', { name: ui('zh', 'exam.start'), exact: true }).click();
    await page.waitForSelector('.exam-questions fieldset');
    expect(await examIds(page)).not.toEqual(seen[0].ids);
    await context.close();
  });

  it('without a code in the link, makes one and puts it in the address to share', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/en/exam/');
    await page.waitForSelector('form.exam-setup');
    const url = new URL(page.url());
    expect(url.searchParams.get('seed')).toMatch(/^[0-9a-z]{6}$/);
    expect(url.searchParams.get('n')).toBe('20');
    // Typed by keyboard: "15" is not cut to "1" half-way, and Enter starts the exam with it.
    await page.getByLabel(ui('en', 'exam.count')).click({ clickCount: 3 });
    await page.keyboard.type('15');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.exam-questions fieldset');
    expect(await examIds(page)).toHaveLength(15);
    await expect.poll(() => new URL(page.url()).searchParams.get('n')).toBe('15');
    await context.close();
  });
});

describe('taking an exam', () => {
  it('gives no feedback before submitting, then a result by lesson, sections to revisit that resolve, and records every answer', async () => {
    const lang: Lang = 'zh';
    const seed = seedWith(10, ['single', 'multiple', 'truefalse', 'fill', 'matching', 'ordering', 'categorise']);
    const { context, page, errors } = await newPage(browser);
    await startExam(page, lang, `seed=${seed}&n=10`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('FIELDSET');
    const ids = await examIds(page);
    const expected: Record<string, number> = {};
    // Alternate right and wrong; leave the last question unanswered.
    for (const [i, id] of ids.entries()) {
      if (i === ids.length - 1) continue;
      const q = byId.get(id)!;
      const mode: Mode = i % 3 === 0 ? 'right' : i % 3 === 2 && PARTIAL.includes(q.type) ? 'partial' : 'wrong';
      expected[id] = await answer(page, question(page, id), q, lang, mode);
      expect(await page.locator('.exam-status').innerText()).toContain(ui(lang, 'exam.answered', { n: Object.keys(expected).length, total: ids.length }));
    }
    expected[ids.at(-1)!] = 0;
    // Nothing tells right from wrong yet.
    expect(await page.locator('.question-feedback:not([hidden])').count()).toBe(0);
    expect(await page.locator('.exam-questions .mark, .exam-questions .is-right, .exam-questions .is-wrong').count()).toBe(0);

    // One question is unanswered: the browser asks first; "cancel" keeps the exam open.
    const dialogs: string[] = [];
    page.once('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await submit(page, lang);
    expect(dialogs).toEqual([ui(lang, 'exam.confirmSubmit', { n: 1 })]);
    expect(await page.locator('[data-exam-result]').count()).toBe(0);
    page.once('dialog', (d) => void d.accept());
    await submit(page, lang);

    const result = page.locator('[data-exam-result]');
    await result.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('exam-result-title');
    const points = Object.values(expected).reduce((a, b) => a + b, 0);
    const percent = Math.round((points / ids.length) * 100);
    expect(await result.locator('.summary-score').innerText()).toBe(ui(lang, 'quiz.score', { score: percent, points: Math.round(points * 100) / 100, total: ids.length }));
    expect(await result.locator('.summary-pass').innerText()).toBe(`${ui(lang, 'quiz.passMark', { mark: EXAM_PASS_MARK * 100 })} ${ui(lang, points / ids.length >= EXAM_PASS_MARK ? 'quiz.passed' : 'quiz.failed')}`);

    // By lesson: one row per lesson drawn, with its points.
    const rows = await result.locator('[data-lesson-row]').evaluateAll((trs) => trs.map((tr) => [(tr as HTMLElement).dataset.lessonRow!, tr.querySelector('td')!.textContent!.trim()]));
    const byLesson = new Map<string, [number, number]>();
    for (const id of ids) {
      const l = byId.get(id)!.lesson;
      const [p, t] = byLesson.get(l) ?? [0, 0];
      byLesson.set(l, [p + expected[id], t + 1]);
    }
    expect(Object.fromEntries(rows)).toEqual(Object.fromEntries([...byLesson].map(([l, [p, t]]) => [l, `${Math.round(p * 100) / 100} / ${t}`])));

    // Each question now shows its verdict; wrong ones also state the right answer.
    for (const id of ids) {
      const fs = question(page, id);
      const score = expected[id];
      const isUnanswered = id === ids.at(-1);
      expect(await verdict(fs).innerText(), id).toBe(isUnanswered ? ui(lang, 'quiz.unanswered') : expectedVerdict(lang, score));
      expect(await fs.locator('.feedback-answer').count(), id).toBe(score < 1 ? 1 : 0);
      expect(await fs.locator('input:not(:disabled), select:not(:disabled)').count()).toBe(0);
    }

    // Sections to revisit: the sections of every question not fully right, each a working link.
    const wantedSections = [...new Set(ids.filter((id) => expected[id] < 1).map((id) => `/${lang}/lessons/${byId.get(id)!.lesson}/#${byId.get(id)!.section}`))];
    const hrefs = await result.locator('ul a').evaluateAll((as) => as.map((a) => { const u = new URL((a as HTMLAnchorElement).href); return u.pathname + u.hash; }));
    expect(hrefs.sort()).toEqual(wantedSections.sort());

    // Every answer went into progress; the missed ones are due for review.
    const stored = await storedProgress(page);
    for (const id of ids) expect(stored!.questions[id].lastScore, id).toBeCloseTo(expected[id], 3);
    await expect.poll(() => badgeCount(page)).toBe(ids.filter((id) => expected[id] < 1).length);

    for (const href of hrefs) {
      await page.goto(href);
      const id = decodeURIComponent(href.split('#')[1]);
      expect(await page.locator(`[id="${id}"]`).count(), href).toBe(1);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('submits by itself when the time is up, counting the answers given so far (page clock fast-forwarded)', async () => {
    const lang: Lang = 'en';
    const seed = seedWith(5, ['ordering']);
    const { context, page, errors } = await newPage(browser);
    await page.clock.install({ time: new Date('2026-05-11T10:00:00Z') });
    await startExam(page, lang, `seed=${seed}&n=5&timer=2`);
    const timeLeft = page.locator('[data-time-left]');
    const lastMinute = page.locator('[data-last-minute]');
    expect(await timeLeft.innerText()).toBe(ui(lang, 'exam.timeLeft', { time: '2:00' }));
    expect(await lastMinute.innerText()).toBe('');
    const ids = await examIds(page);
    const first = byId.get(ids[0])!;
    await answer(page, question(page, first.id), first, lang, 'right');

    // Into the last minute: said once (assertive live region), and the clock turns red.
    await page.clock.fastForward(61_000);
    await expect.poll(() => timeLeft.innerText()).toBe(ui(lang, 'exam.timeLeft', { time: '0:59' }));
    expect(await lastMinute.innerText()).toBe(ui(lang, 'exam.lastMinute'));
    expect(await lastMinute.getAttribute('aria-live')).toBe('assertive');
    expect(await timeLeft.getAttribute('class')).toContain('is-ending');
    expect(await page.locator('[data-exam-result]').count()).toBe(0);

    await page.clock.fastForward(60_000);
    const result = page.locator('[data-exam-result]');
    await result.waitFor();
    expect(await result.getByRole('alert').innerText()).toBe(ui(lang, 'exam.timeUp'));
    // The one answer given counts; the untouched ordering question earns nothing for its shuffle.
    expect(await result.locator('.summary-score').innerText()).toBe(ui(lang, 'quiz.score', { score: 20, points: 1, total: 5 }));
    const ordering = ids.find((id) => byId.get(id)!.type === 'ordering')!;
    expect(await verdict(question(page, ordering)).innerText()).toBe(ui(lang, 'quiz.unanswered'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps an exam in progress, and its clock, across a reload', async () => {
    const lang: Lang = 'zh';
    const { context, page, errors } = await newPage(browser);
    await page.clock.install({ time: new Date('2026-05-11T10:00:00Z') });
    await startExam(page, lang, 'seed=reload1&n=4&timer=10');
    const ids = await examIds(page);
    const q = byId.get(ids[0])!;
    await answer(page, question(page, q.id), q, lang, 'right');
    await page.clock.fastForward(120_000);
    await page.reload();
    await page.waitForSelector('.exam-questions fieldset');
    expect(await page.locator('.notice').innerText()).toBe(ui(lang, 'exam.resumed'));
    expect(await page.locator('.exam-status').innerText()).toContain(ui(lang, 'exam.answered', { n: 1, total: 4 }));
    // Two of ten minutes gone before the reload (and a moment for the reload itself).
    const left = /(\d+):(\d\d)/.exec(await page.locator('[data-time-left]').innerText())!;
    const seconds = Number(left[1]) * 60 + Number(left[2]);
    expect(seconds).toBeGreaterThan(7 * 60 + 45);
    expect(seconds).toBeLessThanOrEqual(8 * 60);
    page.once('dialog', (d) => void d.accept());
    await submit(page, lang);
    await page.locator('[data-exam-result]').waitFor();
    expect(await verdict(question(page, q.id)).innerText()).toBe(ui(lang, 'quiz.correct'));
    // Submitted: a reload starts afresh from the setup form.
    await page.reload();
    await page.waitForSelector('form.exam-setup');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('accessibility of the exam', () => {
  for (const lang of LANGS) {
    it(`axe finds nothing at setup, while running and on the result (${lang})`, async () => {
      const { context, page } = await newPage(browser);
      const problems: string[] = [];
      const scan = async (label: string) => {
        const r = await new AxeBuilder({ page }).analyze();
        for (const v of r.violations) problems.push(`${label}: ${v.id} ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      };
      const seed = seedWith(8, ['single', 'multiple', 'truefalse', 'fill', 'matching', 'ordering', 'categorise']);
      await openExam(page, lang, `seed=${seed}&n=8&timer=30`);
      await scan('setup');
      await page.getByRole('button', { name: ui(lang, 'exam.start'), exact: true }).click();
      await page.waitForSelector('.exam-questions fieldset');
      const ids = await examIds(page);
      for (const [i, id] of ids.entries()) {
        const q = byId.get(id)!;
        await answer(page, question(page, id), q, lang, i % 2 === 0 ? 'right' : PARTIAL.includes(q.type) ? 'partial' : 'wrong');
      }
      await scan('running');
      await submit(page, lang);
      await page.locator('[data-exam-result]').waitFor();
      await scan('result');
      // Marks, verdicts and the result colours hold up in the dark theme too (once: the colours do not depend on the language).
      if (lang === 'zh') {
        await page.emulateMedia({ colorScheme: 'dark' });
        await scan('result, dark');
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
