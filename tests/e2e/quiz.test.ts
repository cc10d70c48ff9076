/**
 * The lesson quiz on the service-recovery reading page, in both languages: every question type
 * answered by click and by keyboard alone, feedback and explanations, partial credit, retry, show
 * answer, the summary, seeded option order, Chinese-aware fill grading, drag by mouse and touch,
 * the no-JavaScript fallback, and progress that survives reload and a language switch.
 */
import { existsSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { baseUrl, launchBrowser, newPage } from './browser.ts';
import { answer, expectedVerdict, LANGS, loadBank, openQuiz, optionTexts, orderTexts, question, quizButton, storedProgress, tabTo, ui, verdict, type BankQuestion, type Lang, type Mode } from './quiz-helpers.ts';

const SLUG = 'service-recovery';
const bank = loadBank(SLUG);
const QUESTIONS = bank.questions;
const lessonPath = (lang: Lang) => `/${lang}/lessons/${SLUG}/`;
const ofType = <T extends BankQuestion['type']>(type: T) => QUESTIONS.filter((q): q is Extract<BankQuestion, { type: T }> => q.type === type);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const run = (page: Page) => page.locator('.quiz .quiz-run');
const button = quizButton;

async function goTo(page: Page, lang: Lang, index: number) {
  const heading = run(page).locator('.question-heading');
  for (let guard = 0; guard < QUESTIONS.length; guard++) {
    const text = await heading.innerText();
    const n = Number(/\d+/.exec(text)![0]);
    if (n === index + 1) return;
    await button(page, lang, n < index + 1 ? 'quiz.next' : 'quiz.prev').click();
  }
}

/** The mode that shows each type's grading best when answered badly. */
const badMode = (q: BankQuestion): Mode => (['multiple', 'matching', 'ordering', 'categorise'].includes(q.type) ? 'partial' : 'wrong');

async function expectFeedback(fs: Locator, q: BankQuestion, lang: Lang, score: number) {
  await expect.poll(() => verdict(fs).innerText(), { message: `${q.id} (${q.type})` }).toBe(expectedVerdict(lang, score));
  expect(await fs.locator('.feedback-explanation').innerText()).toContain(q.explanation[lang]);
}

async function expectUnanswered(fs: Locator, q: BankQuestion) {
  expect(await fs.locator('.question-feedback').innerText()).toBe('');
  expect(await fs.locator('.mark').count()).toBe(0);
  if (q.type === 'single' || q.type === 'multiple' || q.type === 'truefalse') {
    expect(await fs.locator('input:checked').count()).toBe(0);
    expect(await fs.locator('input:disabled').count()).toBe(0);
  }
  if (q.type === 'fill') expect(await fs.getByRole('textbox').first().inputValue()).toBe('');
  if (q.type === 'matching' || q.type === 'categorise') {
    for (const value of await fs.getByRole('combobox').evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value))) expect(value).toBe('');
  }
}

for (const lang of LANGS) {
  const via = lang === 'zh' ? 'click' : 'keyboard';
  describe(`lesson quiz (${lang}, by ${via})`, () => {
    it('grades every type: wrong or partly right with feedback, retry, right; show answer; summary with pass mark and sections to revisit', async () => {
      const { context, page, errors } = await newPage(browser);
      await openQuiz(page, lang);
      await run(page).locator('fieldset.question').focus();
      const shown = new Set<string>();
      for (const [i, q] of QUESTIONS.entries()) {
        const fs = question(page, q.id);
        await expect.poll(() => fs.count()).toBe(1);
        expect(await run(page).locator('.question-heading').innerText()).toBe(ui(lang, 'quiz.questionOf', { n: i + 1, total: QUESTIONS.length }));
        expect(await fs.locator('.question-type').innerText()).toBe(ui(lang, `quiz.types.${q.type}` as never));

        // Every fourth question: give up and show the answer.
        if (i % 4 === 3) {
          await button(page, lang, 'quiz.showAnswer').click();
          await expect.poll(() => verdict(fs).innerText()).toBe(ui(lang, 'quiz.answerShown'));
          expect(await fs.locator('.feedback-explanation').innerText()).toContain(q.explanation[lang]);
          expect(await fs.locator('.mark--bad').count()).toBe(0);
          if (q.type === 'single') expect(await fs.getByRole('radio', { name: q.options.find((o) => o.id === q.answer)!.text[lang] }).isChecked()).toBe(true);
          if (q.type === 'ordering') expect(await orderTexts(fs)).toEqual(q.items.map((it) => it.text[lang]));
          shown.add(q.id);
        } else {
          const mode = badMode(q);
          const score = await answer(page, fs, q, lang, mode, via);
          expect(score).toBeLessThan(1);
          if (mode === 'partial') expect(score).toBeGreaterThan(0);
          if (via === 'keyboard') {
            await tabTo(page, button(page, lang, 'quiz.check'));
            await page.keyboard.press('Enter');
          } else await button(page, lang, 'quiz.check').click();
          await expectFeedback(fs, q, lang, score);
          if (via === 'keyboard') {
            // Focus stays inside the quiz on the feedback, so the verdict is read and Tab goes on to the actions.
            await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.question-feedback') !== null), { message: `focus after checking ${q.id}` }).toBe(true);
          }
          expect(await fs.locator('.mark--bad').count()).toBeGreaterThan(0);
          if (q.type === 'single') {
            const picked = q.options.find((o) => o.id !== q.answer)!;
            if (picked.feedback) expect(await fs.locator('.choice-feedback').innerText()).toBe(picked.feedback[lang]);
          }
          if (q.type === 'truefalse' && q.feedback) expect(await fs.locator('.question-feedback').innerText()).toContain(q.feedback[lang]);
          // Locked after checking.
          expect(await fs.locator('input:not(:disabled), select:not(:disabled)').count()).toBe(0);
          expect(await button(page, lang, 'quiz.check').count()).toBe(0);

          if (via === 'keyboard') {
            await tabTo(page, button(page, lang, 'quiz.retry'));
            await page.keyboard.press('Enter');
          } else await button(page, lang, 'quiz.retry').click();
          await expectUnanswered(fs, q);
          // A fresh attempt: focus returns to the question, so Tab leads into its controls.
          if (via === 'keyboard') await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('FIELDSET');
          const right = await answer(page, fs, q, lang, 'right', via);
          expect(right).toBe(1);
          if (via === 'keyboard') {
            await tabTo(page, button(page, lang, 'quiz.check'));
            await page.keyboard.press('Enter');
          } else await button(page, lang, 'quiz.check').click();
          await expectFeedback(fs, q, lang, 1);
          expect(await fs.locator('.mark--bad').count()).toBe(0);
          expect(await button(page, lang, 'quiz.retry').count()).toBe(0);
        }
        const next = button(page, lang, i < QUESTIONS.length - 1 ? 'quiz.next' : 'quiz.finish');
        if (via === 'keyboard') {
          await tabTo(page, next);
          await page.keyboard.press('Enter');
        } else await next.click();
      }

      const summary = page.locator('[data-quiz-summary]');
      await summary.waitFor();
      const points = QUESTIONS.length - shown.size;
      const percent = Math.round((points / QUESTIONS.length) * 100);
      expect(await summary.locator('.summary-score').innerText()).toBe(ui(lang, 'quiz.score', { score: percent, points, total: QUESTIONS.length }));
      expect(await summary.innerText()).toContain(ui(lang, 'quiz.passMark', { mark: Math.round(bank.passMark * 100) }));
      expect(await summary.innerText()).toContain(ui(lang, percent / 100 >= bank.passMark ? 'quiz.passed' : 'quiz.failed'));
      // Focus moves to the result so a keyboard or screen-reader user lands on it.
      await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-quiz-summary]'))).toBe(true);

      // Sections to revisit: those of the questions whose answer was shown, each linking to its section here.
      const wanted = [...new Set(QUESTIONS.filter((q) => shown.has(q.id)).map((q) => q.section))];
      const links = summary.locator('ul a');
      expect(await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)))).toEqual(wanted);
      for (const id of wanted) {
        const heading = page.locator(`[id="${id}"]`);
        expect(await heading.count()).toBe(1);
        expect(await summary.locator(`a[href$="#${id}"]`).innerText()).toBe((await heading.innerText()).trim());
      }
      await links.first().click();
      await page.waitForURL(`**${lessonPath(lang)}#${wanted[0]}`);

      // Every question was recorded under its id, whatever the page language.
      const stored = await storedProgress(page);
      for (const q of QUESTIONS) {
        expect(stored!.questions[q.id].attempts).toBeGreaterThanOrEqual(1);
        expect(stored!.questions[q.id].lastScore).toBe(shown.has(q.id) ? 0 : 1);
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  });
}

describe('every lesson', () => {
  it('shows its whole question bank in its last section, and the quiz starts', async () => {
    const { context, page, errors } = await newPage(browser);
    const slugs = readdirSync('content/lessons').filter((slug) => existsSync(`content/lessons/${slug}/quiz.yaml`));
    expect(slugs.length).toBeGreaterThanOrEqual(8);
    for (const slug of slugs) {
      const ids = loadBank(slug).questions.map((q) => q.id);
      await openQuiz(page, 'en', slug);
      // The quiz sits in the lesson's last section.
      expect(await page.evaluate(() => [...document.querySelectorAll('section[data-section]')].at(-1)?.querySelector('.quiz') instanceof HTMLElement), slug).toBe(true);
      expect(await page.locator('.quiz-static .static-question').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.question)), slug).toEqual(ids);
      expect(await run(page).locator('.question-heading').innerText(), slug).toBe(ui('en', 'quiz.questionOf', { n: 1, total: ids.length }));
      expect(await question(page, ids[0]).count(), slug).toBe(1);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('fill-in grading understands Chinese', () => {
  const fill = ofType('fill')[0];
  const cases: [Lang, string, string][] = [
    ['zh', 'Traditional characters', toTraditional(fill.blanks[0].accept.zh[0])],
    ['zh', 'Traditional with full-width punctuation and spaces', ` ${toTraditional(fill.blanks[0].accept.zh.at(-1)!)}！ `],
    ['en', 'full-width Latin letters in another case', toFullWidth(fill.blanks[0].accept.en[0].toUpperCase())],
    ['en', 'punctuation and extra spaces', ` ${fill.blanks[0].accept.en[0].replace(' ', '  -  ')}. `],
    ['en', 'a Traditional Chinese answer on the English page', toTraditional(fill.blanks[0].accept.zh[0])],
  ];
  it.each(cases)('%s page: %s', async (lang, _what, typed) => {
    const { context, page, errors } = await newPage(browser);
    await openQuiz(page, lang);
    await goTo(page, lang, QUESTIONS.indexOf(fill));
    const fs = question(page, fill.id);
    await fs.getByRole('textbox').first().fill(typed);
    // Enter in the blank checks it.
    await fs.getByRole('textbox').first().press('Enter');
    await expect.poll(() => verdict(fs).innerText()).toBe(ui(lang, 'quiz.correct'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a wrong word stays wrong, however it is written', async () => {
    const { context, page } = await newPage(browser);
    await openQuiz(page, 'zh');
    await goTo(page, 'zh', QUESTIONS.indexOf(fill));
    const fs = question(page, fill.id);
    // Nothing typed yet: checking asks for an answer first.
    await button(page, 'zh', 'quiz.check').click();
    expect(await page.locator('.quiz').getByRole('alert').innerText()).toBe(ui('zh', 'quiz.incomplete'));
    expect(await verdict(fs).count()).toBe(0);
    await fs.getByRole('textbox').first().fill('價格');
    await button(page, 'zh', 'quiz.check').click();
    await expect.poll(() => verdict(fs).innerText()).toBe(ui('zh', 'quiz.incorrect'));
    await context.close();
  });
});

/** The few Traditional forms the service-recovery answers need (the test must not depend on the converter under test). */
function toTraditional(text: string): string {
  const map: Record<string, string> = { 担: '擔', 务: '務', 证: '證', 诺: '諾', 保: '保', 服: '服', 承: '承' };
  const out = [...text].map((c) => map[c] ?? c).join('');
  if (out === text) throw new Error(`no Traditional form for ${text}: extend the map`);
  return out;
}
function toFullWidth(text: string): string {
  return [...text].map((c) => (c === ' ' ? '\u3000' : c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');
}

describe('seeded option order', () => {
  const single = ofType('single')[0];
  const multiple = ofType('multiple')[0];

  it('is the same in two fresh browsers and different on each retry', async () => {
    const orders: string[][] = [];
    for (let k = 0; k < 2; k++) {
      const { context, page } = await newPage(browser);
      await openQuiz(page, 'en');
      await goTo(page, 'en', QUESTIONS.indexOf(single));
      orders.push(await optionTexts(question(page, single.id)));
      await context.close();
    }
    expect(orders[0]).toEqual(orders[1]);
    expect([...orders[0]].sort()).toEqual(single.options.map((o) => o.text.en).sort());

    const { context, page } = await newPage(browser);
    await openQuiz(page, 'en');
    await goTo(page, 'en', QUESTIONS.indexOf(multiple));
    const fs = question(page, multiple.id);
    const seen = [await optionTexts(fs)];
    for (let attempt = 1; attempt <= 3; attempt++) {
      await answer(page, fs, multiple, 'en', 'wrong');
      await button(page, 'en', 'quiz.check').click();
      await button(page, 'en', 'quiz.retry').click();
      seen.push(await optionTexts(fs));
    }
    // Consecutive attempts differ, and every attempt shows the same options.
    for (let a = 1; a < seen.length; a++) expect(seen[a]).not.toEqual(seen[a - 1]);
    for (const s of seen) expect([...s].sort()).toEqual(multiple.options.map((o) => o.text.en).sort());
    await context.close();
  });

  it('ordering items never start in the right order', async () => {
    const { context, page } = await newPage(browser);
    await openQuiz(page, 'zh');
    for (const q of ofType('ordering')) {
      await goTo(page, 'zh', QUESTIONS.indexOf(q));
      const texts = await orderTexts(question(page, q.id));
      expect(texts).not.toEqual(q.items.map((i) => i.text.zh));
      expect([...texts].sort()).toEqual(q.items.map((i) => i.text.zh).sort());
    }
    await context.close();
  });
});

describe('drag and drop', () => {
  async function drag(page: Page, from: Locator, to: Locator, offsetY = 0) {
    const a = (await from.boundingBox())!;
    const b = (await to.boundingBox())!;
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2 + offsetY, { steps: 8 });
    await page.mouse.up();
  }

  it('reorders with the mouse and sorts cards into groups with the mouse', async () => {
    const { context, page, errors } = await newPage(browser);
    await openQuiz(page, 'en');
    const ord = ofType('ordering')[0];
    await goTo(page, 'en', QUESTIONS.indexOf(ord));
    const fs = question(page, ord.id);
    const before = await orderTexts(fs);
    const last = before.at(-1)!;
    // Drag the last item's handle above the first item.
    await drag(page, fs.locator('[data-handle]').last(), fs.locator('.order-item').first(), -20);
    await expect.poll(() => orderTexts(fs)).toEqual([last, ...before.slice(0, -1)]);

    const cat = ofType('categorise')[0];
    await goTo(page, 'en', QUESTIONS.indexOf(cat));
    const cfs = question(page, cat.id);
    for (const item of cat.items) {
      const group = cat.groups.find((g) => g.id === item.group)!;
      const card = cfs.locator('.cat-card', { hasText: item.text.en }).locator('.cat-text');
      await card.scrollIntoViewIfNeeded();
      await drag(page, card, cfs.locator(`[data-zone="${group.id}"]`));
      await expect.poll(() => cfs.locator(`[data-zone="${group.id}"] .cat-card`, { hasText: item.text.en }).count()).toBe(1);
    }
    await button(page, 'en', 'quiz.check').click();
    await expect.poll(() => verdict(cfs).innerText()).toBe(ui('en', 'quiz.correct'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the keyboard alternative: move buttons keep focus on the moved item and announce where it is', async () => {
    const { context, page, errors } = await newPage(browser);
    await openQuiz(page, 'zh');
    const ord = ofType('ordering')[0];
    await goTo(page, 'zh', QUESTIONS.indexOf(ord));
    const fs = question(page, ord.id);
    const before = await orderTexts(fs);
    const item = before[0];
    const total = before.length;
    await fs.focus();
    await tabTo(page, fs.getByRole('button', { name: `${ui('zh', 'quiz.moveDown')}: ${item}`, exact: true }));
    for (let n = 2; n <= total; n++) {
      await page.keyboard.press('Enter');
      await expect.poll(() => orderTexts(fs)).toEqual([...before.slice(1, n), item, ...before.slice(n)]);
      expect(await fs.locator('[data-order-status]').innerText()).toBe(ui('zh', 'quiz.moved', { item, n, total }));
      // Focus follows the item; at the bottom its "move down" is disabled, so "move up" takes it.
      const expected = n < total ? 'quiz.moveDown' : 'quiz.moveUp';
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`${ui('zh', expected)}: ${item}`);
    }
    // The handle's own keys: ↑ moves it back up, and its name gives the new position.
    await tabTo(page, fs.locator('[data-handle]').nth(total - 1));
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`${item}, ${ui('zh', 'quiz.position', { n: total - 1 })}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reorders and sorts with a finger on a touch screen, by the drag handles', async () => {
    const context = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 390, height: 844 }, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    /** A finger pressed on one element's centre, moved in steps, lifted over another point. */
    const swipe = async (from: Locator, toX: (b: { x: number; width: number }) => number, toY: (b: { y: number; height: number }) => number, target: Locator) => {
      const a = (await from.boundingBox())!;
      const b = (await target.boundingBox())!;
      const [x0, y0, x1, y1] = [a.x + a.width / 2, a.y + a.height / 2, toX(b), toY(b)];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x0, y: y0 }] });
      for (let s = 1; s <= 8; s++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x0 + ((x1 - x0) * s) / 8, y: y0 + ((y1 - y0) * s) / 8 }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await openQuiz(page, 'zh');
    const ord = ofType('ordering')[0];
    await goTo(page, 'zh', QUESTIONS.indexOf(ord));
    const fs = question(page, ord.id);
    await fs.scrollIntoViewIfNeeded();
    const before = await orderTexts(fs);
    await swipe(fs.locator('[data-handle]').first(), (b) => b.x + b.width / 2, (b) => b.y + b.height - 4, fs.locator('.order-item').last());
    await expect.poll(() => orderTexts(fs)).toEqual([...before.slice(1), before[0]]);

    const cat = ofType('categorise')[0];
    await goTo(page, 'zh', QUESTIONS.indexOf(cat));
    const cfs = question(page, cat.id);
    const item = cat.items[0];
    const group = cfs.locator(`[data-zone="${cat.items[0].group}"]`);
    await group.scrollIntoViewIfNeeded();
    const card = cfs.locator('.cat-card', { hasText: item.text.zh });
    await card.scrollIntoViewIfNeeded();
    await swipe(card.locator('.drag-handle'), (b) => b.x + b.width / 2, (b) => b.y + b.height / 2, group);
    await expect.poll(() => group.locator('.cat-card', { hasText: item.text.zh }).count()).toBe(1);
    await context.close();
  });
});

describe('without JavaScript', () => {
  for (const lang of LANGS) {
    it(`shows every question with its answer in a disclosure (${lang})`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseUrl() });
      const page = await context.newPage();
      await page.goto(lessonPath(lang));
      const items = page.locator('.quiz-static .static-question');
      expect(await items.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.question))).toEqual(QUESTIONS.map((q) => q.id));
      for (const [i, q] of QUESTIONS.entries()) {
        const item = items.nth(i);
        expect(await item.isVisible()).toBe(true);
        const prompt = q.prompt[lang];
        expect(await item.innerText()).toContain(prompt.split('___')[0].trim());
        const details = item.locator('details');
        expect(await details.getAttribute('open')).toBeNull();
        expect(await details.locator('p').first().isVisible()).toBe(false);
        await details.locator('summary').click();
        expect(await details.innerText()).toContain(q.explanation[lang]);
        if (q.type === 'single') expect(await details.innerText()).toContain(q.options.find((o) => o.id === q.answer)!.text[lang]);
        if (q.type === 'fill') expect(await details.innerText()).toContain(q.blanks[0].accept[lang][0]);
      }
      // The interactive quiz cannot work without scripts, so none of its controls show.
      expect(await page.locator('.quiz .quiz-run').isVisible()).toBe(false);
      expect(await page.locator('.quiz button:visible').count()).toBe(0);
      expect(await page.locator('.quiz noscript').count()).toBeGreaterThan(0);
      await context.close();
    });
  }
});

describe('progress survives reload and language switch', () => {
  it('keeps results by question id and shows them again in the quiz, on the course home and in the other language', async () => {
    const { context, page, errors } = await newPage(browser);
    await openQuiz(page, 'en');
    const [first, second] = QUESTIONS;
    await answer(page, question(page, first.id), first, 'en', 'right');
    await button(page, 'en', 'quiz.check').click();
    await button(page, 'en', 'quiz.next').click();
    await answer(page, question(page, second.id), second, 'en', 'wrong');
    await button(page, 'en', 'quiz.check').click();
    await expect.poll(async () => Object.keys((await storedProgress(page))?.questions ?? {}).length).toBe(2);

    const dots = () => run(page).locator('.quiz-progress .dot').evaluateAll((els) => els.slice(0, 3).map((e) => (e.classList.contains('is-right') ? 'right' : e.classList.contains('is-wrong') ? 'wrong' : 'none')));
    await page.reload();
    await openQuiz(page, 'en');
    const afterReload = await storedProgress(page);
    expect(afterReload!.questions[first.id]).toMatchObject({ attempts: 1, lastScore: 1, missed: false });
    expect(afterReload!.questions[second.id]).toMatchObject({ attempts: 1, lastScore: 0, missed: true });
    // The quiz shows what was answered last time.
    expect(await dots()).toEqual(['right', 'wrong', 'none']);
    expect(await run(page).locator('.quiz-last').innerText()).toBe(ui('en', 'quiz.lastRight'));

    // Switch language with the header link: same ids, same record.
    await page.locator('[data-lang-switch]').click();
    await page.waitForURL(`**${lessonPath('zh')}**`);
    await openQuiz(page, 'zh');
    expect(await storedProgress(page)).toEqual(afterReload);
    expect(await dots()).toEqual(['right', 'wrong', 'none']);

    await page.goto('/zh/');
    const card = page.locator(`[data-lesson-progress*="${first.id}"]`);
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.innerText()).toContain(ui('zh', 'progress.questions', { attempted: 2, total: QUESTIONS.length }));
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('accessibility of the quiz states', () => {
  for (const lang of LANGS) {
    it(`axe finds nothing with feedback shown and on the summary (${lang})`, async () => {
      const { context, page } = await newPage(browser);
      await openQuiz(page, lang);
      const problems: string[] = [];
      const scan = async (label: string) => {
        const r = await new AxeBuilder({ page }).include('.quiz').analyze();
        for (const v of r.violations) problems.push(`${label}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
      };
      // Every type once (each question's controls, marks and feedback), checked after a partly wrong answer;
      // the exam test covers all types again on one page.
      await scan('first question, unanswered');
      for (const type of ['ordering', 'matching', 'categorise'] as const) {
        const q = ofType(type)[0];
        await goTo(page, lang, QUESTIONS.indexOf(q));
        await answer(page, question(page, q.id), q, lang, badMode(q));
        await button(page, lang, 'quiz.check').click();
        await verdict(question(page, q.id)).waitFor();
        await scan(`${q.type} checked`);
      }
      await goTo(page, lang, QUESTIONS.length - 1);
      await button(page, lang, 'quiz.finish').click();
      await page.locator('[data-quiz-summary]').waitFor();
      await scan('summary');
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
