import { describe, expect, it } from 'vitest';
import {
  failReason,
  formatBytes,
  fractionDone,
  planDownload,
  progressOf,
} from '../../src/lib/offline/download-plan.ts';
import { cacheName, lookup, staleCaches, strategy } from '../../src/lib/offline/requests.ts';
import {
  describeStatus,
  downloadLabel,
  failKey,
  isOfflineMessage,
  type OfflineStatus,
} from '../../src/lib/offline/status.ts';

const f = (path: string, hash = path, size = 100) => ({ path, hash, size });
const files = [f(''), f('zh/'), f('_astro/a.js'), f('pagefind/pagefind.js', 'pf1', 300)];

describe('planDownload', () => {
  it('fetches everything the first time', () => {
    const plan = planDownload(files, new Set(), []);
    expect(plan.fetch.map((x) => x.path)).toEqual([
      '',
      'zh/',
      '_astro/a.js',
      'pagefind/pagefind.js',
    ]);
    expect(plan.copy).toEqual([]);
  });
  it('resumes: what is saved is skipped', () => {
    const plan = planDownload(files, new Set(['', 'zh/']), []);
    expect(plan.present.map((x) => x.path)).toEqual(['', 'zh/']);
    expect(plan.fetch.map((x) => x.path)).toEqual(['_astro/a.js', 'pagefind/pagefind.js']);
  });
  it('copies unchanged files from an older copy and fetches only what changed', () => {
    const older = [
      {
        cache: 'sm-offline-old',
        files: [f(''), f('zh/', 'old-zh'), f('_astro/a.js'), f('pagefind/pagefind.js', 'pf1')],
      },
    ];
    const plan = planDownload(files, new Set(), older);
    expect(plan.copy.map((c) => [c.file.path, c.from])).toEqual([
      ['', 'sm-offline-old'],
      ['_astro/a.js', 'sm-offline-old'],
      ['pagefind/pagefind.js', 'sm-offline-old'],
    ]);
    expect(plan.fetch.map((x) => x.path)).toEqual(['zh/']);
  });
  it('copies by content: a renamed file with the same hash is reused', () => {
    const plan = planDownload([f('new-name.js', 'h1')], new Set(), [
      { cache: 'c', files: [f('old-name.js', 'h1')] },
    ]);
    expect(plan.copy[0]).toMatchObject({ from: 'c', fromPath: 'old-name.js' });
  });
  it('prefers the newest older copy', () => {
    const plan = planDownload([f('a', 'h')], new Set(), [
      { cache: 'newer', files: [f('a', 'h')] },
      { cache: 'older', files: [f('a', 'h')] },
    ]);
    expect(plan.copy[0].from).toBe('newer');
  });
});

describe('progress', () => {
  it('counts files, pages and bytes', () => {
    expect(progressOf(files.slice(0, 2), files)).toEqual({
      files: 2,
      totalFiles: 4,
      pages: 2,
      totalPages: 2,
      bytes: 200,
      totalBytes: 600,
    });
  });
  it('measures the share done by bytes', () => {
    expect(fractionDone(progressOf(files.slice(0, 3), files))).toBeCloseTo(0.5);
    expect(fractionDone(progressOf([], []))).toBe(1);
    expect(fractionDone(progressOf([f('a', 'a', 0)], [f('a', 'a', 0), f('b', 'b', 0)]))).toBe(0.5);
  });
  it('formats sizes', () => {
    expect(formatBytes(812)).toBe('812 B');
    expect(formatBytes(340 * 1024)).toBe('340 KB');
    expect(formatBytes(3.25 * 1024 * 1024)).toBe('3.3 MB');
  });
  it('names why a download failed', () => {
    expect(failReason(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))).toBe(
      'storage',
    );
    expect(failReason(Object.assign(new Error('x'), { name: 'VersionChanged' }))).toBe('changed');
    expect(failReason(new TypeError('Failed to fetch'))).toBe('network');
    expect(failReason(null)).toBe('network');
    expect(failKey('storage')).toBe('offline.failed.storage');
  });
});

describe('lookup', () => {
  const paths = new Set(['', 'zh/', 'zh/search/', 'pagefind/pagefind-entry.json', '404.html']);
  it('finds pages and files under the scope', () => {
    expect(lookup('/', '/', paths)).toEqual({ path: '', redirect: false });
    expect(lookup('/zh/search/', '/', paths)).toEqual({ path: 'zh/search/', redirect: false });
    expect(lookup('/pagefind/pagefind-entry.json', '/', paths)).toEqual({
      path: 'pagefind/pagefind-entry.json',
      redirect: false,
    });
  });
  it('answers …/index.html with the page and a missing slash with a redirect', () => {
    expect(lookup('/zh/index.html', '/', paths)).toEqual({ path: 'zh/', redirect: false });
    expect(lookup('/zh/search', '/', paths)).toEqual({ path: 'zh/search/', redirect: true });
  });
  it('works under a base path and leaves everything else alone', () => {
    expect(lookup('/course/zh/', '/course/', paths)).toEqual({ path: 'zh/', redirect: false });
    expect(lookup('/other/zh/', '/course/', paths)).toBeNull();
    expect(lookup('/zh/nowhere/', '/', paths)).toBeNull();
    expect(lookup('/%E0%A4%A', '/', paths)).toBeNull();
  });
  it('decodes escaped paths', () => {
    expect(lookup('/a%20b.txt', '/', new Set(['a b.txt']))).toEqual({
      path: 'a b.txt',
      redirect: false,
    });
  });
});

describe('versions', () => {
  it('answers from the copy only once it is complete', () => {
    expect(strategy(true)).toBe('cache-first');
    expect(strategy(false)).toBe('network-first');
  });
  it('removes every other version of the copy, and nothing else', () => {
    expect(staleCaches(['sm-offline-a', 'sm-offline-b', 'other-cache'], cacheName('b'))).toEqual([
      'sm-offline-a',
    ]);
  });
});

describe('status', () => {
  const status = (complete: boolean, done: number): OfflineStatus => ({
    version: 'abc',
    complete,
    savedAt: complete ? 0 : null,
    progress: progressOf(files.slice(0, done), files),
  });
  it('says nothing is saved', () => {
    expect(describeStatus(status(false, 0), String)).toEqual({
      key: 'offline.statusNone',
      params: {},
    });
    expect(downloadLabel(status(false, 0), false)).toBe('offline.download');
    expect(downloadLabel(null, false)).toBe('offline.download');
  });
  it('says how much of a partial copy is saved', () => {
    expect(describeStatus(status(false, 2), String)).toEqual({
      key: 'offline.statusPartial',
      params: { pages: 2, totalPages: 2, bytes: '200 B', totalBytes: '600 B' },
    });
    expect(downloadLabel(status(false, 2), false)).toBe('offline.resume');
  });
  it('says a complete copy is available, with its size and date', () => {
    const msg = describeStatus({ ...status(true, 4), savedAt: 5 }, (ms) => `day ${ms}`);
    expect(msg.key).toBe('offline.statusComplete');
    expect(msg.params).toMatchObject({ pages: 2, bytes: '600 B', date: 'day 5' });
  });
  it('offers a retry after a failure', () => {
    expect(downloadLabel(status(false, 2), true)).toBe('offline.retry');
  });
  it('recognises only its own messages', () => {
    expect(isOfflineMessage({ type: 'offline-progress' })).toBe(true);
    expect(isOfflineMessage({ type: 'other' })).toBe(false);
    expect(isOfflineMessage('offline-progress')).toBe(false);
    expect(isOfflineMessage(null)).toBe(false);
  });
});
