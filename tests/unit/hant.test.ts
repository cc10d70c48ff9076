import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { convertHanRuns, readdressAsHant } from '../../src/lib/hant.ts';

const toTw = OpenCC.Converter({ from: 'cn', to: 'twp' });

describe('convertHanRuns', () => {
  it('converts Chinese text with Taiwan phrasing and leaves everything else alone', () => {
    const html = '<p id="service-recovery" data-x="/zh/a/">服务补救：一线员工的软件和信息系统 (ASCII 123)</p>';
    expect(convertHanRuns(html, toTw)).toBe('<p id="service-recovery" data-x="/zh/a/">服務補救：一線員工的軟體和資訊系統 (ASCII 123)</p>');
  });
  it('caches runs', () => {
    let calls = 0;
    const cache = new Map<string, string>();
    const counting = (s: string) => (calls++, s);
    convertHanRuns('服务 服务 服务', counting, cache);
    expect(calls).toBe(1);
    expect(cache.size).toBe(1);
  });
});

describe('readdressAsHant', () => {
  const labels = { toSimplified: '简体', toSimplifiedLabel: '切换到简体中文' };
  it('rewrites language tags, internal links and data files', () => {
    const page = '<html lang="zh-CN" data-ui-lang="zh"><a href="/zh/lessons/x/#s" hreflang="zh-CN">x</a><a href="/en/lessons/x/">en</a><astro-island props="{&quot;url&quot;:[0,&quot;/zh/review/&quot;],&quot;root&quot;:[0,&quot;/zh/&quot;]}"></astro-island><span lang="zh-CN">中</span>';
    const out = readdressAsHant(page, '/', labels);
    expect(out).toContain('<html lang="zh-Hant-TW" data-ui-lang="zh-hant">');
    expect(out).toContain('href="/zh-hant/lessons/x/#s" hreflang="zh-Hant-TW"');
    expect(out).toContain('href="/en/lessons/x/"');
    expect(out).toContain('&quot;/zh-hant/review/&quot;');
    expect(out).toContain('&quot;/zh-hant/&quot;');
    expect(out).toContain('<span lang="zh-Hant-TW">');
  });
  it('turns the script switch into a way back to Simplified', () => {
    const page = '<a class="script-switch" data-lang-switch="zh-hant" href="/zh-hant/glossary/" hreflang="zh-Hant-TW" lang="zh-Hant-TW" aria-label="切换到繁體中文">繁體</a>';
    expect(readdressAsHant(page, '/', labels)).toBe('<a class="script-switch" data-lang-switch="zh" href="/zh/glossary/" hreflang="zh-CN" lang="zh-CN" aria-label="切换到简体中文">简体</a>');
  });
  it('respects a base path', () => {
    expect(readdressAsHant('<a href="/c/sm/zh/x/">x</a><a href="/zh/y/">y</a>', '/c/sm/', labels)).toBe('<a href="/c/sm/zh-hant/x/">x</a><a href="/zh/y/">y</a>');
  });
});

import { hantChunkSet, pointAtHantChunks } from '../../src/lib/hant.ts';

describe('Traditional copies of JS chunks', () => {
  const chunks = new Map([
    ['strings.A1.js', 'export const s={zh:{title:"服务"},en:{title:"Service"}}'],
    ['Clv.B2.js', 'import{s}from"./strings.A1.js";import{h}from"./preact.C3.js";'],
    ['entry.D4.js', 'const m=()=>import("./Clv.B2.js")'],
    ['preact.C3.js', 'export const h=1'],
  ]);
  it('copies chunks with Chinese text and everything that imports them', () => {
    expect([...hantChunkSet(chunks)].sort()).toEqual(['Clv.B2.js', 'entry.D4.js', 'strings.A1.js']);
  });
  it('repoints imports and page references at the copies', () => {
    const set = hantChunkSet(chunks);
    expect(pointAtHantChunks(chunks.get('Clv.B2.js')!, set)).toBe('import{s}from"./strings.A1.hant.js";import{h}from"./preact.C3.js";');
    expect(pointAtHantChunks('<astro-island component-url="/_astro/Clv.B2.js" renderer-url="/_astro/client.X.js">', set)).toBe('<astro-island component-url="/_astro/Clv.B2.hant.js" renderer-url="/_astro/client.X.js">');
  });
});
