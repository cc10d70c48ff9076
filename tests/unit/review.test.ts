import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import { formatInterval, fromCard, previewIntervals, reviewCard, suggestedRating, toCard } from '../../src/lib/review.ts';
import { drawExam, newSeed, sectionLink } from '../../src/lib/quiz/bank.ts';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 24, 9);

describe('review scheduling', () => {
  it('suggests a rating from the score', () => {
    expect(suggestedRating(0)).toBe(Rating.Again);
    expect(suggestedRating(0.5)).toBe(Rating.Hard);
    expect(suggestedRating(1)).toBe(Rating.Good);
  });
  it('round-trips a card through storage', () => {
    const stored = reviewCard(undefined, Rating.Good, now);
    expect(fromCard(toCard(stored, now))).toEqual(stored);
  });
  it('schedules Again sooner than Good, and Good sooner than Easy', () => {
    const i = previewIntervals(undefined, now);
    expect(i[Rating.Again]).toBeLessThan(i[Rating.Good]);
    expect(i[Rating.Good]).toBeLessThanOrEqual(i[Rating.Easy]);
    expect(i[Rating.Again]).toBeLessThan(DAY);
  });
  it('grows the interval with successive Good reviews', () => {
    let card = reviewCard(undefined, Rating.Good, now);
    let t = card.due;
    card = reviewCard(card, Rating.Good, t);
    const first = card.due - t;
    t = card.due;
    card = reviewCard(card, Rating.Good, t);
    expect(card.due - t).toBeGreaterThan(first);
    expect(card.reps).toBe(3);
  });
  it('formats intervals in both languages', () => {
    expect(formatInterval(60_000, 'en')).toBe('1 min');
    expect(formatInterval(10 * 60_000, 'zh')).toBe('10 分钟');
    expect(formatInterval(3 * 3600_000, 'en')).toBe('3 h');
    expect(formatInterval(4 * DAY, 'zh')).toBe('4 天');
    expect(formatInterval(65 * DAY, 'en')).toBe('2 mo');
  });
});

describe('drawExam', () => {
  const q = (lesson: string, n: number) => Array.from({ length: n }, (_, i) => ({ id: `${lesson}-${i}`, lesson }) as never);
  const bank = [...q('a', 10), ...q('b', 10), ...q('c', 3)];
  it('is reproducible from the seed and differs between seeds', () => {
    const ids = (s: string) => drawExam(bank, 9, s).map((x: { id: string }) => x.id);
    expect(ids('abc')).toEqual(ids('abc'));
    expect(ids('abc')).not.toEqual(ids('xyz'));
  });
  it('balances lessons', () => {
    const counts = (n: number) => drawExam(bank, n, 's').reduce<Record<string, number>>((c, x: { lesson: string }) => ({ ...c, [x.lesson]: (c[x.lesson] ?? 0) + 1 }), {});
    expect(counts(9)).toEqual({ a: 3, b: 3, c: 3 });
    expect(counts(15)).toEqual({ a: 6, b: 6, c: 3 });
  });
  it('never repeats a question and stops when the bank runs out', () => {
    const all = drawExam(bank, 100, 's');
    expect(all).toHaveLength(23);
    expect(new Set(all.map((x: { id: string }) => x.id)).size).toBe(23);
  });
  it('makes short seeds and section links', () => {
    expect(newSeed(() => 0.5)).toMatch(/^[0-9a-z]{6}$/);
    const lessons = [{ slug: 'l', order: 1, title: { zh: '课', en: 'Lesson' }, sections: [{ id: 's', title: { zh: '节', en: 'Section' } }] }];
    expect(sectionLink(lessons, 'en', 'l', 's', '/base')).toEqual(['Lesson · Section', '/base/en/lessons/l/#s']);
  });
});

import { examUrl, formatClock, readExamParams } from '../../src/lib/quiz/exam-params.ts';

describe('exam params', () => {
  it('reads seed, count and timer from the URL, with safe defaults', () => {
    expect(readExamParams('?seed=Ab-c9&n=12&timer=30', () => 'new')).toEqual({ seed: 'abc9', count: 12, minutes: 30 });
    expect(readExamParams('', () => 'fresh')).toEqual({ seed: 'fresh', count: 20, minutes: 0 });
    expect(readExamParams('?n=-3&timer=abc&seed=%%%', () => 'x')).toEqual({ seed: 'x', count: 20, minutes: 0 });
    expect(readExamParams('?n=9999&timer=9999', () => 'x')).toMatchObject({ count: 200, minutes: 240 });
  });
  it('writes them back', () => {
    expect(examUrl('/en/exam/', { seed: 'abc', count: 10, minutes: 5 })).toBe('/en/exam/?seed=abc&n=10&timer=5');
  });
  it('formats the clock', () => {
    expect(formatClock(61_000)).toBe('1:01');
    expect(formatClock(500)).toBe('0:01');
    expect(formatClock(-5)).toBe('0:00');
  });
});
