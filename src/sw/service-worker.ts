/// <reference lib="webworker" />
/**
 * The site's service worker. scripts/build-offline.ts bundles it after Pagefind has written the
 * search index, with the build's file list and version in __OFFLINE_MANIFEST__, so the offline
 * copy always includes the whole index.
 *
 * Life cycle: the first version takes over at once (there is nothing to protect). A later version
 * that finds a complete offline copy first saves its own complete copy (reusing unchanged files),
 * then waits until the reader accepts the update, so offline readers stay offline-ready and no
 * page ever mixes two versions. Progress lives in localStorage, which this worker never touches.
 */
import type { OfflineManifest } from '../lib/offline/manifest.ts';
import { lookup, staleCaches } from '../lib/offline/requests.ts';
import { failReason } from '../lib/offline/download-plan.ts';
import { isOfflineMessage } from '../lib/offline/status.ts';
import { OfflineCopy } from './copy.ts';

declare const __OFFLINE_MANIFEST__: OfflineManifest;
const sw = self as unknown as ServiceWorkerGlobalScope;
const copy = new OfflineCopy(__OFFLINE_MANIFEST__, sw.registration.scope);

async function broadcast(message: Record<string, unknown>) {
  for (const client of await sw.clients.matchAll({ type: 'window', includeUncontrolled: true }))
    client.postMessage(message);
}

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      if (await copy.anyOlderComplete()) {
        await copy.download();
      } else {
        await copy.seed();
        await sw.skipWaiting();
      }
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all(
        staleCaches(await caches.keys(), copy.name).map((name) => caches.delete(name)),
      );
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || copy.hasAny === false) return;
  const url = new URL(request.url);
  if (url.origin !== location.origin) return;
  const found = lookup(url.pathname, copy.scopePath, copy.paths);
  if (found) event.respondWith(copy.respond(request, found, url.search));
  else if (request.mode === 'navigate')
    event.respondWith(fetch(request).catch(() => copy.notFound()));
});

sw.addEventListener('message', (event) => {
  const data: unknown = event.data;
  if (!isOfflineMessage(data)) return;
  const reply = (message: Record<string, unknown>) =>
    (event.ports[0] ?? event.source)?.postMessage(message);
  if (data.type === 'offline-status') {
    event.waitUntil(copy.status().then((status) => reply({ type: 'offline-status', status })));
  } else if (data.type === 'offline-download') {
    event.waitUntil(
      copy
        .download(
          (progress) =>
            void broadcast({ type: 'offline-progress', version: copy.manifest.version, progress }),
        )
        .then(async () => broadcast({ type: 'offline-done', status: await copy.status() }))
        .catch((error: unknown) =>
          broadcast({ type: 'offline-failed', reason: failReason(error) }),
        ),
    );
  } else if (data.type === 'offline-remove') {
    event.waitUntil(
      copy
        .remove()
        .then(async () => reply({ type: 'offline-status', status: await copy.status() })),
    );
  } else if (data.type === 'offline-skip-waiting') {
    void sw.skipWaiting();
  }
});
