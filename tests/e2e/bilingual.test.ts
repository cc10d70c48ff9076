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
