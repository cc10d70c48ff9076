/** Fill in the blank: the prompt with an input where each ___ stands. */
import type { Question } from '../../../schemas/quiz.ts';
import { mark, type QuestionViewProps } from '../types.tsx';

type FillQ = Extract<Question, { type: 'fill' }>;

export function FillQuestion({ question: q, lang, response: r, onChange, grade, locked, t, uid, onEnter }: QuestionViewProps<FillQ>) {
  if (r.type !== 'fill') return null;
  const pieces = q.prompt[lang].split(/_{3,}/);
  const set = (i: number, value: string) => onChange({ type: 'fill', blanks: r.blanks.map((b, j) => (j === i ? value : b)) });
  return (
    <p class="fill-prompt" id={`${uid}-prompt`}>
      {pieces.map((piece, i) => (
        <>
          {piece}
          {i < pieces.length - 1 && (
            <span class="blank">
              <input
                type="text"
                class={grade ? (grade.parts[String(i)] ? 'is-right' : 'is-wrong') : ''}
                aria-label={t('quiz.blank', { n: i + 1 })}
                value={r.blanks[i]}
                disabled={locked}
                autocomplete="off"
                autocapitalize="off"
                spellcheck={false}
                size={Math.max(6, (r.blanks[i] ?? '').length + 2)}
                onInput={(e) => set(i, (e.currentTarget as HTMLInputElement).value)}
                onKeyDown={(e) => {
                  // Not while an input method is composing (Enter then confirms the Chinese characters).
                  if (e.key === 'Enter' && !e.isComposing && onEnter) {
                    e.preventDefault();
                    onEnter();
                  }
                }}
              />
              {mark(grade?.parts[String(i)], t)}
            </span>
          )}
        </>
      ))}
    </p>
  );
}
