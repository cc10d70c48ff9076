/** Matching: each left item gets its partner from a menu (keyboard, click and touch alike). */
import { useMemo } from 'preact/hooks';
import { seededShuffle } from '../../../lib/quiz/random.ts';
import type { Question } from '../../../schemas/quiz.ts';
import { mark, type QuestionViewProps } from '../types.tsx';

type MatchQ = Extract<Question, { type: 'matching' }>;

export function MatchingQuestion({ question: q, lang, response: r, onChange, grade, locked, seed, t, uid }: QuestionViewProps<MatchQ>) {
  const rights = useMemo(() => seededShuffle(q.pairs, seed).map((p) => ({ id: p.id, text: p.right[lang] })), [q, lang, seed]);
  if (r.type !== 'matching') return null;
  return (
    <ul class="matching" role="list">
      {q.pairs.map((p) => {
        const ok = grade?.parts[p.id];
        const id = `${uid}-match-${p.id}`;
        return (
          <li key={p.id} class={`match-row${ok === true ? ' is-right' : ok === false ? ' is-wrong' : ''}`}>
            <label for={id} class="match-left">{p.left[lang]}</label>
            <select
              id={id}
              value={r.matches[p.id] ?? ''}
              disabled={locked}
              aria-label={t('quiz.matchFor', { item: p.left[lang] })}
              onChange={(e) => onChange({ type: 'matching', matches: { ...r.matches, [p.id]: (e.currentTarget as HTMLSelectElement).value || undefined } })}
            >
              <option value="">{t('quiz.choose')}</option>
              {rights.map((o) => <option key={o.id} value={o.id}>{o.text}</option>)}
            </select>
            {mark(ok, t)}
          </li>
        );
      })}
    </ul>
  );
}
