import { useLayoutEffect, useRef } from 'preact/hooks';
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
  /** Enter in a text blank: check the answer (practice and review; not in exams). */
  onEnter?: () => void;
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

/**
 * Focus to move once the next render is on screen (after checking, moving an item, going on…).
 * A layout effect rather than a timer: it runs before the browser handles the next key press, so
 * fast typists never have a key land on the page body while the focused element is re-created.
 * Give several ids to focus the first that exists.
 */
export function useFocusAfterRender(): (...ids: string[]) => void {
  const pending = useRef<string[] | null>(null);
  useLayoutEffect(() => {
    if (!pending.current) return;
    const el = pending.current.map((id) => document.getElementById(id)).find(Boolean);
    pending.current = null;
    el?.focus();
  });
  return (...ids: string[]) => {
    pending.current = ids;
  };
}
