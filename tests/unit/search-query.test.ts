import { describe, expect, it } from 'vitest';
import {
  matchTerms,
  normalizeQuery,
  parseTerms,
  planSearch,
  queryLangs,
  termLessons,
  type TermPair,
} from '../../src/lib/search-query.ts';

const terms: TermPair[] = [
  { id: 'service-recovery', zh: '服务补救', en: 'service recovery', lessons: ['service-recovery'] },
  {
    id: 'service-recovery-paradox',
    zh: '服务补救悖论',
    en: 'service recovery paradox',
    lessons: ['service-recovery'],
  },
  {
    id: 'front-line-employee',
    zh: '一线员工',
    en: 'front-line employee',
    lessons: ['service-recovery'],
  },
  {
    id: 'empowerment',
    zh: '授权',
    en: 'empowerment',
    lessons: ['service-recovery', 'customer-service'],
  },
  { id: 'service', zh: '服务', en: 'service', lessons: ['marketing-mix'] },
];

describe('normalizeQuery', () => {
  it('folds case, width, hyphens and spaces', () => {
    expect(normalizeQuery('  Ｓervice   RECOVERY ')).toBe('service recovery');
    expect(normalizeQuery('front-line_employee')).toBe('front line employee');
    expect(normalizeQuery('服务补救')).toBe('服务补救');
  });
});

describe('queryLangs', () => {
  it('reads the script a query is written in', () => {
    expect(queryLangs('服务补救')).toEqual(['zh']);
    expect(queryLangs('service recovery')).toEqual(['en']);
    expect(queryLangs('SERVQUAL 模型')).toEqual(['zh', 'en']);
    expect(queryLangs('7 + 3')).toEqual([]);
    expect(queryLangs('ｓｅｒｖｉｃｅ')).toEqual(['en']);
  });
});

describe('matchTerms', () => {
  it('finds a term by either name', () => {
    expect(matchTerms('service recovery', terms).map((m) => [m.term.id, m.via])).toEqual([
      ['service-recovery', 'en'],
    ]);
    expect(matchTerms('服务补救', terms).map((m) => [m.term.id, m.via])).toEqual([
      ['service-recovery', 'zh'],
    ]);
  });
  it('prefers the longest term and never overlaps', () => {
    expect(matchTerms('service recovery paradox', terms).map((m) => m.term.id)).toEqual([
      'service-recovery-paradox',
    ]);
    expect(matchTerms('服务补救悖论', terms).map((m) => m.term.id)).toEqual([
      'service-recovery-paradox',
    ]);
  });
  it('matches English names as whole words only', () => {
    expect(matchTerms('self-service', terms).map((m) => m.term.id)).toEqual(['service']);
    expect(matchTerms('services', terms)).toEqual([]);
    expect(matchTerms('front line employee', terms).map((m) => m.term.id)).toEqual([
      'front-line-employee',
    ]);
  });
  it('finds several terms in order, at most three', () => {
    expect(matchTerms('授权一线员工', terms).map((m) => m.term.id)).toEqual([
      'empowerment',
      'front-line-employee',
    ]);
    expect(matchTerms('', terms)).toEqual([]);
    expect(
      matchTerms('empowerment service recovery front-line employee service', terms, 3),
    ).toHaveLength(3);
  });
});

describe('planSearch', () => {
  it('a Chinese reader typing English searches the Chinese index with the paired term, and the English index', () => {
    const plan = planSearch('service recovery', 'zh', terms);
    expect(plan.searches).toEqual([
      {
        lang: 'zh',
        queries: [
          { text: 'service recovery', paired: false },
          { text: '服务补救', paired: true },
        ],
      },
      { lang: 'en', queries: [{ text: 'service recovery', paired: false }] },
    ]);
    expect(plan.paired).toEqual([{ text: '服务补救', lang: 'zh' }]);
  });
  it('an English reader typing Chinese searches the English index with the paired term, and the Chinese index', () => {
    const plan = planSearch('服务补救', 'en', terms);
    expect(plan.searches).toEqual([
      {
        lang: 'en',
        queries: [
          { text: '服务补救', paired: false },
          { text: 'service recovery', paired: true },
        ],
      },
      { lang: 'zh', queries: [{ text: '服务补救', paired: false }] },
    ]);
  });
  it('a query in the page language stays in the page language', () => {
    expect(planSearch('服务补救', 'zh', terms).searches).toEqual([
      { lang: 'zh', queries: [{ text: '服务补救', paired: false }] },
    ]);
    expect(planSearch('empowerment', 'en', terms).paired).toEqual([]);
  });
  it('searches the other index for a word that is not a glossary term', () => {
    expect(planSearch('complaint', 'zh', terms).searches.map((s) => s.lang)).toEqual(['zh', 'en']);
  });
  it('trims the query', () => {
    expect(planSearch('  授权 ', 'en', terms).searches[0].queries).toEqual([
      { text: '授权', paired: false },
      { text: 'empowerment', paired: true },
    ]);
  });
});

describe('terms data', () => {
  it('keeps well-formed terms and drops the rest', () => {
    expect(
      parseTerms({ terms: [terms[0], { id: 1 }, null, { id: 'x', zh: '甲', en: 'x' }] }),
    ).toEqual([terms[0]]);
    expect(parseTerms(null)).toEqual([]);
    expect(parseTerms({ terms: 'nope' })).toEqual([]);
  });
  it('maps terms to their lessons', () => {
    expect(termLessons(terms).get('empowerment')).toEqual(['service-recovery', 'customer-service']);
  });
});
