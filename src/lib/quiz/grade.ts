/**
 * Grading: one pure function per question type. Every grader returns a score in [0, 1] and the
 * correctness of each part (option, blank, pair, position, item) so the UI can mark them.
 */
import type { Question } from '../../schemas/quiz.ts';
import { normalizeAnswer, type ScriptConverter } from './normalize.ts';

export type Response =
  | { type: 'single'; choice: string | null }
  | { type: 'multiple'; choices: string[] }
  | { type: 'truefalse'; value: boolean | null }
  | { type: 'fill'; blanks: string[] }
  | { type: 'matching'; matches: Record<string, string | undefined> }
  | { type: 'ordering'; order: string[] }
  | { type: 'categorise'; placement: Record<string, string | undefined> };

export interface Grade {
  /** 0 to 1; partial credit where the type allows it. */
  score: number;
  /** Fully right. */
  correct: boolean;
  /** Part id → right or wrong (options, blank indexes, left pair ids, item ids). */
  parts: Record<string, boolean>;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const grade = (score: number, parts: Record<string, boolean>): Grade => ({ score: round(score), correct: score >= 1, parts });

export function gradeQuestion(q: Question, r: Response, toSimplified?: ScriptConverter): Grade {
  if (q.type !== r.type) throw new Error(`response of type ${r.type} for question ${q.id} of type ${q.type}`);
  switch (q.type) {
    case 'single': {
      const choice = (r as Extract<Response, { type: 'single' }>).choice;
      const ok = choice === q.answer;
      return grade(ok ? 1 : 0, choice ? { [choice]: ok } : {});
    }
    case 'multiple': {
      const chosen = new Set((r as Extract<Response, { type: 'multiple' }>).choices);
      const right = new Set(q.answer);
      const parts: Record<string, boolean> = {};
      let hits = 0;
      let wrong = 0;
      for (const o of q.options) {
        if (chosen.has(o.id)) {
          parts[o.id] = right.has(o.id);
          if (right.has(o.id)) hits++;
          else wrong++;
        } else if (right.has(o.id)) parts[o.id] = false;
      }
      // Each right option earns its share; each wrong pick takes one share back; never below 0.
      return grade(Math.max(0, (hits - wrong) / right.size), parts);
    }
    case 'truefalse': {
      const value = (r as Extract<Response, { type: 'truefalse' }>).value;
      const ok = value === q.answer;
      return grade(ok ? 1 : 0, { answer: ok });
    }
    case 'fill': {
      const given = (r as Extract<Response, { type: 'fill' }>).blanks;
      const parts: Record<string, boolean> = {};
      q.blanks.forEach((blank, i) => {
        const answer = normalizeAnswer(given[i] ?? '', toSimplified);
        const accepted = [...blank.accept.zh, ...blank.accept.en].map((a) => normalizeAnswer(a, toSimplified));
        parts[String(i)] = answer !== '' && accepted.includes(answer);
      });
      return grade(Object.values(parts).filter(Boolean).length / q.blanks.length, parts);
    }
    case 'matching': {
      const matches = (r as Extract<Response, { type: 'matching' }>).matches;
      const parts = Object.fromEntries(q.pairs.map((p) => [p.id, matches[p.id] === p.id]));
      return grade(Object.values(parts).filter(Boolean).length / q.pairs.length, parts);
    }
    case 'ordering': {
      const order = (r as Extract<Response, { type: 'ordering' }>).order;
      const parts = Object.fromEntries(q.items.map((item, i) => [item.id, order[i] === item.id]));
      return grade(Object.values(parts).filter(Boolean).length / q.items.length, parts);
    }
    case 'categorise': {
      const placement = (r as Extract<Response, { type: 'categorise' }>).placement;
      const parts = Object.fromEntries(q.items.map((item) => [item.id, placement[item.id] === item.group]));
      return grade(Object.values(parts).filter(Boolean).length / q.items.length, parts);
    }
  }
}

/**
 * The grade of a question left untouched in an exam: nothing earned, every part marked wrong.
 * (An untouched ordering question would otherwise score the items its shuffle left in place.)
 */
export function unansweredGrade(q: Question): Grade {
  const keys = (() => {
    switch (q.type) {
      case 'single':
      case 'multiple': return q.type === 'single' ? [q.answer] : q.answer;
      case 'truefalse': return ['answer'];
      case 'fill': return q.blanks.map((_, i) => String(i));
      case 'matching': return q.pairs.map((p) => p.id);
      case 'ordering':
      case 'categorise': return q.items.map((i) => i.id);
    }
  })();
  return { score: 0, correct: false, parts: Object.fromEntries(keys.map((k) => [k, false])) };
}

/** The response a learner starts from (nothing chosen; ordering in the shown order). */
export function emptyResponse(q: Question, shownOrder: string[] = []): Response {
  switch (q.type) {
    case 'single': return { type: 'single', choice: null };
    case 'multiple': return { type: 'multiple', choices: [] };
    case 'truefalse': return { type: 'truefalse', value: null };
    case 'fill': return { type: 'fill', blanks: q.blanks.map(() => '') };
    case 'matching': return { type: 'matching', matches: {} };
    case 'ordering': return { type: 'ordering', order: shownOrder.length ? shownOrder : q.items.map((i) => i.id) };
    case 'categorise': return { type: 'categorise', placement: {} };
  }
}

/** The fully right response, for "show answer". */
export function correctResponse(q: Question, lang: 'zh' | 'en' = 'zh'): Response {
  switch (q.type) {
    case 'single': return { type: 'single', choice: q.answer };
    case 'multiple': return { type: 'multiple', choices: [...q.answer] };
    case 'truefalse': return { type: 'truefalse', value: q.answer };
    case 'fill': return { type: 'fill', blanks: q.blanks.map((b) => b.accept[lang][0]) };
    case 'matching': return { type: 'matching', matches: Object.fromEntries(q.pairs.map((p) => [p.id, p.id])) };
    case 'ordering': return { type: 'ordering', order: q.items.map((i) => i.id) };
    case 'categorise': return { type: 'categorise', placement: Object.fromEntries(q.items.map((i) => [i.id, i.group])) };
  }
}

/** Whether the learner has given enough to be graded (every blank, pair, item answered). */
export function isComplete(q: Question, r: Response): boolean {
  switch (r.type) {
    case 'single': return r.choice !== null;
    case 'multiple': return r.choices.length > 0;
    case 'truefalse': return r.value !== null;
    case 'fill': return r.blanks.every((b) => b.trim() !== '');
    case 'matching': return q.type === 'matching' && q.pairs.every((p) => r.matches[p.id]);
    case 'ordering': return true;
    case 'categorise': return q.type === 'categorise' && q.items.every((i) => r.placement[i.id]);
  }
}

const isStr = (x: unknown): x is string => typeof x === 'string';
const isRecordOf = (x: unknown, keys: readonly string[], values: readonly string[]): x is Record<string, string> =>
  !!x && typeof x === 'object' && !Array.isArray(x) && Object.entries(x).every(([k, v]) => keys.includes(k) && (v === undefined || (isStr(v) && values.includes(v))));

/**
 * A saved response (e.g. an exam in progress restored after a reload) checked against its
 * question: the right type, and only ids the question has. Anything else gives undefined, so a
 * tampered or outdated save can never make grading throw.
 */
export function validResponse(q: Question, raw: unknown): Response | undefined {
  if (!raw || typeof raw !== 'object' || (raw as { type?: unknown }).type !== q.type) return undefined;
  const r = raw as Record<string, unknown>;
  switch (q.type) {
    case 'single': return r.choice === null || (isStr(r.choice) && q.options.some((o) => o.id === r.choice)) ? { type: 'single', choice: r.choice } : undefined;
    case 'multiple': return Array.isArray(r.choices) && r.choices.every((c) => isStr(c) && q.options.some((o) => o.id === c)) ? { type: 'multiple', choices: [...new Set(r.choices as string[])] } : undefined;
    case 'truefalse': return r.value === null || typeof r.value === 'boolean' ? { type: 'truefalse', value: r.value } : undefined;
    case 'fill': return Array.isArray(r.blanks) && r.blanks.length === q.blanks.length && r.blanks.every(isStr) ? { type: 'fill', blanks: [...r.blanks] } : undefined;
    case 'matching': {
      const ids = q.pairs.map((p) => p.id);
      return isRecordOf(r.matches, ids, ids) ? { type: 'matching', matches: { ...r.matches } } : undefined;
    }
    case 'ordering': {
      const ids = q.items.map((i) => i.id);
      const order = r.order;
      return Array.isArray(order) && order.length === ids.length && ids.every((id) => order.includes(id)) ? { type: 'ordering', order: [...(order as string[])] } : undefined;
    }
    case 'categorise':
      return isRecordOf(r.placement, q.items.map((i) => i.id), q.groups.map((g) => g.id)) ? { type: 'categorise', placement: { ...r.placement } } : undefined;
  }
}
