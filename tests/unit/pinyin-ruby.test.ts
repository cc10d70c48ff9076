import { describe, expect, it } from 'vitest';
import { rubyHtml, rubySegments } from '../../src/lib/pinyin-ruby.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe('pinyin ruby', () => {
  it('gives each Han character its reading and keeps other text together', () => {
    expect(rubySegments('7P 组合')).toEqual([{ text: '7P ' }, { text: '组', reading: 'zǔ' }, { text: '合', reading: 'hé' }]);
  });
  it('reads polyphonic characters from context, with dictionary tones', () => {
    expect(rubySegments('重视').map((s) => s.reading)).toEqual(['zhòng', 'shì']);
    expect(rubySegments('重新').map((s) => s.reading)).toEqual(['chóng', 'xīn']);
    expect(rubySegments('一线员工')[0].reading).toBe('yī');
  });
  it('renders ruby markup kept out of the search index, escaping text', () => {
    expect(rubyHtml('服务<', esc)).toBe('<ruby>服<rt data-pagefind-ignore>fú</rt></ruby><ruby>务<rt data-pagefind-ignore>wù</rt></ruby>&lt;');
  });
});
