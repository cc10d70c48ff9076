import { describe, expect, it } from 'vitest';
import { answerText } from '../../src/lib/quiz/answer-text.ts';
import type { Question } from '../../src/schemas/quiz.ts';

const b = (zh: string, en: string) => ({ zh, en });
const base = { section: 's', prompt: b('题', 'Q'), explanation: b('因为', 'Because') };
const words = { zh: { true: '正确', false: '错误' }, en: { true: 'True', false: 'False' } };

describe('answerText', () => {
  it('names the right options, value, blanks, pairs, order and groups in the page language', () => {
    const cases: [Question, string, string][] = [
      [{ ...base, id: 'a', type: 'single', options: [{ id: 'a', text: b('甲', 'A') }, { id: 'b', text: b('乙', 'B') }], answer: 'b' }, '乙', 'B'],
      [{ ...base, id: 'b', type: 'multiple', options: ['a', 'b', 'c'].map((id) => ({ id, text: b(`选${id}`, id.toUpperCase()) })), answer: ['c', 'a'] }, '选a；选c', 'A; C'],
      [{ ...base, id: 'c', type: 'truefalse', answer: false }, '错误', 'False'],
      [{ ...base, id: 'd', type: 'fill', blanks: [{ accept: { zh: ['担保', '保证'], en: ['guarantee'] } }, { accept: { zh: ['授权'], en: ['empower'] } }] }, '担保；授权', 'guarantee; empower'],
      [{ ...base, id: 'e', type: 'matching', pairs: [{ id: 'x', left: b('左', 'L'), right: b('右', 'R') }, { id: 'y', left: b('上', 'U'), right: b('下', 'D') }] }, '左 → 右；上 → 下', 'L → R; U → D'],
      [{ ...base, id: 'f', type: 'ordering', items: [{ id: '1', text: b('一', 'one') }, { id: '2', text: b('二', 'two') }, { id: '3', text: b('三', 'three') }] }, '一 → 二 → 三', 'one → two → three'],
      [{ ...base, id: 'g', type: 'categorise', groups: [{ id: 'p', label: b('做', 'Do') }, { id: 'q', label: b('不做', 'Avoid') }], items: [{ id: '1', text: b('甲', 'a'), group: 'p' }, { id: '2', text: b('乙', 'b'), group: 'q' }, { id: '3', text: b('丙', 'c'), group: 'p' }] }, '做：甲、丙；不做：乙', 'Do: a, c; Avoid: b'],
    ];
    for (const [q, zh, en] of cases) {
      expect(answerText(q, 'zh', words.zh), q.id).toBe(zh);
      expect(answerText(q, 'en', words.en), q.id).toBe(en);
    }
  });
});
