/** Helpers for the offline and cross-language search tests. */
import { createServer, request, type Server } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';

/** Opens the offline panel from the header (its script loads on first open). */
export async function openPanel(page: Page) {
  if (!(await page.isVisible('#offline-panel'))) await page.click('[data-offline-toggle]');
  await page.waitForSelector('#offline-panel', { state: 'visible' });
  await page.waitForFunction(
    () => (document.querySelector('[data-offline-status]')?.textContent ?? '') !== '',
  );
}

/** Waits until the islands matching `selector` are hydrated (Astro drops `ssr` then), so clicks reach Preact. */
export async function hydrated(page: Page, selector = 'astro-island') {
  await page.waitForFunction(
    (s) => [...document.querySelectorAll(s)].every((el) => !el.hasAttribute('ssr')),
    selector,
    { timeout: 20_000 },
  );
}

/** No network at all: the browser is told it is offline and the server is gone. */
export async function goOffline(context: BrowserContext, stopServer: () => Promise<void>) {
  await context.setOffline(true);
  await stopServer();
}

export async function goOnline(context: BrowserContext, startServer: () => Promise<void>) {
  await startServer();
  await context.setOffline(false);
}

/** Paths (with anchors) of the results listed on the search page. */
export async function resultHrefs(page: Page, scope = '.search--page'): Promise<string[]> {
  await page.waitForFunction(
    (s) => document.querySelectorAll(`${s} [data-search-list] > li`).length > 0,
    scope,
    { timeout: 15_000 },
  );
  return page.$$eval(`${scope} [data-search-list] > li`, (lis) =>
    lis.map((li) => {
      const url = new URL((li as HTMLElement).dataset.href!, location.href);
      return url.pathname + url.hash;
    }),
  );
}

/**
 * A proxy in front of the test server whose connection can be cut after a number of requests,
 * to make a download fail part-way (the service worker's own requests bypass Playwright's routing).
 */
export interface FlakyProxy {
  url: string;
  /** Requests answered so far. */
  count: () => number;
  /** From now on, answer this many more requests and then drop every connection; null heals it. */
  failAfter: (n: number | null) => void;
  close: () => Promise<void>;
}

export function flakyProxy(target: string): Promise<FlakyProxy> {
  let count = 0;
  let limit: number | null = null;
  const server: Server = createServer((req, res) => {
    count++;
    if (limit !== null && count > limit) {
      req.socket.destroy();
      return;
    }
    const upstream = request(
      target + req.url,
      { method: req.method, headers: { ...req.headers, host: new URL(target).host } },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    upstream.on('error', () => req.socket.destroy());
    req.pipe(upstream);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({
        url: `http://127.0.0.1:${port}`,
        count: () => count,
        failAfter: (n) => (limit = n === null ? null : count + n),
        close: () =>
          new Promise((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      });
    });
  });
}
