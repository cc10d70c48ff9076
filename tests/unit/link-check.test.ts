import { describe, expect, it } from 'vitest';
import { findBrokenLinks, resolveInternal } from '../../src/lib/link-check.ts';

const page = (path: string, ids: string[], links: string[]) => ({ path, ids: new Set(ids), links });

describe('resolveInternal', () => {
  it('resolves relative and absolute paths and keeps the anchor', () => {
    expect(resolveInternal('#a', '/zh/x/')).toEqual({ path: '/zh/x/', hash: 'a' });
    expect(resolveInternal('../y/#b', '/zh/x/')).toEqual({ path: '/zh/y/', hash: 'b' });
    expect(resolveInternal('/en/', '/zh/x/')).toEqual({ path: '/en/', hash: '' });
  });
  it('ignores other origins and schemes', () => {
    expect(resolveInternal('https://example.com/', '/zh/')).toBeNull();
    expect(resolveInternal('mailto:a@b.c', '/zh/')).toBeNull();
  });
});

describe('findBrokenLinks', () => {
  const site = [
    page('/zh/', ['main'], ['/zh/lessons/a/', '/zh/lessons/a/#s1', '/favicon.svg']),
    page('/zh/lessons/a/', ['s1', 's2'], ['#s2', '/zh/glossary/#term', '/zh/lessons/b/', '#missing']),
    page('/zh/glossary/', ['term'], ['/zh/glossary/#nope']),
  ];
  it('reports missing pages and anchors, and nothing else', () => {
    expect(findBrokenLinks(site, (p) => p === '/favicon.svg')).toEqual([
      { from: '/zh/lessons/a/', href: '/zh/lessons/b/', reason: 'no such page' },
      { from: '/zh/lessons/a/', href: '#missing', reason: 'no such anchor' },
      { from: '/zh/glossary/', href: '/zh/glossary/#nope', reason: 'no such anchor' },
    ]);
  });
  it('reports a missing asset', () => {
    expect(findBrokenLinks(site)).toContainEqual({ from: '/zh/', href: '/favicon.svg', reason: 'no such page' });
  });
});
