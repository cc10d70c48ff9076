/**
 * Shared by the quiz, review and exam tests: the question banks read from content/lessons/*\/quiz.yaml
 * (so tests follow the content rather than copying it), the UI strings, and drivers that answer a
 * question of any type in the browser right, wrong or partly right, by click or by keyboard.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Question } from '../../src/schemas/quiz.ts';
import { dictionaries, type UiKey } from '../../src/i18n/index.ts';

export type Lang = 'zh' | 'en';
export const LANGS: Lang[] = ['zh', 'en'];
export type BankQuestion = Question & { lesson: string };
export type Mode = 'right' | 'wrong' | 'partial';
export type Via = 'click' | 'keyboard';

const LESSONS_DIR = 'content/lessons';

export function loadBank(slug: string): { passMark: number; questions: BankQuestion[] } {
  const raw = parse(readFileSync(`${LESSONS_DIR}/${slug}/quiz.yaml`, 'utf8')) as { passMark?: number; questions: Question[] };
  return { passMark: raw.passMark ?? 0.7, questions: raw.questions.map((q) => ({ ...q, lesson: slug })) };
}

/** Every question of the course, keyed by id. */
export function allQuestions(): Map<string, BankQuestion> {
  const map = new Map<string, BankQuestion>();
  for (const slug of readdirSync(LESSONS_DIR)) {
    try {
      for (const q of loadBank(slug).questions) map.set(q.id, q);
    } catch {
      /* a lesson without a quiz.yaml */
    }
  }
  return map;
}

/** UI string in `lang`, placeholders filled. */
export function ui(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (_, n) => String(params[n] ?? `{${n}}`));
}

/** Regex-escaped UI string, for matching inside longer text. */
export function uiPattern(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): RegExp {
  return new RegExp(ui(lang, key, params).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

export function question(page: Page | Locator, id: string): Locator {
  return page.locator(`fieldset[data-question="${id}"]`);
}

/** Types a key sequence on whatever has focus. */
async function press(page: Page, ...keys: string[]) {
  for (const k of keys) await page.keyboard.press(k);
}

/**
 * Moves focus to `target` with Tab (then Shift+Tab) only, as a keyboard user would; fails when it
 * cannot be reached in the tab order.
 */
export async function tabTo(page: Page, target: Locator, limit = 40) {
  const handle = await target.elementHandle();
  const state = () =>
    page.evaluate((el) => {
      const active = document.activeElement;
      if (active === el) return 'here';
      if (!active || active === document.body) return 'after';
      return active.compareDocumentPosition(el!) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after' : 'before';
    }, handle);
  let where = await state();
  for (let i = 0; i < limit && where !== 'here'; i++) {
    await page.keyboard.press(where === 'after' ? 'Tab' : 'Shift+Tab');
    where = await state();
  }
  if (where !== 'here') throw new Error(`not reachable by Tab: ${target}`);
}

/** The texts of an ordering question's items, top to bottom. */
export async function orderTexts(fs: Locator): Promise<string[]> {
  return fs.locator('.order-text').allInnerTexts();
}

/** The option texts of a choice question in shown order. */
export async function optionTexts(fs: Locator): Promise<string[]> {
  return fs.locator('.choice label > span:not(.mark)').allInnerTexts();
}

async function setRadio(page: Page, fs: Locator, radio: Locator, via: Via) {
  if (via === 'click') return radio.check();
  // A radio group is one tab stop; the arrow keys move the choice within it.
  const radios = fs.getByRole('radio');
  await tabTo(page, radios.first());
  const count = await radios.count();
  for (let i = 0; i < count && !(await radio.isChecked()); i++) await press(page, 'ArrowDown');
  expect(await radio.isChecked()).toBe(true);
}

async function setCheckbox(page: Page, box: Locator, via: Via) {
  if (via === 'click') return box.check();
  await tabTo(page, box);
  await press(page, 'Space');
  expect(await box.isChecked()).toBe(true);
}

async function setSelect(page: Page, select: Locator, label: string, via: Via) {
  if (via === 'click') return void (await select.selectOption({ label }));
  // Keyboard: reach the menu with Tab and step through it with the arrow keys.
  await tabTo(page, select);
  const labels = await select.locator('option').allInnerTexts();
  const target = labels.indexOf(label);
  expect(target).toBeGreaterThanOrEqual(0);
  const current = await select.evaluate((s: HTMLSelectElement) => s.selectedIndex);
  for (let i = current; i < target; i++) await press(page, 'ArrowDown');
  for (let i = current; i > target; i--) await press(page, 'ArrowUp');
  expect(await select.evaluate((s: HTMLSelectElement) => s.options[s.selectedIndex].text)).toBe(label);
}

/** Reorders an ordering question to `wanted` (texts) with the arrow buttons or the handle's arrow keys. */
export async function arrange(page: Page, fs: Locator, wanted: string[], via: Via, lang: Lang) {
  for (let target = 0; target < wanted.length; target++) {
    let at = (await orderTexts(fs)).indexOf(wanted[target]);
    expect(at).toBeGreaterThanOrEqual(0);
    if (at > target && via === 'keyboard') await tabTo(page, fs.locator('[data-handle]').nth(at));
    while (at > target) {
      if (via === 'click') await fs.getByRole('button', { name: `${ui(lang, 'quiz.moveUp')}: ${wanted[target]}`, exact: true }).click();
      else await press(page, 'ArrowUp');
      at--;
      await expect.poll(async () => (await orderTexts(fs))[at]).toBe(wanted[target]);
    }
  }
  expect(await orderTexts(fs)).toEqual(wanted);
}

/**
 * Answers `q` inside `fs`. `right`: fully right; `wrong`: score 0; `partial`: some but not all
 * parts right (multiple, fill with 2+ blanks, matching, ordering, categorise). Returns the expected score.
 */
export async function answer(page: Page, fs: Locator, q: BankQuestion, lang: Lang, mode: Mode, via: Via = 'click'): Promise<number> {
  switch (q.type) {
    case 'single': {
      const pick = mode === 'right' ? q.options.find((o) => o.id === q.answer)! : q.options.find((o) => o.id !== q.answer)!;
      await setRadio(page, fs, fs.getByRole('radio', { name: pick.text[lang], exact: true }), via);
      return mode === 'right' ? 1 : 0;
    }
    case 'truefalse': {
      const value = mode === 'right' ? q.answer : !q.answer;
      await setRadio(page, fs, fs.getByRole('radio', { name: ui(lang, value ? 'quiz.true' : 'quiz.false'), exact: true }), via);
      return mode === 'right' ? 1 : 0;
    }
    case 'multiple': {
      const right = q.options.filter((o) => q.answer.includes(o.id));
      const wrong = q.options.filter((o) => !q.answer.includes(o.id));
      const picks = mode === 'right' ? right : mode === 'partial' ? right.slice(0, -1) : [wrong[0]];
      for (const o of picks) await setCheckbox(page, fs.getByRole('checkbox', { name: o.text[lang], exact: true }), via);
      return mode === 'right' ? 1 : mode === 'partial' ? (right.length - 1) / right.length : 0;
    }
    case 'fill': {
      let right = 0;
      for (const [i, blank] of q.blanks.entries()) {
        const ok = mode === 'right' || (mode === 'partial' && i === 0);
        const input = fs.getByRole('textbox', { name: ui(lang, 'quiz.blank', { n: i + 1 }), exact: true });
        if (via === 'click') await input.fill(ok ? blank.accept[lang][0] : 'zzz');
        else {
          await tabTo(page, input);
          await page.keyboard.type(ok ? blank.accept[lang][0] : 'zzz');
        }
        if (ok) right++;
      }
      return right / q.blanks.length;
    }
    case 'matching': {
      const n = q.pairs.length;
      // wrong: every left gets the next pair's right; partial: only the first two are swapped.
      const target = (i: number) => (mode === 'right' ? i : mode === 'wrong' ? (i + 1) % n : i < 2 ? 1 - i : i);
      for (const [i, p] of q.pairs.entries()) {
        await setSelect(page, fs.getByRole('combobox', { name: ui(lang, 'quiz.matchFor', { item: p.left[lang] }), exact: true }), q.pairs[target(i)].right[lang], via);
      }
      return mode === 'right' ? 1 : mode === 'wrong' ? 0 : (n - 2) / n;
    }
    case 'ordering': {
      const correct = q.items.map((i) => i.text[lang]);
      const n = correct.length;
      // wrong: reversed with the middle one moved off its place; partial: first two swapped.
      const wanted = mode === 'right' ? correct : mode === 'partial' ? [correct[1], correct[0], ...correct.slice(2)] : wrongOrder(correct);
      await arrange(page, fs, wanted, via, lang);
      return wanted.filter((t, i) => t === correct[i]).length / n;
    }
    case 'categorise': {
      const groups = q.groups;
      let right = 0;
      for (const [i, item] of q.items.entries()) {
        const ok = mode === 'right' || (mode === 'partial' && i % 2 === 0);
        const group = ok ? groups.find((g) => g.id === item.group)! : groups.find((g) => g.id !== item.group)!;
        if (ok) right++;
        await setSelect(page, fs.getByRole('combobox', { name: ui(lang, 'quiz.groupFor', { item: item.text[lang] }), exact: true }), group.label[lang], via);
      }
      return right / q.items.length;
    }
  }
}

/** An order with no item in its right place (a rotation by one). */
function wrongOrder<T>(items: T[]): T[] {
  return [...items.slice(1), items[0]];
}

/** The verdict line of a checked question. */
export function verdict(fs: Locator): Locator {
  return fs.locator('.feedback-verdict');
}

export function expectedVerdict(lang: Lang, score: number): string {
  if (score >= 1) return ui(lang, 'quiz.correct');
  if (score > 0) return ui(lang, 'quiz.partial', { score: Math.round(score * 100) });
  return ui(lang, 'quiz.incorrect');
}

/** The stored progress record, parsed. */
export async function storedProgress(page: Page): Promise<{ version: number; questions: Record<string, { attempts: number; lastScore: number; missed: boolean; card?: { due: number } }> } | null> {
  return page.evaluate(() => {
    const raw = localStorage.getItem('progress:v1');
    return raw ? JSON.parse(raw) : null;
  });
}

/** Opens a lesson's reading page and waits for its quiz to hydrate. */
export async function openQuiz(page: Page, lang: Lang, slug = 'service-recovery') {
  await page.goto(`/${lang}/lessons/${slug}/`);
  await page.locator('.quiz').scrollIntoViewIfNeeded();
  await page.waitForSelector('.quiz .quiz-run fieldset');
  // Hydration replaces the server-rendered markup; wait until the island reacts to input.
  await page.waitForFunction(() => !document.querySelector('.quiz astro-island')?.hasAttribute('ssr'));
}

/** A button of the lesson quiz by its UI string. */
export function quizButton(page: Page, lang: Lang, key: UiKey): Locator {
  return page.locator('.quiz').getByRole('button', { name: ui(lang, key), exact: true });
}

/** The header's review badge: its number, or null when hidden. */
export async function badgeCount(page: Page): Promise<number | null> {
  const badge = page.locator('[data-due-badge]');
  if (await badge.isHidden()) return null;
  return Number(await badge.innerText());
}

/** Progress with the given questions missed (never reviewed), as the store saves it. */
export function missedProgress(ids: string[], at: number) {
  return { version: 1, questions: Object.fromEntries(ids.map((id) => [id, { attempts: 1, lastScore: 0, firstAt: at, lastAt: at, missed: true }])) };
}
