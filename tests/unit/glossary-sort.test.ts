import { describe, expect, it } from 'vitest';
import { indexLetter, sortTerms } from '../../src/lib/glossary-sort.ts';

const term = (id: string, zh: string, en: string) => ({ id, zh, en });

describe('sortTerms', () => {
  const terms = [
    term('a', '一线员工', 'front-line employee'),
    term('b', '服务补救', 'service recovery'),
    term('c', '授权', 'empowerment'),
    term('d', '补救悖论', 'recovery paradox'),
    term('e', '顾客抱怨', 'customer complaint'),
  ];
  it('sorts Chinese names by pinyin, not by code point', () => {
    // bǔ, fú, gù, shòu, yī
    expect(sortTerms(terms, 'zh').map((t) => t.zh)).toEqual(['补救悖论', '服务补救', '顾客抱怨', '授权', '一线员工']);
  });
  it('sorts English names alphabetically, ignoring case', () => {
    expect(sortTerms(terms, 'en').map((t) => t.en)).toEqual(['customer complaint', 'empowerment', 'front-line employee', 'recovery paradox', 'service recovery']);
  });
  it('files Latin-initial Chinese names under their letter and symbols last', () => {
    const mixed = [term('s', 'SWOT 分析', 'SWOT'), term('f', '服务', 'service'), term('x', '7P', 'seven Ps'), term('t', '授权', 'empowerment'), term('a', '阿里', 'ali')];
    expect(sortTerms(mixed, 'zh').map((t) => t.zh)).toEqual(['阿里', '服务', '授权', 'SWOT 分析', '7P']);
  });

  it('does not change its input', () => {
    const copy = [...terms];
    sortTerms(terms, 'zh');
    expect(terms).toEqual(copy);
  });
});

describe('indexLetter', () => {
  it('gives the pinyin initial of a Chinese name', () => {
    expect(indexLetter('服务补救', 'zh')).toBe('F');
    expect(indexLetter('顾客', 'zh')).toBe('G');
    expect(indexLetter('一线员工', 'zh')).toBe('Y');
    expect(indexLetter('补救', 'zh')).toBe('B');
    expect(indexLetter('授权', 'zh')).toBe('S');
    expect(indexLetter('投诉', 'zh')).toBe('T');
    expect(indexLetter('承诺', 'zh')).toBe('C');
    expect(indexLetter('阿里', 'zh')).toBe('A');
    expect(indexLetter('追踪', 'zh')).toBe('Z');
    expect(indexLetter('交易营销', 'zh')).toBe('J');
    expect(indexLetter('关系营销', 'zh')).toBe('G');
    expect(indexLetter('内部营销', 'zh')).toBe('N');
    expect(indexLetter('期望', 'zh')).toBe('Q');
    expect(indexLetter('人员', 'zh')).toBe('R');
    expect(indexLetter('外部顾客', 'zh')).toBe('W');
    expect(indexLetter('新服务', 'zh')).toBe('X');
    expect(indexLetter('客户终身价值', 'zh')).toBe('K');
    expect(indexLetter('满意度', 'zh')).toBe('M');
    expect(indexLetter('排队', 'zh')).toBe('P');
    expect(indexLetter('利润链', 'zh')).toBe('L');
    expect(indexLetter('海尔', 'zh')).toBe('H');
    expect(indexLetter('定位', 'zh')).toBe('D');
  });
  it('uses the first letter for Latin names and # otherwise', () => {
    expect(indexLetter('7P 组合', 'zh')).toBe('#');
    expect(indexLetter('SWOT 分析', 'zh')).toBe('S');
    expect(indexLetter('empowerment', 'en')).toBe('E');
    expect(indexLetter('“quoted”', 'en')).toBe('#');
  });
});
