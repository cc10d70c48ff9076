/** single, multiple and true/false: radio buttons or checkboxes, options shuffled per attempt. */
import { useMemo } from 'preact/hooks';
import { seededShuffle } from '../../../lib/quiz/random.ts';
import type { Question } from '../../../schemas/quiz.ts';
import { mark, type QuestionViewProps } from '../types.tsx';

type ChoiceQ = Extract<Question, { type: 'single' | 'multiple' | 'truefalse' }>;

export function ChoiceQuestion({ question: q, lang, response: r, onChange, grade, locked, seed, t, uid }: QuestionViewProps<ChoiceQ>) {
  const options = useMemo(() => {
    if (q.type === 'truefalse') return [{ id: 'true', text: t('quiz.true') }, { id: 'false', text: t('quiz.false') }];
    return seededShuffle(q.options, seed).map((o) => ({ id: o.id, text: o.text[lang], feedback: o.feedback?.[lang] }));
  }, [q, lang, seed]);

  const selected = (id: string) =>
    r.type === 'single' ? r.choice === id : r.type === 'multiple' ? r.choices.includes(id) : r.type === 'truefalse' ? String(r.value) === id : false;

  const choose = (id: string, checked: boolean) => {
    if (r.type === 'single') onChange({ type: 'single', choice: id });
    else if (r.type === 'truefalse') onChange({ type: 'truefalse', value: id === 'true' });
    else if (r.type === 'multiple') onChange({ type: 'multiple', choices: checked ? [...r.choices, id] : r.choices.filter((c) => c !== id) });
  };

  const multiple = q.type === 'multiple';
  return (
    <ul class="choices" role="list">
      {options.map((o) => {
        const partOk = q.type === 'truefalse' ? (grade && selected(o.id) ? grade.parts.answer : undefined) : grade?.parts[o.id];
        const showFeedback = grade && selected(o.id) && partOk === false && 'feedback' in o && o.feedback;
        return (
          <li key={o.id} class={`choice${partOk === true ? ' is-right' : partOk === false ? ' is-wrong' : ''}`}>
            <label>
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={`${uid}-choice`}
                value={o.id}
                checked={selected(o.id)}
                disabled={locked}
                onChange={(e) => choose(o.id, (e.currentTarget as HTMLInputElement).checked)}
              />
              <span>{o.text}</span>
              {mark(partOk, t)}
            </label>
            {showFeedback && <p class="choice-feedback">{(o as { feedback?: string }).feedback}</p>}
          </li>
        );
      })}
    </ul>
  );
}
