/**
 * Search across languages (through the glossary's paired terms and both indexes), filters by
 * lesson and kind, results that open the exact section with the matched words highlighted, and
 * "show on slide" links, in both languages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchBrowser, newPage } from './browser.ts';
import { resultHrefs } from './offline-helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const terms = (
  JSON.parse(readFileSync('dist/search-terms.json', 'utf8')) as {
    terms: { id: string; lessons: string[] }[];
  }
).terms;
const q = (text: string) => encodeURIComponent(text);

/** Each listed result: its language, its language mark (if any) and the lang of its text. */
function marks(page: Page, scope = '.search--page') {
  return page.$$eval(`${scope} [data-search-list] > li`, (lis) =>
    lis.map((li) => ({
      lang: (li as HTMLElement).dataset.lang,
      badge: li.querySelector('.result-lang')?.textContent ?? null,
      bodyLang: li.querySelector('.result-body')?.getAttribute('lang') ?? null,
    })),
  );
}

describe('cross-language search', () => {
  it('a Chinese reader typing "service recovery" finds the Chinese section, and English ones marked as English', async () => {
    const { context, page, errors } = await newPage(browser, { locale: 'zh-CN' });
    await page.goto(`/zh/search/?q=${q('service recovery')}`);
    const hrefs = await resultHrefs(page);
    expect(hrefs.some((h) => h.startsWith('/zh/lessons/service-recovery/#'))).toBe(true);
    expect(hrefs.some((h) => h.startsWith('/en/lessons/service-recovery/#'))).toBe(true);
    for (const m of await marks(page)) {
      if (m.lang === 'en') expect(m).toEqual({ lang: 'en', badge: '英文', bodyLang: 'en' });
      else expect(m).toEqual({ lang: 'zh', badge: null, bodyLang: null });
    }
    expect(await page.textContent('.search--page [data-search-paired]')).toBe(
      '已通过术语表同时搜索: 服务补救',
    );
    expect(await page.getAttribute('.search--page .search-paired-term', 'lang')).toBe('zh-CN');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an English reader typing 服务补救 in the header finds the English section, and Chinese ones marked as Chinese', async () => {
    const { context, page, errors } = await newPage(browser);
    await page.goto('/en/');
    await page.fill('#search-header', '服务补救');
    const hrefs = await resultHrefs(page, '.search--header');
    expect(hrefs.some((h) => h.startsWith('/en/lessons/service-recovery/#'))).toBe(true);
    expect(hrefs.some((h) => h.startsWith('/zh/'))).toBe(true);
    const zh = (await marks(page, '.search--header')).filter((m) => m.lang === 'zh');
    expect(zh.length).toBeGreaterThan(0);
    for (const m of zh) expect(m).toEqual({ lang: 'zh', badge: 'Chinese', bodyLang: 'zh-CN' });
    expect(await page.textContent('.search--header [data-search-paired]')).toBe(
      'Also searched, through the glossary: service recovery',
    );
    // Keyboard still reaches every option, whichever its language.
    const count = hrefs.length;
    for (let i = 0; i < count; i++) await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute('#search-header', 'aria-activedescendant')).toBe(
      `search-header-opt-${count - 1}`,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a query in the page language stays in that language', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`/en/search/?q=${q('empowerment')}`);
    expect((await resultHrefs(page)).every((h) => h.startsWith('/en/'))).toBe(true);
    expect(await page.isHidden('.search--page [data-search-paired]')).toBe(true);
    await context.close();
  });

  it('still searches when the glossary pairs cannot be loaded', async () => {
    const { context, page, errors } = await newPage(browser, { locale: 'zh-CN' });
    await context.route('**/search-terms.json', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"terms": [{"id": 1}], oops',
      }),
    );
    await page.goto(`/zh/search/?q=${q('授权')}`);
    expect(await resultHrefs(page)).toContain('/zh/lessons/service-recovery/#empower-front-line');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('filters', () => {
  it('by kind: glossary terms only, kept in the URL and across a reload (English)', async () => {
    const { context, page, errors } = await newPage(browser);
    await page.goto(`/en/search/?q=${q('service')}`);
    await resultHrefs(page);
    await page.selectOption('select[name=kind]', 'term');
    await page.waitForURL(/kind=term/);
    await expect
      .poll(async () =>
        (await resultHrefs(page)).every((h) => /^\/en\/glossary\/#[a-z0-9-]+$/.test(h)),
      )
      .toBe(true);
    await page.reload();
    expect(await page.inputValue('select[name=kind]')).toBe('term');
    expect((await resultHrefs(page)).every((h) => h.startsWith('/en/glossary/#'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('by lesson and kind: sections of one lesson only (Chinese)', async () => {
    const { context, page } = await newPage(browser, { locale: 'zh-CN' });
    await page.goto(`/zh/search/?q=${q('服务')}&lesson=service-process&kind=section`);
    expect(await page.inputValue('select[name=lesson]')).toBe('service-process');
    const hrefs = await resultHrefs(page);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h.startsWith('/zh/lessons/service-process/#'))).toBe(true);
    await context.close();
  });

  it('by lesson: glossary terms are those the lesson teaches (Chinese)', async () => {
    const { context, page } = await newPage(browser, { locale: 'zh-CN' });
    await page.goto(`/zh/search/?q=${q('补救')}&lesson=service-recovery&kind=term`);
    const hrefs = await resultHrefs(page);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) {
      const id = h.split('#')[1];
      expect(terms.find((t) => t.id === id)?.lessons, id).toContain('service-recovery');
    }
    await context.close();
  });

  it('ignores filter values it does not know', async () => {
    const { context, page, errors } = await newPage(browser);
    await page.goto(`/en/search/?q=${q('empowerment')}&lesson=${q('<script>')}&kind=evil`);
    expect(await page.inputValue('select[name=lesson]')).toBe('');
    expect(await page.inputValue('select[name=kind]')).toBe('');
    expect((await resultHrefs(page)).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('opening a result', () => {
  it('opens the exact section with the matched words highlighted (Chinese)', async () => {
    const { context, page, errors } = await newPage(browser, { locale: 'zh-CN' });
    await page.goto(`/zh/search/?q=${q('服务补救')}&lesson=service-recovery&kind=section`);
    await resultHrefs(page);
    const first = page.locator('.search--page a.result-link').first();
    const target = new URL((await first.getAttribute('href'))!, 'http://x');
    await first.click();
    await page.waitForURL((u) => u.pathname === target.pathname && u.hash === target.hash);
    await page.waitForFunction(() => document.querySelectorAll('mark.search-hit').length > 0);
    const section = target.hash.slice(1);
    const hits = await page.$$eval(`section[data-section="${section}"] mark.search-hit`, (m) =>
      m.map((x) => x.textContent),
    );
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits)).toEqual(new Set(['服务补救']));
    expect(
      await page.$eval(`#${section}`, (h) => h.getBoundingClientRect().top < innerHeight),
    ).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the exact section with the matched words highlighted (English, from a Chinese query)', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`/en/search/?q=${q('一线员工')}`);
    const hrefs = await resultHrefs(page);
    expect(hrefs).toContain('/en/lessons/service-recovery/#empower-front-line');
    await page
      .locator(
        '.search--page li[data-href*="/en/lessons/service-recovery/"][data-href$="#empower-front-line"] a.result-link',
      )
      .click();
    await page.waitForURL(/#empower-front-line$/);
    await page.waitForFunction(() => document.querySelectorAll('mark.search-hit').length > 0);
    const hits = await page.$$eval(
      'section[data-section="empower-front-line"] mark.search-hit',
      (m) => m.map((x) => x.textContent!.toLowerCase()),
    );
    expect(hits.some((h) => h.startsWith('front-line employee'))).toBe(true);
    await context.close();
  });

  it('highlights nothing on a page opened any other way, and survives a crafted ?hl=', async () => {
    const { context, page, errors } = await newPage(browser);
    await page.goto('/en/lessons/service-recovery/');
    expect(await page.locator('mark.search-hit').count()).toBe(0);
    await page.goto(
      '/en/lessons/service-recovery/?hl=%E0%A4%A&hl=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&hl=recovery#service-failure',
    );
    await page.waitForFunction(() => document.querySelectorAll('mark.search-hit').length > 0);
    expect(await page.locator('img[src=x]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('"show on slide" opens the same section in the deck, in both languages', async () => {
    for (const [lang, query, label] of [
      ['en', 'empowerment', /^Show on slide: \S.+$/],
      ['zh', '授权', /^在幻灯片中查看:\S.+$/],
    ] as const) {
      const { context, page } = await newPage(browser);
      await page.goto(`/${lang}/search/?q=${q(query)}&kind=section`);
      await resultHrefs(page);
      const item = page.locator('.search--page [data-search-list] > li').first();
      const section = new URL((await item.getAttribute('data-href'))!, 'http://x');
      const slide = item.locator('a.result-slide');
      expect(await slide.getAttribute('href')).toBe(`${section.pathname}slides/${section.hash}`);
      expect(await slide.textContent()).toMatch(label);
      // Tab goes from the result to its slide link; the arrow keys skip it.
      await item.locator('a.result-link').focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('result-slide');
      if (existsSync(`dist${section.pathname}slides/index.html`)) {
        const res = await page.goto((await slide.getAttribute('href'))!);
        expect(res?.status()).toBe(200);
      }
      await context.close();
    }
  });
});

describe('accessibility', () => {
  for (const [lang, query] of [
    ['zh', 'service recovery'],
    ['en', '服务补救'],
  ]) {
    it(`the search page with filters and mixed-language results has no axe violations (${lang})`, async () => {
      const { context, page } = await newPage(browser);
      await page.goto(`/${lang}/search/?q=${q(query)}`);
      await resultHrefs(page);
      const r = await new AxeBuilder({ page }).analyze();
      expect(r.violations).toEqual([]);
      await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      await context.close();
    });
  }
});
