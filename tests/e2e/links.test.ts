/** Every internal link and anchor in the built site resolves. */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { findBrokenLinks, type BuiltPage } from '../../src/lib/link-check.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

function readPage(file: string): BuiltPage {
  const html = readFileSync(file, 'utf8');
  const rel = '/' + relative('dist', file).split(sep).join('/');
  const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  const links = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
  return { path, ids, links };
}

describe('built site links', () => {
  it('has no broken internal link or anchor', () => {
    const pages = htmlFiles('dist').map(readPage);
    expect(pages.length).toBeGreaterThan(8);
    const broken = findBrokenLinks(pages, (p) => existsSync(join('dist', decodeURIComponent(p))));
    expect(broken).toEqual([]);
  });
});
