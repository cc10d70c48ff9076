import { describe, expect, it } from 'vitest';
import {
  markedWords,
  parseHighlight,
  slideUrl,
  withHighlight,
  wordsToHighlight,
} from '../../src/lib/search-links.ts';
import { highlightRanges } from '../../src/lib/highlight.ts';

describe('markedWords', () => {
  it('collects the marked words, unescaped and without repeats', () => {
    expect(
      markedWords('a <mark>Service</mark> and <mark>service</mark> &amp; <mark>R&amp;D</mark>'),
    ).toEqual(['Service', 'R&D']);
    expect(markedWords('……<mark>服务补救</mark>是指……')).toEqual(['服务补救']);
    expect(markedWords('no marks')).toEqual([]);
    expect(
      markedWords(
        '<mark>recovery.</mark> <mark>service:</mark> <mark>“服务补救”,</mark> <mark>…</mark>',
      ),
    ).toEqual(['recovery', 'service', '服务补救']);
  });
});

describe('withHighlight', () => {
  it('puts each word or phrase before the fragment', () => {
    expect(withHighlight('/zh/lessons/a/#b', ['服务补救'])).toBe(
      '/zh/lessons/a/?hl=%E6%9C%8D%E5%8A%A1%E8%A1%A5%E6%95%91#b',
    );
    expect(withHighlight('/en/glossary/?x=1', ['service recovery', 'line'])).toBe(
      '/en/glossary/?x=1&hl=service%20recovery&hl=line',
    );
    expect(withHighlight('/en/', [' ', ''])).toBe('/en/');
  });
  it('round-trips through parseHighlight', () => {
    const url = new URL(
      withHighlight('/en/lessons/a/#b', ['Service recovery', 'front-line']),
      'http://x',
    );
    expect(parseHighlight(url.search)).toEqual(['Service recovery', 'front-line']);
  });
  it('limits what a crafted URL can ask for', () => {
    expect(parseHighlight('?hl=a&hl=A&hl=%20')).toEqual(['a']);
    expect(
      parseHighlight('?' + Array.from({ length: 12 }, (_, i) => `hl=w${i}`).join('&')),
    ).toHaveLength(8);
    expect(parseHighlight('?hl=' + 'x'.repeat(100))[0]).toHaveLength(60);
    expect(parseHighlight('?hl=%E0%A4%A')).toHaveLength(1);
    expect(parseHighlight('?q=1')).toEqual([]);
  });
});

describe('wordsToHighlight', () => {
  it('highlights the searched text where the excerpt shows it whole', () => {
    expect(wordsToHighlight('有效的<mark>服务</mark><mark>补救</mark>能……', '服务补救')).toEqual([
      '服务补救',
    ]);
    expect(
      wordsToHighlight(
        'Five <mark>service</mark> <mark>recovery</mark> strategies',
        ' Service  Recovery ',
      ),
    ).toEqual(['Service Recovery']);
  });
  it('falls back to the marked words, then to the searched words', () => {
    expect(
      wordsToHighlight('<mark>recovery.</mark> then <mark>services</mark>', 'service recovery'),
    ).toEqual(['recovery', 'services']);
    expect(wordsToHighlight('nothing marked', 'front line')).toEqual(['front', 'line']);
  });
});

describe('slideUrl', () => {
  it('opens the same section in the deck', () => {
    expect(slideUrl('/zh/lessons/service-recovery/#empower-front-line')).toBe(
      '/zh/lessons/service-recovery/slides/#empower-front-line',
    );
    expect(slideUrl('/course/en/lessons/a/?hl=x#b')).toBe('/course/en/lessons/a/slides/#b');
  });
  it('is null for anything but a lesson section', () => {
    expect(slideUrl('/zh/glossary/#empowerment')).toBeNull();
    expect(slideUrl('/zh/lessons/a/')).toBeNull();
  });
});

describe('highlightRanges', () => {
  it('finds Chinese words anywhere', () => {
    expect(highlightRanges('有效的服务补救能提升满意度;服务补救', ['服务补救'])).toEqual([
      [3, 7],
      [14, 18],
    ]);
  });
  it('finds English words at word starts, whatever the case, running on to the word end', () => {
    expect(highlightRanges('Front-line employees empower', ['employee', 'front'])).toEqual([
      [0, 5],
      [11, 20],
    ]);
    expect(highlightRanges('disempower', ['empower'])).toEqual([]);
  });
  it('merges overlaps and skips one-letter words', () => {
    expect(highlightRanges('service recovery', ['service recovery', 'recovery', 'a'])).toEqual([
      [0, 16],
    ]);
    expect(highlightRanges('服务', ['服'])).toEqual([]);
  });
});
