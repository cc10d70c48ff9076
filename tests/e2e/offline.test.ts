/**
 * Offline use in Chromium, as a self-learner meets it: visit once, download for offline, lose
 * the network, open every page, search in both languages, answer a question; then a changed
 * build is deployed and the update is offered, with progress kept.
 *
 * The suite runs its own copy of the site on its own server (its own origin, so its service
 * worker and caches touch no other test) which it can take down and redeploy.
 */
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/static-server.ts';
import { buildOffline } from '../../scripts/build-offline.ts';
import { isPrecached, urlPathFor } from '../../src/lib/offline/manifest.ts';
import {
  flakyProxy,
  goOffline,
  goOnline,
  hydrated,
  openPanel,
  resultHrefs,
} from './offline-helpers.ts';

let dir: string;
let server: StaticServer;
let port: number;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

function files(root: string, at = root): string[] {
  return readdirSync(at).flatMap((name) => {
    const full = join(at, name);
    return statSync(full).isDirectory()
      ? files(root, full)
      : [relative(root, full).split(sep).join('/')];
  });
}

const startServer = async () => {
  server = await serveStatic(dir, port);
};
const stopServer = async () => {
  server.server.closeAllConnections();
  await server.close();
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sm-offline-'));
  cpSync('dist', dir, { recursive: true });
  server = await serveStatic(dir);
  port = Number(new URL(server.url).port);
  browser = await launchBrowser();
  context = await browser.newContext({
    baseURL: server.url,
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
  });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await stopServer().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

describe('installable app', () => {
  it('links a manifest named in both languages, with icons and the theme colour', async () => {
    await page.goto('/zh/');
    const href = await page.getAttribute('link[rel=manifest]', 'href');
    expect(href).toBe('/zh/manifest.webmanifest');
    for (const lang of ['zh', 'en']) {
      const res = await page.request.get(`/${lang}/manifest.webmanifest`);
      const manifest = await res.json();
      expect(manifest.name).toContain('服务营销');
      expect(manifest.name).toContain('Service Marketing');
      expect(manifest).toMatchObject({
        start_url: `/${lang}/`,
        scope: '/',
        display: 'standalone',
        theme_color: '#0f5c5a',
        id: '/',
      });
      for (const icon of manifest.icons)
        expect((await page.request.get(icon.src)).status(), icon.src).toBe(200);
      expect(manifest.icons.some((i: { purpose: string }) => i.purpose === 'maskable')).toBe(true);
    }
    expect(await page.getAttribute('meta[name=theme-color]', 'content')).toBe('#0f5c5a');
    const cdp = await context.newCDPSession(page);
    const { errors: manifestErrors } = (await cdp.send('Page.getAppManifest')) as {
      errors: unknown[];
    };
    expect(manifestErrors).toEqual([]);
    await cdp.detach();
  });
});

describe('offline', () => {
  it('the first visit registers the service worker, which takes charge of the page', async () => {
    await page.goto('/en/');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 15_000,
    });
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
  });

  it('the offline panel works by keyboard: Enter opens it, Tab reaches its buttons, Esc closes it', async () => {
    await page.focus('[data-offline-toggle]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#offline-panel', { state: 'visible' });
    await expect.poll(() => page.textContent('[data-offline-status]')).not.toBe('');
    let reached = false;
    for (let i = 0; i < 6 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () => document.activeElement?.hasAttribute('data-offline-download') ?? false,
      );
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#offline-panel', { state: 'hidden' });
    expect(
      await page.evaluate(() => document.activeElement?.hasAttribute('data-offline-toggle')),
    ).toBe(true);
  });

  it('downloads every page, asset and the whole search index, showing pages and bytes', async () => {
    await openPanel(page);
    await expect
      .poll(() => page.textContent('[data-offline-status]'))
      .toMatch(/Not saved on this device yet/);
    expect(
      await new AxeBuilder({ page })
        .include('#offline-panel')
        .analyze()
        .then((r) => r.violations),
    ).toEqual([]);
    const progressTexts = new Set<string>();
    const watch = setInterval(
      () =>
        void page
          .textContent('[data-offline-progress-text]')
          .then((t) => t && progressTexts.add(t))
          .catch(() => {}),
      20,
    );
    await page.click('[data-offline-download]');
    await page.waitForFunction(
      () =>
        /whole course is available offline/.test(
          document.querySelector('[data-offline-message]')?.textContent ?? '',
        ),
      null,
      { timeout: 30_000 },
    );
    clearInterval(watch);
    const status = await page.textContent('[data-offline-status]');
    expect(status).toMatch(/^Available offline: all \d+ pages in both languages/);
    expect(await page.isHidden('[data-offline-download]')).toBe(true);
    expect(await page.isVisible('[data-offline-remove]')).toBe(true);
    const final = await page.textContent('[data-offline-progress-text]');
    expect(final).toMatch(/^(\d+) of \1 pages · ([\d.]+ [KM]?B) of \2$/);
    expect(
      [...progressTexts].every((t) =>
        /^\d+ of \d+ pages · [\d.]+ [KM]?B of [\d.]+ [KM]?B$/.test(t),
      ),
    ).toBe(true);
    expect(
      await page.$eval('[data-offline-bar]', (el) => (el as HTMLProgressElement).position),
    ).toBe(1);

    // Everything the site can request is in the copy, the Pagefind index included.
    const cached = await page.evaluate(async () => {
      const [name] = await caches.keys();
      return (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
    });
    const expected = files(dir)
      .filter(isPrecached)
      .map((p) => `/${urlPathFor(p)}`);
    expect(expected.filter((p) => p.startsWith('/pagefind/index/')).length).toBeGreaterThan(0);
    expect(cached).toEqual(expect.arrayContaining(expected));
    expect(cached).toContain('/pagefind/pagefind-entry.json');
    expect(cached).toContain('/search-terms.json');
  });

  it('with the network off, every page of the site opens from the copy', async () => {
    await goOffline(context, stopServer);
    const pages = files(dir)
      .filter((p) => p.endsWith('index.html'))
      .map((p) => `/${urlPathFor(p)}`);
    // Every page type the course has; the deck and presenter routes join this list when built.
    for (const path of [
      '/',
      '/zh/',
      '/en/',
      '/en/lessons/service-recovery/',
      '/zh/glossary/',
      '/en/search/',
      '/zh/review/',
      '/en/exam/',
      '/zh/progress/',
      '/en/tools/',
    ])
      expect(pages).toContain(path);
    const failed: string[] = [];
    for (const path of pages) {
      const res = await page.goto(path);
      if (res?.status() !== 200 || !(await page.locator('h1').first().isVisible()))
        failed.push(`${path} → ${page.url()} ${res?.status()}`);
    }
    expect(failed).toEqual([]);
    await page.goto('/en/');
    await openPanel(page);
    // Chromium's emulation does not carry navigator.onLine into a newly loaded page: flip it
    // back and forth so the panel hears the "offline" event a real loss of network fires.
    await context.setOffline(false);
    await context.setOffline(true);
    await expect.poll(() => page.isVisible('[data-offline-network]')).toBe(true);
    expect(errors).toEqual([]);
  }, 300_000); // every built page, three languages and decks included

  it('search works offline in both languages and across them', async () => {
    await page.goto('/zh/search/?q=' + encodeURIComponent('服务补救'));
    expect(await resultHrefs(page)).toContain('/zh/lessons/service-recovery/#service-failure');
    await page.goto('/en/search/?q=' + encodeURIComponent('front-line employees'));
    expect(await resultHrefs(page)).toContain('/en/lessons/service-recovery/#empower-front-line');
    await page.goto('/zh/search/?q=' + encodeURIComponent('service recovery'));
    const mixed = await resultHrefs(page);
    expect(mixed.some((h) => h.startsWith('/zh/lessons/service-recovery/#'))).toBe(true);
    expect(mixed.some((h) => h.startsWith('/en/lessons/service-recovery/#'))).toBe(true);
    await page.goto('/en/lessons/service-recovery/');
    await page.fill('#search-header', '授权');
    await page.waitForSelector('.search--header [role=option]');
    expect(errors).toEqual([]);
  });

  it('quizzes, review and the exam work offline, and the answer is saved', async () => {
    await page.goto('/en/lessons/service-recovery/#quiz');
    await hydrated(page, 'astro-island[component-url*="QuizIsland"]');
    await page.getByLabel('The service falls short of what the customer expected').check();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.waitForSelector('text=Correct.');
    expect(await page.evaluate(() => localStorage.getItem('progress:v1'))).toContain(
      'sr-failure-definition',
    );
    await page.goto('/en/review/');
    await page.waitForSelector('text=/no missed questions yet/');
    await page.goto('/en/exam/');
    await hydrated(page);
    await page.getByRole('button', { name: 'Start the exam' }).click();
    await page.waitForSelector('text=/answered/');
    await page.goto('/zh/progress/');
    await page.waitForSelector('td:text-matches("^1 / [0-9]+$")');
    expect(errors).toEqual([]);
  });

  it('a new deploy is offered as an update, never mixed with the saved version, and progress is kept', async () => {
    const before = readFileSync(join(dir, 'en/index.html'), 'utf8');
    writeFileSync(
      join(dir, 'en/index.html'),
      before.replace('</main>', '<p id="deployed">Second build</p></main>'),
    );
    const next = await buildOffline(dir);
    await goOnline(context, startServer);
    await page.goto('/en/');
    await page.waitForSelector('[data-update-offer]:not([hidden])', { timeout: 30_000 });
    expect(await page.textContent('[data-update-text]')).toMatch(
      /new version of the course is ready. Your progress is kept/,
    );
    // Until the reader accepts, pages still come from the saved version.
    expect(await page.locator('#deployed').count()).toBe(0);
    expect(
      (await new AxeBuilder({ page }).include('[data-update-offer]').analyze()).violations,
    ).toEqual([]);
    await page.getByRole('button', { name: 'Update now' }).click();
    await page.waitForSelector('#deployed', { timeout: 15_000 });
    expect(await page.evaluate(() => caches.keys())).toEqual([`sm-offline-${next.version}`]);
    expect(await page.evaluate(() => localStorage.getItem('progress:v1'))).toContain(
      'sr-failure-definition',
    );
    await openPanel(page);
    await expect
      .poll(() => page.textContent('[data-offline-status]'))
      .toMatch(/^Available offline/);
    expect(await page.textContent('[data-offline-version]')).toContain(next.version);
    // The new version's copy is complete too: offline again, the changed page opens.
    await goOffline(context, stopServer);
    await page.goto('/en/');
    expect(await page.locator('#deployed').count()).toBe(1);
    await page.goto('/en/search/?q=empowerment');
    expect((await resultHrefs(page)).length).toBeGreaterThan(0);
    await goOnline(context, startServer);
    expect(errors).toEqual([]);
  });

  it('removes the copy on request; progress stays', async () => {
    await page.goto('/zh/');
    await openPanel(page);
    await page.click('[data-offline-remove]');
    await expect.poll(() => page.textContent('[data-offline-message]')).toMatch(/离线副本已删除/);
    expect(await page.textContent('[data-offline-status]')).toMatch(/尚未保存到本设备/);
    expect(
      await page.evaluate(() => document.activeElement?.hasAttribute('data-offline-download')),
    ).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('progress:v1'))).toContain(
      'sr-failure-definition',
    );
  });
});

describe('a download that fails', () => {
  it('says so, keeps what it saved, and finishes when retried', async () => {
    const proxy = await flakyProxy(server.url);
    const ctx = await browser.newContext({ baseURL: proxy.url, locale: 'zh-CN' });
    const p = await ctx.newPage();
    try {
      await p.goto('/zh/');
      await p.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
        timeout: 15_000,
      });
      await openPanel(p);
      await expect.poll(() => p.textContent('[data-offline-status]')).toMatch(/尚未保存/);
      proxy.failAfter(10);
      await p.click('[data-offline-download]');
      await p.waitForFunction(
        () =>
          /下载中断:网络不可用/.test(
            document.querySelector('[data-offline-message]')?.textContent ?? '',
          ),
        null,
        { timeout: 20_000 },
      );
      await expect.poll(() => p.textContent('[data-offline-download]')).toBe('重试');
      expect(await p.textContent('[data-offline-status]')).toMatch(/^已部分保存:\d+\/\d+ 个页面/);
      proxy.failAfter(null);
      await p.click('[data-offline-download]');
      await p.waitForFunction(
        () =>
          /整个课程已可离线使用/.test(
            document.querySelector('[data-offline-message]')?.textContent ?? '',
          ),
        null,
        { timeout: 30_000 },
      );
      expect(await p.textContent('[data-offline-status]')).toMatch(/^可离线使用/);

      // A damaged record of the copy is not trusted: the panel offers to finish, which repairs it.
      await p.evaluate(async () => {
        const [name] = await caches.keys();
        await (
          await caches.open(name)
        ).put(new URL('/__offline__/meta.json', location.href).href, new Response('{oops'));
      });
      await p.reload();
      await openPanel(p);
      await expect
        .poll(() => p.textContent('[data-offline-status]'))
        .toMatch(/^已部分保存:(\d+)\/\1 个页面/);
      expect(await p.textContent('[data-offline-download]')).toBe('完成下载');
      await p.click('[data-offline-download]');
      await p.waitForFunction(
        () =>
          /整个课程已可离线使用/.test(
            document.querySelector('[data-offline-message]')?.textContent ?? '',
          ),
        null,
        { timeout: 30_000 },
      );
      expect(await p.textContent('[data-offline-status]')).toMatch(/^可离线使用/);
    } finally {
      await ctx.close();
      await proxy.close();
    }
  });
});
