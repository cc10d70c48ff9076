/**
 * The progress page and the saved record behind it: export downloads the record; a valid import
 * merges without losing anything; a bad import changes nothing and says so; corrupt or old data
 * under `progress:v1` never breaks a page, keeps what is valid, and the progress page says what
 * was set aside (with the original kept to download); axe in both languages.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { answer, badgeCount, LANGS, loadBank, openQuiz, question, quizButton, storedProgress, ui, verdict, type Lang } from './quiz-helpers.ts';

const SR = loadBank('service-recovery').questions;
const [Q1, Q2, Q3] = SR;
const rec = (attempts: number, lastAt: number, lastScore = 1, missed = false) => ({ attempts, lastScore, firstAt: lastAt - 1000, lastAt, missed });

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function seed(page: Page, raw: string) {
  await page.goto('/en/glossary/');
  await page.evaluate((r) => {
    localStorage.clear();
    localStorage.setItem('progress:v1', r);
  }, raw);
}
async function openProgress(page: Page, lang: Lang) {
  await page.goto(`/${lang}/progress/`);
  await page.waitForSelector('[data-progress-row]');
}
const rawStored = (page: Page) => page.evaluate(() => localStorage.getItem('progress:v1'));
const status = (page: Page) => page.locator('[data-import-status]');
async function importText(page: Page, text: string, name = 'progress.json') {
  await page.locator('[data-import]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe('export and import', () => {
  it('exports the saved record as a JSON file', async () => {
    const { context, page, errors } = await newPage(browser);
    const data = { version: 1, questions: { [Q1.id]: rec(2, 1_700_000_000_000), [Q2.id]: rec(1, 1_700_000_500_000, 0, true) } };
    await seed(page, JSON.stringify(data));
    await openProgress(page, 'en');
    expect(await page.locator(`[data-progress-row="service-recovery"]`).innerText()).toContain(`2 / ${SR.length}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: ui('en', 'progress.export'), exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/^service-marketing-progress-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8'))).toEqual(data);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('imports a valid file by merging: nothing of ours is lost, newer work wins, invalid entries are skipped and counted', async () => {
    const { context, page, errors } = await newPage(browser);
    const ours = { version: 1, questions: { [Q1.id]: rec(3, 1_700_000_000_000), [Q2.id]: rec(1, 1_700_000_000_000, 0, true) } };
    await seed(page, JSON.stringify(ours));
    await openProgress(page, 'zh');
    const file = {
      version: 1,
      questions: {
        [Q1.id]: rec(1, 1_700_900_000_000, 0, true), // fewer attempts: ours stays
        [Q2.id]: rec(4, 1_700_900_000_000), // more attempts: theirs wins
        [Q3.id]: rec(1, 1_700_900_000_000), // new
        'Not An Id': rec(1, 1),
        broken: { attempts: 'x' },
      },
    };
    await importText(page, JSON.stringify(file));
    await expect.poll(() => status(page).innerText()).toBe(`${ui('zh', 'progress.imported', { added: 1, updated: 1 })} ${ui('zh', 'progress.importSkipped', { n: 2 })}`);
    const merged = (await storedProgress(page))!.questions;
    expect(Object.keys(merged).sort()).toEqual([Q1.id, Q2.id, Q3.id].sort());
    expect(merged[Q1.id]).toEqual(ours.questions[Q1.id]);
    expect(merged[Q2.id]).toEqual(file.questions[Q2.id]);
    expect(merged[Q3.id]).toEqual(file.questions[Q3.id]);
    expect(await page.locator('[data-progress-row="service-recovery"]').innerText()).toContain(`3 / ${SR.length}`);
    await page.reload();
    await page.waitForSelector('[data-progress-row]');
    expect(Object.keys((await storedProgress(page))!.questions)).toHaveLength(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  const badFiles: [string, string][] = [
    ['not JSON', '{"version": 1, "questions": {'],
    ['a JSON list', '[1, 2, 3]'],
    ['an object without questions', '{"hello": "world"}'],
    ['questions that are not a map', '{"version": 1, "questions": ["a"]}'],
    ['no valid entry at all', '{"version": 1, "questions": {"Bad Id": {"attempts": 1, "lastAt": 1}, "x": {"attempts": "many"}}}'],
    ['an empty file', ''],
  ];
  it.each(badFiles)('refuses %s, changes nothing and says so', async (_what, text) => {
    const { context, page, errors } = await newPage(browser);
    const ours = JSON.stringify({ version: 1, questions: { [Q1.id]: rec(2, 1_700_000_000_000) } });
    await seed(page, ours);
    await openProgress(page, 'en');
    await importText(page, text);
    await expect.poll(() => status(page).innerText()).toBe(ui('en', 'progress.importError'));
    expect(await rawStored(page)).toBe(ours);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('corrupt saved progress', () => {
  const valid = rec(2, 1_700_000_000_000, 0, true);
  const cases: { name: string; raw: string; kept: string[]; setAside: (lang: Lang) => string[] }[] = [
    { name: 'invalid JSON', raw: '{"version":1,"questions":{"sr-', kept: [], setAside: (l) => [ui(l, 'progress.wholeRecord')] },
    { name: 'a list instead of an object', raw: '[{"attempts":1}]', kept: [], setAside: (l) => [ui(l, 'progress.wholeRecord')] },
    { name: 'questions of the wrong shape', raw: '{"version":1,"questions":"lots"}', kept: [], setAside: (l) => [ui(l, 'progress.questionList')] },
    {
      name: 'some broken records among valid ones',
      raw: JSON.stringify({ version: 1, questions: { [Q1.id]: valid, 'Bad Id': valid, [Q2.id]: { attempts: 'many' }, [Q3.id]: { ...valid, card: { due: 'soon' } }, 'sr-x': null } }),
      kept: [Q1.id, Q3.id],
      setAside: () => ['Bad Id', Q2.id, `${Q3.id}.card`, 'sr-x'],
    },
  ];

  for (const c of cases) {
    it(`${c.name}: every page still works, valid entries are kept, the progress page lists what was set aside`, async () => {
      const { context, page, errors } = await newPage(browser);
      await seed(page, c.raw);
      // Pages that read progress: course home, a lesson with its quiz, review, exam.
      for (const path of ['/zh/', '/en/review/', '/zh/exam/']) {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
      }
      await openQuiz(page, 'en');
      const missedKept = c.kept.length;
      await expect.poll(() => badgeCount(page)).toBe(missedKept || null);
      // The quiz still records, beside the kept entries.
      const q = SR[5];
      await question(page, Q1.id).waitFor();
      for (let i = 0; i < 5; i++) await quizButton(page, 'en', 'quiz.next').click();
      await answer(page, question(page, q.id), q, 'en', 'right');
      await quizButton(page, 'en', 'quiz.check').click();
      await verdict(question(page, q.id)).waitFor();
      const stored = (await storedProgress(page))!;
      expect(Object.keys(stored.questions).sort()).toEqual([...c.kept, q.id].sort());
      for (const id of c.kept) expect(stored.questions[id]).toMatchObject({ attempts: valid.attempts, lastAt: valid.lastAt, missed: true });
      expect(await page.evaluate(() => localStorage.getItem('progress:v1:backup'))).toBe(c.raw);

      for (const lang of LANGS) {
        await openProgress(page, lang);
        const notice = page.locator('[data-repairs]');
        expect(await notice.isVisible()).toBe(true);
        const text = await notice.innerText();
        expect(text).toContain(ui(lang, 'progress.repaired', { n: c.setAside(lang).length }));
        for (const item of c.setAside(lang)) expect(text).toContain(item);
      }
      // The original can be downloaded; dismissing the note keeps the backup. (The page is now in English.)
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: ui('en', 'progress.downloadBackup'), exact: true }).click()]);
      expect(readFileSync((await download.path())!, 'utf8')).toBe(c.raw);
      await page.getByRole('button', { name: ui('en', 'progress.dismiss'), exact: true }).click();
      await expect.poll(() => page.locator('[data-repairs]').count()).toBe(0);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('progress-export');
      await page.reload();
      await page.waitForSelector('[data-progress-row]');
      expect(await page.locator('[data-repairs]').count()).toBe(0);
      expect(await page.evaluate(() => localStorage.getItem('progress:v1:backup'))).toBe(c.raw);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('migrates the shape from before versioning without a word, and keeps it', async () => {
    const { context, page, errors } = await newPage(browser);
    await seed(page, JSON.stringify({ [Q1.id]: valid }));
    await openProgress(page, 'en');
    expect(await page.locator('[data-repairs]').count()).toBe(0);
    expect(await page.locator('[data-progress-row="service-recovery"]').innerText()).toContain(`1 / ${SR.length}`);
    expect(await page.locator('[data-due-total]').innerText()).toBe(ui('en', 'progress.reviewDue', { n: 1 }));
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('accessibility of the progress page', () => {
  for (const lang of LANGS) {
    it(`axe finds nothing with progress, a repair note and an import message (${lang})`, async () => {
      const { context, page } = await newPage(browser);
      await seed(page, JSON.stringify({ version: 1, questions: { [Q1.id]: rec(1, 1_700_000_000_000), 'Bad Id': rec(1, 1) } }));
      await openProgress(page, lang);
      await page.locator('[data-repairs]').waitFor();
      await importText(page, 'nope');
      await expect.poll(() => status(page).innerText()).not.toBe('');
      const r = await new AxeBuilder({ page }).analyze();
      expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      // The file picker is reached and named by keyboard.
      await page.locator('[data-import]').focus();
      expect(await page.evaluate(() => document.activeElement?.closest('label')?.textContent?.trim())).toBe(ui(lang, 'progress.import'));
      await context.close();
    });
  }
});
