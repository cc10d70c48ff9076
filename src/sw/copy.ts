/// <reference lib="webworker" />
/**
 * The offline copy of one build: a Cache Storage cache named after the build's version, plus a
 * meta entry saying whether it is complete. The worker of version N only ever reads cache N, so
 * a page, its scripts and the search index are never mixed across versions.
 */
import type { OfflineFile, OfflineManifest } from '../lib/offline/manifest.ts';
import { CACHE_PREFIX, cacheName, type Lookup } from '../lib/offline/requests.ts';
import {
  planDownload,
  progressOf,
  type DownloadProgress,
  type OlderCopy,
} from '../lib/offline/download-plan.ts';
import type { OfflineStatus } from '../lib/offline/status.ts';
import { pool, sha16, VersionChanged } from './helpers.ts';

interface Meta {
  version: string;
  complete: boolean;
  savedAt: number | null;
  files: OfflineFile[];
}

export class OfflineCopy {
  readonly name: string;
  readonly scopePath: string;
  readonly paths: ReadonlySet<string>;
  /** Known synchronously once read, so requests are left alone while nothing is saved. */
  hasAny: boolean | null = null;
  private complete: Promise<boolean>;
  private running: Promise<void> | null = null;
  private readonly metaUrl: string;

  constructor(
    readonly manifest: OfflineManifest,
    readonly scope: string,
  ) {
    this.name = cacheName(manifest.version);
    this.scopePath = new URL(scope).pathname;
    this.paths = new Set(manifest.files.map((f) => f.path));
    this.metaUrl = new URL('__offline__/meta.json', scope).href;
    this.complete = this.readMeta().then((m) => m?.complete === true);
    void this.presentPaths().then((p) => (this.hasAny = p.size > 0));
  }

  urlOf(path: string): string {
    return new URL(encodeURI(path), this.scope).href;
  }

  isComplete(): Promise<boolean> {
    return this.complete;
  }

  /** This version's cache if it exists; reading never creates it (caches.open would). */
  private async existing(name = this.name): Promise<Cache | null> {
    return (await caches.has(name)) ? caches.open(name) : null;
  }

  async match(path: string): Promise<Response | undefined> {
    return (await this.existing())?.match(this.urlOf(path));
  }

  /** Answers a request for a file of the copy (see strategy() in lib/offline/requests.ts). */
  async respond(request: Request, found: NonNullable<Lookup>, search: string): Promise<Response> {
    const fromCopy = async () =>
      found.redirect
        ? (await this.match(found.path)) && Response.redirect(this.urlOf(found.path) + search, 301)
        : this.match(found.path);
    if (await this.complete) return (await fromCopy()) ?? fetch(request);
    try {
      return await fetch(request);
    } catch (e) {
      const hit = await fromCopy();
      if (hit) return hit;
      throw e;
    }
  }

  /** The 404 page from the copy, for navigations the network cannot answer. */
  async notFound(): Promise<Response> {
    const page = await this.match('404.html');
    return page
      ? new Response(page.body, { status: 404, headers: page.headers })
      : Response.error();
  }

  private async readMeta(cacheNameToRead = this.name): Promise<Meta | null> {
    try {
      const res = await (await this.existing(cacheNameToRead))?.match(this.metaUrl);
      return res ? ((await res.json()) as Meta) : null;
    } catch {
      return null;
    }
  }

  private async writeMeta(cache: Cache, meta: Omit<Meta, 'version' | 'files'>) {
    const body: Meta = { version: this.manifest.version, files: this.manifest.files, ...meta };
    await cache.put(
      this.metaUrl,
      new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
    );
  }

  private async presentPaths(): Promise<Set<string>> {
    const keys = (await (await this.existing())?.keys()) ?? [];
    const urls = new Set(keys.map((r) => r.url));
    return new Set(
      this.manifest.files.filter((f) => urls.has(this.urlOf(f.path))).map((f) => f.path),
    );
  }

  /** Other versions' copies on this device, with their file lists (read from their meta entries). */
  private async olderCopies(): Promise<(OlderCopy & { complete: boolean })[]> {
    const names = (await caches.keys()).filter(
      (n) => n.startsWith(CACHE_PREFIX) && n !== this.name,
    );
    const copies = await Promise.all(
      names.map(async (cache) => ({ cache, meta: await this.readMeta(cache) })),
    );
    return copies
      .filter((c): c is { cache: string; meta: Meta } => c.meta !== null)
      .sort((a, b) => (b.meta.savedAt ?? 0) - (a.meta.savedAt ?? 0))
      .map((c) => ({ cache: c.cache, files: c.meta.files, complete: c.meta.complete }));
  }

  async anyOlderComplete(): Promise<boolean> {
    return (await this.olderCopies()).some((c) => c.complete);
  }

  async status(): Promise<OfflineStatus> {
    const present = await this.presentPaths();
    const meta = await this.readMeta();
    const done = this.manifest.files.filter((f) => present.has(f.path));
    return {
      version: this.manifest.version,
      complete: meta?.complete === true,
      savedAt: meta?.savedAt ?? null,
      progress: progressOf(done, this.manifest.files),
    };
  }

  private async fetchChecked(file: OfflineFile): Promise<Response> {
    const res = await fetch(this.urlOf(file.path), { cache: 'no-store' });
    if (res.status === 404) throw new VersionChanged(file.path);
    if (!res.ok) throw new Error(`HTTP ${res.status} for ${file.path}`);
    const body = await res.arrayBuffer();
    if ((await sha16(body)) !== file.hash) throw new VersionChanged(file.path);
    return new Response(body, {
      headers: { 'content-type': res.headers.get('content-type') ?? 'application/octet-stream' },
    });
  }

  /**
   * Saves every file of this version: skips what is already saved, copies unchanged files from
   * older copies, fetches the rest and checks each against its hash. Resumable: a failure keeps
   * what was saved. One download at a time; a second call joins the first.
   */
  download(report: (p: DownloadProgress) => void = () => {}): Promise<void> {
    this.running ??= (async () => {
      const files = this.manifest.files;
      // The stored record decides (not the flag in memory), so a damaged record is repaired.
      if ((await this.readMeta())?.complete) return report(progressOf(files, files));
      const cache = await caches.open(this.name);
      await this.writeMeta(cache, { complete: false, savedAt: null });
      const plan = planDownload(files, await this.presentPaths(), await this.olderCopies());
      const done = [...plan.present];
      let last = 0;
      // At most ten progress messages a second, and always the first and the last.
      const tick = (force = false) => {
        const now = Date.now();
        if (!force && now - last < 100) return;
        last = now;
        report(progressOf(done, files));
      };
      tick(true);
      for (const { file, from, fromPath } of plan.copy) {
        const res = await (await caches.open(from)).match(this.urlOf(fromPath));
        if (!res) {
          plan.fetch.push(file);
          continue;
        }
        await cache.put(this.urlOf(file.path), res);
        done.push(file);
        tick();
      }
      this.hasAny = done.length > 0;
      await pool(plan.fetch, 4, async (file) => {
        await cache.put(this.urlOf(file.path), await this.fetchChecked(file));
        done.push(file);
        this.hasAny = true;
        tick();
      });
      await this.writeMeta(cache, { complete: true, savedAt: Date.now() });
      this.complete = Promise.resolve(true);
      tick(true);
    })().finally(() => (this.running = null));
    return this.running;
  }

  /** Copies the files other copies already hold (no network): used when an update needs no full copy. */
  async seed(): Promise<void> {
    const plan = planDownload(
      this.manifest.files,
      await this.presentPaths(),
      await this.olderCopies(),
    );
    if (plan.copy.length === 0) return;
    const cache = await caches.open(this.name);
    for (const { file, from, fromPath } of plan.copy) {
      const res = await (await caches.open(from)).match(this.urlOf(fromPath));
      if (res) await cache.put(this.urlOf(file.path), res);
    }
    await this.writeMeta(cache, { complete: false, savedAt: null });
    this.hasAny = true;
  }

  async remove(): Promise<void> {
    await this.running?.catch(() => {});
    await caches.delete(this.name);
    this.complete = Promise.resolve(false);
    this.hasAny = false;
  }
}
