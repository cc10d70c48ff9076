/** Course home, the reading page (notes, terms, theme, print) and layouts from phone to projector. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
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

const frontmatter = (slug: string, lang: string) => parse(readFileSync(`content/lessons/${slug}/${lang}.mdx`, 'utf8').split('---')[1]);
const slugs = readdirSync('content/lessons').sort((a, b) => frontmatter(a, 'en').order - frontmatter(b, 'en').order);

describe('course home', () => {
  it('lists every lesson in syllabus order with title, summary and time, in both languages', async () => {
    const { context, page, errors } = await newPage(browser);
    for (const lang of ['zh', 'en']) {
      await page.goto(`/${lang}/`);
      const cards = page.locator('[data-lesson-card]');
      expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-lesson-card')))).toEqual(slugs);
      for (const [i, slug] of slugs.entries()) {
        const fm = frontmatter(slug, lang);
        const card = cards.nth(i);
        expect(await card.locator('h3').textContent()).toBe(fm.title);
        expect(await card.locator('.lesson-card-summary').textContent()).toBe(fm.summary);
        expect(await card.locator('.lesson-card-meta').textContent()).toContain(String(fm.minutes));
      }
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('reading page', () => {
  it('hides lecturer notes by default; the toggle shows them and is remembered', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/en/lessons/service-recovery/');
    const notes = page.locator('.lecturer-notes').first();
    expect(await notes.isVisible()).toBe(false);
    const toggle = page.locator('[data-notes-toggle]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await notes.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    expect(await page.locator('.lecturer-notes').first().isVisible()).toBe(true);
    await page.goto('/zh/lessons/service-recovery/');
    expect(await page.locator('.lecturer-notes').first().isVisible()).toBe(true);
    await page.locator('[data-notes-toggle]').click();
    expect(await page.locator('.lecturer-notes').first().isVisible()).toBe(false);
    await context.close();
  });

  it('shows a glossary definition on keyboard focus and hover, and links to the term', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/zh/lessons/service-recovery/');
    const link = page.locator('a.term-link[data-term="empowerment"]').first();
    const tip = page.locator(`#${await link.getAttribute('aria-describedby')}`);
    expect(await tip.isVisible()).toBe(false);
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const glossary = parse(readFileSync('content/glossary.yaml', 'utf8')) as { id: string; zh: string; en: string; definition: { zh: string } }[];
    const term = glossary.find((t) => t.id === 'empowerment')!;
    expect(await tip.textContent()).toContain(term.definition.zh);
    expect(await tip.locator('[lang="en"]').textContent()).toContain(term.en);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.mouse.move(0, 0);
    await link.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    await link.click();
    await page.waitForURL('**/zh/glossary/#empowerment');
    await context.close();
  });

  it('has a light/dark toggle that starts from the system and is remembered', async () => {
    const { context, page } = await newPage(browser);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/en/');
    const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const dark = await bg();
    expect(await page.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe('true');
    await page.click('[data-theme-toggle]');
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    const light = await bg();
    expect(light).not.toBe(dark);
    await page.reload();
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    expect(await bg()).toBe(light);
    await context.close();
  });

  it('prints the lesson text only', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/en/lessons/service-recovery/');
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.toc', '.lesson-toolbar', '.site-footer']) expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
    expect(await page.locator('#empower-front-line').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
    await context.close();
  });

  it('fits a phone without sideways scrolling and scales up on a projector', async () => {
    for (const [width, height] of [[360, 740], [1920, 1080]]) {
      const { context, page } = await newPage(browser, { viewport: { width, height } });
      for (const path of ['/zh/', '/zh/lessons/service-recovery/', '/en/glossary/', '/en/search/']) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
      }
      const size = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      if (width >= 1600) expect(size).toBeGreaterThan(16);
      await context.close();
    }
  });

  it('renders Chinese with a CJK font and marks other-language text', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/zh/lessons/service-recovery/');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return getComputedStyle(document.querySelector('h1')!).fontFamily;
    });
    expect(fonts).toMatch(/Noto Sans CJK SC|PingFang SC|Microsoft YaHei|Source Han Sans SC/);
    expect(await page.locator('.term-tip [lang="en"]').count()).toBeGreaterThan(0);
    await page.goto('/en/lessons/service-recovery/');
    expect(await page.locator('.term-tip [lang="zh-CN"]').count()).toBeGreaterThan(0);
    await context.close();
  });
});
