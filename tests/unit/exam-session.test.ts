import { describe, expect, it } from 'vitest';
import { encodeSession, restoreSession } from '../../src/lib/quiz/exam-session.ts';
import type { Question } from '../../src/schemas/quiz.ts';

const b = (zh: string, en: string) => ({ zh, en });
const base = { section: 's', prompt: b('题', 'Q'), explanation: b('因为', 'Because') };
const single: Question = { ...base, id: 'q-single', type: 'single', options: [{ id: 'a', text: b('甲', 'A') }, { id: 'b', text: b('乙', 'B') }], answer: 'b' };
const tf: Question = { ...base, id: 'q-tf', type: 'truefalse', answer: false };
const params = { seed: 'abc', count: 2, minutes: 10 };

describe('exam session', () => {
  it('round-trips the start time and answers of the same exam', () => {
    const raw = encodeSession(params, { started: 1000, responses: { 'q-single': { type: 'single', choice: 'a' } } });
    expect(restoreSession(raw, params, [single, tf], 2000)).toEqual({ started: 1000, responses: { 'q-single': { type: 'single', choice: 'a' } } });
  });
  it('belongs only to the exam with the same seed, count and time limit', () => {
    const raw = encodeSession(params, { started: 1000, responses: {} });
    expect(restoreSession(raw, { ...params, seed: 'abd' }, [single], 2000)).toBeNull();
    expect(restoreSession(raw, { ...params, count: 3 }, [single], 2000)).toBeNull();
    expect(restoreSession(raw, { ...params, minutes: 0 }, [single], 2000)).toBeNull();
  });
  it('survives junk and leaves out answers that do not fit', () => {
    for (const junk of [null, '', '{', '[]', '"x"', '{"seed":"abc"}', JSON.stringify({ ...params, started: 'now' }), JSON.stringify({ ...params, started: 5000 })]) {
      expect(restoreSession(junk, params, [single], 2000)).toBeNull();
    }
    const raw = JSON.stringify({ ...params, started: 1000, responses: { 'q-single': { type: 'single', choice: 'zz' }, 'q-tf': { type: 'truefalse', value: true }, other: 1 } });
    expect(restoreSession(raw, params, [single, tf], 2000)).toEqual({ started: 1000, responses: { 'q-tf': { type: 'truefalse', value: true } } });
    expect(restoreSession(JSON.stringify({ ...params, started: 1000, responses: 'x' }), params, [single], 2000)).toEqual({ started: 1000, responses: {} });
  });
});
