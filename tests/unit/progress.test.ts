import { describe, expect, it } from 'vitest';
import { DROPPED_QUESTIONS, DROPPED_RECORD, dueQuestionIds, emptyProgress, lessonProgress, mergeProgress, recordAttempt, recordReview, repairProgress, type StoredCard } from '../../src/lib/progress.ts';
import { summarise } from '../../src/lib/quiz/summary.ts';

const card = (due: number): StoredCard => ({ due, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 1, learning_steps: 0, reps: 1, lapses: 0, state: 2 });

describe('recordAttempt', () => {
  it('counts attempts, keeps the first time, and queues misses for review', () => {
    let p = recordAttempt(emptyProgress(), 'sr-a', 1, 1000);
    expect(p.questions['sr-a']).toEqual({ attempts: 1, lastScore: 1, firstAt: 1000, lastAt: 1000, missed: false });
    p = recordAttempt(p, 'sr-a', 0.5, 2000);
    expect(p.questions['sr-a']).toMatchObject({ attempts: 2, lastScore: 0.5, firstAt: 1000, lastAt: 2000, missed: true });
    p = recordAttempt(p, 'sr-a', 1, 3000);
    expect(p.questions['sr-a'].missed).toBe(true);
  });
  it('does not change the input', () => {
    const p = emptyProgress();
    recordAttempt(p, 'x', 1, 1);
    expect(p).toEqual(emptyProgress());
  });
});

describe('review queue', () => {
  it('lists missed questions and due cards, most overdue first', () => {
    let p = recordAttempt(emptyProgress(), 'a', 0, 500);
    p = recordAttempt(p, 'b', 1, 600);
    p = recordReview(recordAttempt(p, 'c', 0, 100), 'c', 1, card(900), 700);
    p = recordReview(recordAttempt(p, 'd', 0, 100), 'd', 1, card(5000), 700);
    expect(p.questions.c.missed).toBe(false);
    expect(dueQuestionIds(p, 1000)).toEqual(['a', 'c']);
    expect(dueQuestionIds(p, 6000)).toEqual(['a', 'c', 'd']);
    expect(dueQuestionIds(p, 1000, new Set(['c']))).toEqual(['c']);
  });
});

describe('repairProgress', () => {
  it('keeps valid records and drops the rest, naming them', () => {
    const raw = {
      version: 1,
      questions: {
        good: { attempts: 2, lastScore: 1, firstAt: 1, lastAt: 2, missed: false },
        clamp: { attempts: 1, lastScore: 7, lastAt: 5, missed: 'yes', card: { due: 'soon' } },
        bad: { attempts: 'many' },
        'Not An Id': { attempts: 1, lastAt: 1 },
        nulled: null,
      },
    };
    const { data, dropped } = repairProgress(raw);
    expect(Object.keys(data.questions)).toEqual(['good', 'clamp']);
    expect(data.questions.clamp).toEqual({ attempts: 1, lastScore: 1, firstAt: 5, lastAt: 5, missed: false });
    // Whole records by id; bad fields of a kept record as id.field (a clamped score is repaired, not dropped).
    expect(dropped).toEqual(['clamp.missed', 'clamp.card', 'bad', 'Not An Id', 'nulled']);
  });
  it('accepts the unversioned shape and survives junk', () => {
    expect(repairProgress({ q: { attempts: 1, lastAt: 3 } }).data.questions.q.attempts).toBe(1);
    for (const junk of ['text', 42, [], null, undefined, { questions: 'x' }]) {
      expect(repairProgress(junk).data).toEqual(emptyProgress());
    }
    expect(repairProgress('text').dropped).toEqual([DROPPED_RECORD]);
    expect(repairProgress([1]).dropped).toEqual([DROPPED_RECORD]);
    expect(repairProgress({ questions: 'x' }).dropped).toEqual([DROPPED_QUESTIONS]);
    expect(repairProgress({ version: 1, questions: [] }).dropped).toEqual([DROPPED_QUESTIONS]);
    expect(repairProgress(undefined).dropped).toEqual([]);
  });
  it('keeps a valid card', () => {
    const { data } = repairProgress({ questions: { q: { attempts: 1, lastAt: 3, card: card(10) } } });
    expect(data.questions.q.card).toEqual(card(10));
  });
});

describe('mergeProgress', () => {
  it('keeps both sides and prefers the record with more attempts, then the newer', () => {
    const ours = { version: 1 as const, questions: { a: { attempts: 3, lastScore: 1, firstAt: 1, lastAt: 10, missed: false }, b: { attempts: 1, lastScore: 0, firstAt: 1, lastAt: 5, missed: true } } };
    const theirs = { version: 1 as const, questions: { a: { attempts: 1, lastScore: 0, firstAt: 1, lastAt: 50, missed: true }, b: { attempts: 1, lastScore: 1, firstAt: 1, lastAt: 9, missed: false }, c: { attempts: 1, lastScore: 1, firstAt: 2, lastAt: 2, missed: false } } };
    const merged = mergeProgress(ours, theirs);
    expect(merged.questions.a.attempts).toBe(3);
    expect(merged.questions.b.lastAt).toBe(9);
    expect(Object.keys(merged.questions).sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('lessonProgress and summarise', () => {
  it('counts attempted and right-last-time questions of a lesson', () => {
    let p = recordAttempt(emptyProgress(), 'a', 1, 1);
    p = recordAttempt(p, 'b', 0.5, 1);
    expect(lessonProgress(p, ['a', 'b', 'c'])).toEqual({ attempted: 2, correct: 1, total: 3 });
  });
  it('totals scores, applies the pass mark and lists sections to revisit once each', () => {
    const q = (id: string, lesson: string, section: string) => ({ id, lesson, section }) as never;
    const questions = [q('a', 'l1', 's1'), q('b', 'l1', 's2'), q('c', 'l2', 's1'), q('d', 'l1', 's2')];
    const grades = { a: { score: 1, correct: true, parts: {} }, b: { score: 0.5, correct: false, parts: {} }, d: { score: 0, correct: false, parts: {} } };
    const s = summarise(questions, grades, 0.6);
    expect(s).toMatchObject({ points: 1.5, total: 4, percent: 38, passed: false });
    expect(s.revisit).toEqual([{ lesson: 'l1', section: 's2' }, { lesson: 'l2', section: 's1' }]);
    expect(s.byLesson).toEqual({ l1: { points: 1.5, total: 3 }, l2: { points: 0, total: 1 } });
    expect(summarise(questions, { a: grades.a, b: { score: 1, correct: true, parts: {} }, c: grades.a }, 0.75).passed).toBe(true);
  });
});
