import { describe, expect, it } from 'vitest';
import { correctResponse, emptyResponse, gradeQuestion, isComplete, unansweredGrade, validResponse } from '../../src/lib/quiz/grade.ts';
import { loadTraditionalToSimplified } from '../../src/lib/quiz/traditional.ts';
import type { Question } from '../../src/schemas/quiz.ts';

const b = (zh: string, en: string) => ({ zh, en });
const base = { section: 's', prompt: b('题', 'Q'), explanation: b('因为', 'Because') };
const single: Question = { ...base, id: 'q-single', type: 'single', options: [{ id: 'a', text: b('甲', 'A') }, { id: 'b', text: b('乙', 'B') }], answer: 'b' };
const multiple: Question = { ...base, id: 'q-multi', type: 'multiple', options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: b(id, id) })), answer: ['a', 'c'] };
const tf: Question = { ...base, id: 'q-tf', type: 'truefalse', answer: false };
const fill: Question = {
  ...base, id: 'q-fill', type: 'fill', prompt: b('___ 和 ___', '___ and ___'),
  blanks: [{ accept: { zh: ['服务补救', '补救'], en: ['service recovery'] } }, { accept: { zh: ['一线员工'], en: ['front-line employees', 'frontline staff'] } }],
};
const matching: Question = { ...base, id: 'q-match', type: 'matching', pairs: ['x', 'y', 'z'].map((id) => ({ id, left: b(id, id), right: b(id.toUpperCase(), id.toUpperCase()) })) };
const ordering: Question = { ...base, id: 'q-order', type: 'ordering', items: ['one', 'two', 'three', 'four'].map((id) => ({ id, text: b(id, id) })) };
const categorise: Question = {
  ...base, id: 'q-cat', type: 'categorise', groups: [{ id: 'g1', label: b('一', 'one') }, { id: 'g2', label: b('二', 'two') }],
  items: [{ id: 'i1', text: b('1', '1'), group: 'g1' }, { id: 'i2', text: b('2', '2'), group: 'g2' }, { id: 'i3', text: b('3', '3'), group: 'g1' }, { id: 'i4', text: b('4', '4'), group: 'g2' }],
};

describe('single and true/false', () => {
  it('scores all or nothing and marks the chosen option', () => {
    expect(gradeQuestion(single, { type: 'single', choice: 'b' })).toEqual({ score: 1, correct: true, parts: { b: true } });
    expect(gradeQuestion(single, { type: 'single', choice: 'a' })).toEqual({ score: 0, correct: false, parts: { a: false } });
    expect(gradeQuestion(tf, { type: 'truefalse', value: false }).correct).toBe(true);
    expect(gradeQuestion(tf, { type: 'truefalse', value: true }).score).toBe(0);
  });
});

describe('multiple choice with partial credit', () => {
  const grade = (choices: string[]) => gradeQuestion(multiple, { type: 'multiple', choices });
  it('gives full credit for exactly the right options', () => {
    expect(grade(['c', 'a'])).toMatchObject({ score: 1, correct: true });
  });
  it('gives a share per right option', () => {
    expect(grade(['a'])).toMatchObject({ score: 0.5, correct: false, parts: { a: true, c: false } });
  });
  it('takes a share back per wrong pick, never below zero', () => {
    expect(grade(['a', 'c', 'b'])).toMatchObject({ score: 0.5, parts: { a: true, b: false, c: true } });
    expect(grade(['a', 'b', 'd']).score).toBe(0);
    expect(grade(['b', 'd']).score).toBe(0);
  });
  it('checking every option is not a loophole', () => {
    expect(grade(['a', 'b', 'c', 'd']).score).toBe(0);
  });
});

describe('fill in the blank', () => {
  const grade = (blanks: string[], conv?: (s: string) => string) => gradeQuestion(fill, { type: 'fill', blanks }, conv);
  it('accepts any listed answer in either language, per blank', () => {
    expect(grade(['补救', 'front-line employees'])).toMatchObject({ score: 1, parts: { 0: true, 1: true } });
    expect(grade(['service recovery', '一线员工']).correct).toBe(true);
    expect(grade(['补救', '员工'])).toMatchObject({ score: 0.5, parts: { 0: true, 1: false } });
  });
  it('ignores case, spaces, punctuation and full-width forms', () => {
    expect(grade(['  Service  Recovery. ', 'FRONT-LINE employees!']).correct).toBe(true);
    expect(grade(['ｓｅｒｖｉｃｅ　ｒｅｃｏｖｅｒｙ', 'Frontline Staff。']).correct).toBe(true);
    expect(grade(['服务补救。', '“一线员工”']).correct).toBe(true);
    expect(grade(['服务 补救', '一线 员工']).correct).toBe(true);
  });
  it('treats Traditional and Simplified as the same with the converter', async () => {
    const toSimplified = await loadTraditionalToSimplified();
    expect(grade(['服務補救', '一線員工'], toSimplified).correct).toBe(true);
    expect(grade(['服務補救', '一線員工']).correct).toBe(false);
  });
  it('never accepts an empty blank', () => {
    expect(grade(['', '   ']).score).toBe(0);
  });
});

describe('matching, ordering and categorise', () => {
  it('matching: share of right pairs', () => {
    expect(gradeQuestion(matching, { type: 'matching', matches: { x: 'x', y: 'z', z: 'y' } })).toMatchObject({ score: 0.333, parts: { x: true, y: false, z: false } });
    expect(gradeQuestion(matching, { type: 'matching', matches: { x: 'x', y: 'y', z: 'z' } }).correct).toBe(true);
  });
  it('ordering: share of items in their right position', () => {
    expect(gradeQuestion(ordering, { type: 'ordering', order: ['one', 'two', 'three', 'four'] }).correct).toBe(true);
    expect(gradeQuestion(ordering, { type: 'ordering', order: ['one', 'three', 'two', 'four'] })).toMatchObject({ score: 0.5, parts: { one: true, two: false, three: false, four: true } });
  });
  it('categorise: share of items in their right group', () => {
    expect(gradeQuestion(categorise, { type: 'categorise', placement: { i1: 'g1', i2: 'g2', i3: 'g2', i4: 'g2' } })).toMatchObject({ score: 0.75, parts: { i3: false } });
  });
});

describe('responses', () => {
  const all = [single, multiple, tf, fill, matching, ordering, categorise];
  it('the correct response of every type scores 1', () => {
    for (const q of all) expect(gradeQuestion(q, correctResponse(q, 'en')), q.id).toMatchObject({ score: 1, correct: true });
  });
  it('an empty response is incomplete, except ordering', () => {
    for (const q of all) expect(isComplete(q, emptyResponse(q)), q.id).toBe(q.type === 'ordering');
  });
  it('a half-answered matching or categorise is incomplete', () => {
    expect(isComplete(matching, { type: 'matching', matches: { x: 'y' } })).toBe(false);
    expect(isComplete(categorise, { type: 'categorise', placement: { i1: 'g1', i2: 'g1', i3: 'g1', i4: 'g2' } })).toBe(true);
  });
  it('an untouched question earns nothing and marks every part wrong, with the same parts a grade has', () => {
    for (const q of all) {
      const g = unansweredGrade(q);
      expect(g, q.id).toMatchObject({ score: 0, correct: false });
      expect(Object.values(g.parts).every((ok) => ok === false), q.id).toBe(true);
      const graded = gradeQuestion(q, correctResponse(q, 'en'));
      expect(Object.keys(g.parts).sort(), q.id).toEqual(Object.keys(graded.parts).sort());
    }
  });
  it('rejects a response of the wrong type', () => {
    expect(() => gradeQuestion(single, { type: 'truefalse', value: true })).toThrow(/q-single/);
  });
});

describe('validResponse (restoring a saved response)', () => {
  const all = [single, multiple, tf, fill, matching, ordering, categorise];
  it('accepts the responses the UI makes', () => {
    for (const q of all) {
      expect(validResponse(q, correctResponse(q, 'zh')), q.id).toEqual(correctResponse(q, 'zh'));
      expect(validResponse(q, emptyResponse(q)), q.id).toEqual(emptyResponse(q));
    }
    expect(validResponse(matching, { type: 'matching', matches: { x: 'y', y: undefined } })).toBeTruthy();
  });
  it('rejects other types, unknown ids and wrong shapes, so grading never throws', () => {
    const bad: [Question, unknown][] = [
      [single, null], [single, 'a'], [single, { type: 'multiple', choices: ['a'] }], [single, { type: 'single', choice: 'zz' }],
      [multiple, { type: 'multiple', choices: 'a' }], [multiple, { type: 'multiple', choices: ['a', 'q'] }],
      [tf, { type: 'truefalse', value: 'yes' }],
      [fill, { type: 'fill', blanks: ['one'] }], [fill, { type: 'fill', blanks: ['one', 2] }],
      [matching, { type: 'matching', matches: { x: 'nope' } }], [matching, { type: 'matching', matches: [] }], [matching, { type: 'matching', matches: { q: 'x' } }],
      [ordering, { type: 'ordering', order: ['one', 'two'] }], [ordering, { type: 'ordering', order: ['one', 'one', 'two', 'three'] }],
      [categorise, { type: 'categorise', placement: { i1: 'g9' } }], [categorise, { type: 'categorise', placement: null }],
    ];
    for (const [q, raw] of bad) expect(validResponse(q, raw), JSON.stringify(raw)).toBeUndefined();
  });
  it('drops repeated choices', () => {
    expect(validResponse(multiple, { type: 'multiple', choices: ['a', 'a', 'c'] })).toEqual({ type: 'multiple', choices: ['a', 'c'] });
  });
});
