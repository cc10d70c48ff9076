import { describe, expect, it } from 'vitest';
import { flattenResults, mergeHits, moveActive, safeExcerpt } from '../../src/lib/search-results.ts';

const page = (title: string, url: string, subs: [string, string][] = []) => ({
  url,
  excerpt: `about <mark>${title}</mark>`,
  meta: { title },
  sub_results: subs.map(([t, u]) => ({ title: t, url: u, excerpt: `in ${t}` })),
});

describe('flattenResults', () => {
  it('lists one option per section hit, with the page as context', () => {
    const out = flattenResults([page('Recovery', '/en/lessons/r/', [['Recovery', '/en/lessons/r/'], ['Empower', '/en/lessons/r/#empower'], ['Learn', '/en/lessons/r/#learn']])]);
    expect(out.map((o) => o.url)).toEqual(['/en/lessons/r/#empower', '/en/lessons/r/#learn']);
    expect(out[0]).toMatchObject({ pageTitle: 'Recovery', title: 'Empower', kind: 'section' });
  });
  it('keeps a page without section hits as one page option', () => {
    const out = flattenResults([page('Glossary', '/en/glossary/')]);
    expect(out).toEqual([{ pageTitle: 'Glossary', title: 'Glossary', url: '/en/glossary/', excerpt: 'about <mark>Glossary</mark>', kind: 'page' }]);
  });
  it('ranks sections by match score, page order breaking ties', () => {
    const data = page('P', '/p/', [['A', '/p/#a'], ['B', '/p/#b'], ['C', '/p/#c'], ['D', '/p/#d']]);
    const w = (...scores: number[]) => scores.map((balanced_score, location) => ({ weight: 1, balanced_score, location }));
    data.sub_results[0] = { ...data.sub_results[0], weighted_locations: w(1) };
    data.sub_results[1] = { ...data.sub_results[1], weighted_locations: w(30, 12) };
    data.sub_results[2] = { ...data.sub_results[2], locations: [1, 2] } as never;
    data.sub_results[3] = { ...data.sub_results[3], weighted_locations: w(2) };
    expect(flattenResults([data], 4).map((o) => o.title)).toEqual(['B', 'C', 'D', 'A']);
  });

  it('caps sections per page', () => {
    const subs: [string, string][] = Array.from({ length: 9 }, (_, i) => [`S${i}`, `/p/#s${i}`]);
    expect(flattenResults([page('P', '/p/', subs)], 3)).toHaveLength(3);
  });
});

describe('moveActive', () => {
  it('enters the list from either end', () => {
    expect(moveActive(-1, 1, 5)).toBe(0);
    expect(moveActive(-1, -1, 5)).toBe(4);
  });
  it('wraps around', () => {
    expect(moveActive(4, 1, 5)).toBe(0);
    expect(moveActive(0, -1, 5)).toBe(4);
    expect(moveActive(2, 1, 5)).toBe(3);
  });
  it('is -1 for an empty list', () => {
    expect(moveActive(0, 1, 0)).toBe(-1);
  });
});

describe('safeExcerpt', () => {
  it('keeps <mark> and escapes every other tag', () => {
    expect(safeExcerpt('a <mark>b</mark> <img src=x onerror=alert(1)>')).toBe('a <mark>b</mark> &lt;img src=x onerror=alert(1)>');
    expect(safeExcerpt('x &amp; y & z')).toBe('x &amp; y &amp; z');
  });
});

describe('filtering and merging', () => {
  it('drops filtered sections before the cap, and pages left without any', () => {
    const flat = flattenResults;
    const data = page('P', '/p/', [['A', '/p/#a'], ['B', '/p/#b'], ['C', '/p/#c']]);
    expect(flat([data], 1, (u) => u.endsWith('#c')).map((o) => o.url)).toEqual(['/p/#c']);
    expect(flat([data], 4, () => false)).toEqual([]);
    expect(flat([page('G', '/g/')], 4, () => false)).toEqual([]);
  });
  it('merges searches: each page once with its best score, languages interleaved, page language leading', () => {
    const r = (id: string, score: number) => ({ id, score });
    const hits = mergeHits(
      [
        { lang: 'en', query: 'service recovery', paired: false, results: [r('e1', 5)] },
        { lang: 'zh', query: 'service recovery', paired: false, results: [r('z1', 0.1)] },
        { lang: 'zh', query: '服务补救', paired: true, results: [r('z2', 4), r('z1', 3)] },
        { lang: 'en', query: 'service recovery', paired: false, results: [r('e2', 1), r('e3', 0.5)] },
      ],
      'zh',
    );
    expect(hits.map((h) => [h.lang, h.result.id, h.query])).toEqual([
      ['zh', 'z2', '服务补救'],
      ['en', 'e1', 'service recovery'],
      ['zh', 'z1', '服务补救'],
      ['en', 'e2', 'service recovery'],
      ['en', 'e3', 'service recovery'],
    ]);
    expect(hits[0].paired).toBe(true);
  });
  it('keeps the same page id apart in two languages', () => {
    const hits = mergeHits([{ lang: 'zh', query: 'a', paired: false, results: [{ id: 'x', score: 1 }] }, { lang: 'en', query: 'a', paired: false, results: [{ id: 'x', score: 2 }] }], 'en');
    expect(hits.map((h) => h.lang)).toEqual(['en', 'zh']);
  });
});
