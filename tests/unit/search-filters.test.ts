import { describe, expect, it } from 'vitest';
import {
  filtersToParams,
  keepPlace,
  NO_FILTERS,
  pagefindFilter,
  parseFilters,
  placeOf,
} from '../../src/lib/search-filters.ts';

describe('placeOf', () => {
  it('reads lesson sections', () => {
    expect(placeOf('/zh/lessons/service-recovery/#empower-front-line')).toEqual({
      lang: 'zh',
      kind: 'section',
      lesson: 'service-recovery',
      anchor: 'empower-front-line',
    });
    expect(placeOf('/en/lessons/service-recovery/?hl=x#solve-quickly').anchor).toBe(
      'solve-quickly',
    );
  });
  it('reads glossary terms, not letter headings', () => {
    expect(placeOf('/en/glossary/#empowerment')).toEqual({
      lang: 'en',
      kind: 'term',
      lesson: null,
      anchor: 'empowerment',
    });
    expect(placeOf('/en/glossary/#letter-E').kind).toBe('page');
  });
  it('strips the origin and the base path', () => {
    expect(placeOf('https://example.edu/course/zh/lessons/a/#b', '/course/')).toMatchObject({
      lang: 'zh',
      kind: 'section',
      lesson: 'a',
    });
    expect(placeOf('/en/lessons/a/')).toMatchObject({ kind: 'page', lesson: 'a' });
    expect(placeOf('/other/')).toEqual({ lang: null, kind: 'page', lesson: null, anchor: null });
  });
});

describe('filters', () => {
  const lessons = ['service-recovery', 'marketing-mix'];
  it('reads only known values from the URL', () => {
    expect(parseFilters(new URLSearchParams('lesson=service-recovery&kind=term'), lessons)).toEqual(
      { lesson: 'service-recovery', kind: 'term' },
    );
    expect(parseFilters(new URLSearchParams('lesson=nope&kind=<x>'), lessons)).toEqual(NO_FILTERS);
  });
  it('writes them back, dropping empty ones and keeping the query', () => {
    expect(
      filtersToParams(
        { lesson: 'marketing-mix', kind: '' },
        new URLSearchParams('q=x&kind=term'),
      ).toString(),
    ).toBe('q=x&lesson=marketing-mix');
  });
  it('asks Pagefind for the right pages', () => {
    expect(pagefindFilter(NO_FILTERS)).toBeUndefined();
    expect(pagefindFilter({ lesson: '', kind: 'term' })).toEqual({ kind: 'term' });
    expect(pagefindFilter({ lesson: 'a', kind: 'term' })).toEqual({ kind: 'term' });
    expect(pagefindFilter({ lesson: '', kind: 'section' })).toEqual({ kind: 'section' });
    expect(pagefindFilter({ lesson: 'a', kind: 'section' })).toEqual({ lesson: 'a' });
    expect(pagefindFilter({ lesson: 'a', kind: '' })).toEqual({
      any: [{ lesson: 'a' }, { kind: 'term' }],
    });
  });
  it('keeps sections and terms of the chosen lesson and kind', () => {
    const lessonsOf = new Map([['empowerment', ['service-recovery']]]);
    const section = placeOf('/zh/lessons/service-recovery/#x');
    const term = placeOf('/zh/glossary/#empowerment');
    const otherTerm = placeOf('/zh/glossary/#unknown');
    expect(keepPlace(section, NO_FILTERS, lessonsOf)).toBe(true);
    expect(keepPlace(section, { lesson: 'service-recovery', kind: '' }, lessonsOf)).toBe(true);
    expect(keepPlace(section, { lesson: 'marketing-mix', kind: '' }, lessonsOf)).toBe(false);
    expect(keepPlace(section, { lesson: '', kind: 'term' }, lessonsOf)).toBe(false);
    expect(keepPlace(term, { lesson: 'service-recovery', kind: 'term' }, lessonsOf)).toBe(true);
    expect(keepPlace(term, { lesson: 'marketing-mix', kind: '' }, lessonsOf)).toBe(false);
    expect(keepPlace(otherTerm, { lesson: 'service-recovery', kind: '' }, lessonsOf)).toBe(false);
    expect(
      keepPlace(
        placeOf('/zh/glossary/#letter-F'),
        { lesson: 'service-recovery', kind: '' },
        lessonsOf,
      ),
    ).toBe(false);
  });
});
