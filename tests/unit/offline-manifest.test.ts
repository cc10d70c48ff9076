import { describe, expect, it } from 'vitest';
import {
  isPage,
  isPrecached,
  makeManifest,
  summarize,
  urlPathFor,
  versionSource,
} from '../../src/lib/offline/manifest.ts';

const file = (
  relPath: string,
  size = 10,
  hash = relPath.length.toString(16).padStart(16, '0'),
) => ({ relPath, size, hash });

describe('urlPathFor', () => {
  it('serves directory pages under their slashed path', () => {
    expect(urlPathFor('index.html')).toBe('');
    expect(urlPathFor('zh/index.html')).toBe('zh/');
    expect(urlPathFor('en/lessons/service-recovery/slides/index.html')).toBe(
      'en/lessons/service-recovery/slides/',
    );
  });
  it('keeps every other file as it is', () => {
    expect(urlPathFor('404.html')).toBe('404.html');
    expect(urlPathFor('quiz-bank.json')).toBe('quiz-bank.json');
    expect(urlPathFor('pagefind/index/zh-cn_1.pf_index')).toBe('pagefind/index/zh-cn_1.pf_index');
  });
});

describe('isPrecached', () => {
  it('takes pages, assets and the whole Pagefind index', () => {
    for (const p of [
      'index.html',
      '_astro/a.js',
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.en.pagefind',
      'pagefind/fragment/x.pf_fragment',
      'pagefind/pagefind.en_1.pf_meta',
      'icons/icon-192.png',
      'zh/manifest.webmanifest',
    ]) {
      expect(isPrecached(p), p).toBe(true);
    }
  });
  it('leaves out the worker itself, unused Pagefind UIs, maps and dot files', () => {
    for (const p of [
      'sw.js',
      'pagefind/pagefind-ui.js',
      'pagefind/pagefind-ui.css',
      'pagefind/pagefind-modular-ui.js',
      'pagefind/pagefind-component-ui.css',
      'pagefind/pagefind-highlight.js',
      '_astro/a.js.map',
      '.DS_Store',
      'x/.hidden',
    ]) {
      expect(isPrecached(p), p).toBe(false);
    }
  });
});

describe('makeManifest', () => {
  const digest = (text: string) => `v${text.length}`;
  it('lists precached files sorted by path, with their URL paths', () => {
    const m = makeManifest(
      [file('zh/index.html'), file('sw.js'), file('_astro/b.js'), file('index.html')],
      digest,
    );
    expect(m.files.map((f) => f.path)).toEqual(['', '_astro/b.js', 'zh/']);
  });
  it('gives the same version to the same files in any order, and a new one when a file changes', () => {
    const a = makeManifest([file('a.js', 1, '1'), file('b.js', 1, '2')], (t) => t);
    const b = makeManifest([file('b.js', 1, '2'), file('a.js', 1, '1')], (t) => t);
    const c = makeManifest([file('a.js', 1, '1'), file('b.js', 1, '3')], (t) => t);
    expect(a.version).toBe(b.version);
    expect(c.version).not.toBe(a.version);
    expect(versionSource(a.files)).toBe('a.js\t1\nb.js\t2');
  });
  it('covers new routes without naming them', () => {
    const m = makeManifest(
      [file('en/lessons/x/slides/index.html'), file('en/lessons/x/slides/presenter/index.html')],
      digest,
    );
    expect(m.files.map((f) => f.path)).toEqual([
      'en/lessons/x/slides/',
      'en/lessons/x/slides/presenter/',
    ]);
  });
});

describe('summarize', () => {
  it('counts pages, search index files and the rest, and adds up the bytes', () => {
    const files = [
      '',
      'zh/',
      'en/glossary/',
      '404.html',
      'pagefind/pagefind.js',
      'pagefind/index/a',
      '_astro/a.js',
      'quiz-bank.json',
    ].map((path) => ({ path, size: 100, hash: '0' }));
    expect(summarize(files)).toEqual({ pages: 3, searchFiles: 2, otherFiles: 3, bytes: 800 });
  });
  it('knows a page from a file', () => {
    expect(isPage('')).toBe(true);
    expect(isPage('zh/lessons/a/')).toBe(true);
    expect(isPage('legacy.html')).toBe(true);
    expect(isPage('404.html')).toBe(false);
    expect(isPage('_astro/a.css')).toBe(false);
  });
});
