import type { Question } from '../../schemas/quiz.ts';
import type { Grade, Response } from '../../lib/quiz/grade.ts';
import type { Lang } from '../../lib/langs.ts';

export type LessonQuestion = Question & { lesson: string };
export type Strings = Record<string, string>;

/** What every question-type view receives. */
export interface QuestionViewProps<Q extends Question = Question> {
  question: Q;
  lang: Lang;
  response: Response;
  onChange: (r: Response) => void;
  /** Set once checked (or answer shown): parts are marked right or wrong. */
  grade?: Grade;
  /** Locked after checking until "try again". */
  locked: boolean;
  /** Seed for this attempt's shuffles. */
  seed: string;
  t: (key: string, params?: Record<string, string | number>) => string;
  /** Prefix for element ids, unique per question instance. */
  uid: string;
}

export function makeT(strings: Strings) {
  return (key: string, params: Record<string, string | number> = {}) =>
    (strings[key] ?? key).replace(/\{(\w+)\}/g, (_, n) => String(params[n] ?? `{${n}}`));
}

/** Marks a part: ✓ or ✗ with text for screen readers. */
export function mark(ok: boolean | undefined, t: QuestionViewProps['t']) {
  if (ok === undefined) return null;
  return (
    <span class={ok ? 'mark mark--ok' : 'mark mark--bad'}>
      <span aria-hidden="true">{ok ? '✓' : '✗'}</span>
      <span class="visually-hidden">{ok ? t('quiz.correct') : t('quiz.incorrect')}</span>
    </span>
  );
}
