/** Reading in two languages: side by side aligned by section ids, or one section at a time. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { scanLesson } from '../../src/lib/mdx-scan.ts';
import { launchBrowser, newPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const sections = (slug: string, lang: string) => scanLesson(readFileSync(`content/lessons/${slug}/${lang}.mdx`, 'utf8')).sections;

describe('side-by-side view', () => {
  it('pairs every section with its translation: two columns when wide, one after the other on a phone', async () => {
    for (const [width, columns] of [[1400, 2], [390, 1]] as const) {
      const { context, page, errors } = await newPage(browser, { viewport: { width, height: 900 } });
      await page.goto('/zh/lessons/service-process/');
      await page.click('[data-parallel-toggle]');
      await page.waitForSelector('article.is-parallel');
      const rows = await page.locator('.parallel-row').evaluateAll((els) => els.map((row) => ({
        id: (row as HTMLElement).dataset.row,
        langs: [...row.children].map((c) => c.closest('[lang]')?.getAttribute('lang') ?? ''),
        titles: [...row.querySelectorAll('h2')].map((h) => h.textContent!.trim()),
        tops: [...row.children].map((c) => Math.round(c.getBoundingClientRect().top)),
        lefts: [...row.children].map((c) => Math.round(c.getBoundingClientRect().left)),
      })));
      const zh = sections('service-process', 'zh');
      const en = sections('service-process', 'en');
      expect(rows.map((r) => r.id)).toEqual(zh.map((s) => s.id));
      rows.forEach((row, i) => {
        expect(row.titles).toEqual([zh[i].title, en[i].title]);
        expect(row.langs).toEqual(['zh-CN', 'en']);
        if (columns === 2) {
          expect(row.tops[0]).toBe(row.tops[1]);
          expect(row.lefts[1]).toBeGreaterThan(row.lefts[0]);
        } else {
          expect(row.tops[1]).toBeGreaterThan(row.tops[0]);
        }
      });
      const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
      expect(ids.length).toBe(new Set(ids).size);
      // remembered, and undone by the same button
      await page.reload();
      await page.waitForSelector('article.is-parallel');
      await page.click('[data-parallel-toggle]');
      expect(await page.locator('.parallel-row').count()).toBe(0);
      expect(await page.locator('.other-lang-section').count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('is accessible', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/en/lessons/service-recovery/');
    await page.click('[data-parallel-toggle]');
    await page.waitForSelector('article.is-parallel');
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes[0].target.join(' ')}`)).toEqual([]);
    await context.close();
  });
});

describe('one section in the other language', () => {
  it('shows the translation under the heading and hides it again, by keyboard', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/en/lessons/service-recovery/');
    const section = page.locator('section[data-section="empower-front-line"]');
    const button = section.locator('[data-other-lang-toggle]');
    expect(await button.isVisible()).toBe(true);
    await button.focus();
    await page.keyboard.press('Enter');
    const inline = section.locator('.other-lang-inline');
    await inline.waitFor();
    expect(await inline.getAttribute('lang')).toBe('zh-CN');
    const zhTitle = sections('service-recovery', 'zh').find((s) => s.id === 'empower-front-line')!.title;
    expect(await inline.locator('h2').count()).toBe(0);
    expect(await section.innerText()).toContain('授权');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(zhTitle.length).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    expect(await inline.count()).toBe(0);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await context.close();
  });

  it('shows glossary terms with both names', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/en/lessons/service-recovery/');
    const tip = await page.locator('.term-tip').first().innerHTML();
    expect(tip).toMatch(/lang="zh-CN"/);
    await context.close();
  });
});

describe('term flashcards', () => {
  it('turns, rates and schedules glossary cards; due cards count in the header badge', async () => {
    const { context, page, errors } = await newPage(browser);
    await page.clock.install({ time: new Date('2026-11-24T09:00:00Z') });
    await page.goto('/en/flashcards/');
    const card = page.locator('[data-card]');
    await card.waitFor();
    const firstId = await card.getAttribute('data-card');
    expect(firstId).toMatch(/~zh-en$/);
    const glossary = JSON.parse(readFileSync('dist/glossary.json', 'utf8')) as { id: string; zh: string; en: string; definition: { en: string } }[];
    const term = glossary.find((x) => x.id === firstId!.split('~')[0])!;
    expect(await page.textContent('.flashcard-front')).toBe(term.zh);
    expect(await page.getAttribute('.flashcard-front', 'lang')).toBe('zh-CN');
    await page.keyboard.press('Space');
    expect(await page.textContent('.flashcard-answer')).toBe(term.en);
    expect(await page.locator('.flashcard-back').innerText()).toContain(term.definition.en);
    await page.keyboard.press('1'); // Again: due again within minutes
    await expect.poll(() => card.getAttribute('data-card')).not.toBe(firstId);
    expect(await page.isHidden('[data-due-badge]')).toBe(true);
    // rate the second one Good with the mouse
    await page.click('text=Show answer');
    await page.click('[data-rating="3"]');
    await page.reload();
    await page.clock.fastForward('00:05:00'); // Again (1 min) is due; Good (10 min) is not yet
    await expect.poll(() => page.textContent('[data-due-badge]')).toBe('1');
    await expect.poll(() => card.getAttribute('data-card')).toBe(firstId);
    expect(await page.textContent('[data-cards-stats]')).toMatch(/Due: 1 · new left today: 8/);
    // the other direction is a deck of its own
    await page.selectOption('.flashcards-bar select', 'en-zh');
    expect(await page.getAttribute('.flashcard-front', 'lang')).toBe('en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('survives corrupt saved cards', async () => {
    const { context, page, errors } = await newPage(browser);
    await page.addInitScript(() => localStorage.setItem('flashcards:v1', '{"cards": {"x~zh-en": {"due": "soon"}}, "newPerDay": 7'));
    await page.goto('/zh/flashcards/');
    await page.locator('[data-card]').waitFor();
    expect(await page.getAttribute('.flashcard-front', 'lang')).toBe('en');
    expect(errors).toEqual([]);
    await context.close();
  });
});
