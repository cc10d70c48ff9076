/** The glossary: every term in both languages, one anchor each, Chinese in pinyin order. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const terms = parse(readFileSync('content/glossary.yaml', 'utf8')) as { id: string; zh: string; en: string; definition: { zh: string; en: string } }[];

describe('glossary page', () => {
  it('has every term once, with both names and definitions, in both languages', async () => {
    const { context, page } = await newPage(browser);
    for (const lang of ['zh', 'en'] as const) {
      await page.goto(`/${lang}/glossary/`);
      const ids = await page.locator('[data-term-entry]').evaluateAll((els) => els.map((e) => e.getAttribute('data-term-entry')));
      expect([...ids].sort()).toEqual(terms.map((t) => t.id).sort());
      for (const term of terms.slice(0, 12)) {
        const entry = page.locator(`[data-term-entry="${term.id}"]`);
        expect(await page.locator(`[id="${term.id}"]`).count()).toBe(1);
        const text = await entry.innerText();
        for (const s of [term.zh, term.en, term.definition.zh, term.definition.en]) expect(text).toContain(s);
      }
    }
    await context.close();
  });

  it('sorts Chinese names by pinyin and English names alphabetically, in index-letter groups', async () => {
    const { context, page } = await newPage(browser);
    for (const [lang, collator] of [['zh', new Intl.Collator('zh-CN-u-co-pinyin')], ['en', new Intl.Collator('en', { sensitivity: 'base', numeric: true })]] as const) {
      await page.goto(`/${lang}/glossary/`);
      const groups = await page.locator('.glossary-group').evaluateAll((els) => els.map((g) => ({
        letter: g.querySelector('.glossary-letter')!.textContent!,
        names: [...g.querySelectorAll('.glossary-term h3 .heading-anchor')].map((a) => a.getAttribute('data-name')!),
      })));
      // The letters run A to Z (then # for names starting with a digit), each once.
      const letters = groups.map((g) => g.letter);
      expect(letters).toEqual([...letters].sort((a, b) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b))));
      expect(new Set(letters).size).toBe(letters.length);
      for (const g of groups) expect(g.names, `${lang} ${g.letter}`).toEqual([...g.names].sort(collator.compare));
      if (lang === 'zh') {
        const all = groups.flatMap((g) => g.names);
        expect(all).not.toEqual([...all].sort());
      }
    }
    await context.close();
  });

  it('opens a term by its anchor and links back to the lessons that teach it', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/en/glossary/#service-recovery');
    const entry = page.locator('[data-term-entry="service-recovery"]');
    expect(await entry.evaluate((el) => el.matches(':target') || el.querySelector(':target') !== null)).toBe(true);
    const back = entry.locator('[data-term-lesson="service-recovery"]');
    await back.click();
    await page.waitForURL(/\/en\/lessons\/service-recovery\/#[a-z-]+$/);
    const hash = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`#${hash} ~ * a.term-link[data-term="service-recovery"], [data-section="${hash}"] a.term-link[data-term="service-recovery"]`).count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('pinyin', () => {
  it('shows pinyin above Chinese glossary terms on demand, remembered across pages', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/zh/lessons/service-recovery/');
    const rt = page.locator('a.term-link[data-term="service-recovery"] rt').first();
    expect(await rt.isVisible()).toBe(false);
    expect(await page.locator('a.term-link[data-term="service-recovery"]').first().innerText()).toBe('服务补救');
    await page.click('[data-pinyin-toggle]');
    expect(await rt.isVisible()).toBe(true);
    expect(await page.locator('a.term-link[data-term="service-recovery"] rt').allTextContents()).toEqual(['fú', 'wù', 'bǔ', 'jiù']);
    expect(await page.getAttribute('[data-pinyin-toggle]', 'aria-pressed')).toBe('true');
    await page.goto('/zh/glossary/');
    expect(await page.locator('[data-term-entry="service-recovery"] h3 rt').first().isVisible()).toBe(true);
    await page.goto('/en/lessons/service-recovery/');
    expect(await page.locator('[data-pinyin-toggle]').count()).toBe(0);
    await context.close();
  });
});
