/** One question: type label, prompt, the type's controls, and — once checked — feedback and explanation. */
import type { Grade } from '../../lib/quiz/grade.ts';
import type { QuestionViewProps } from './types.tsx';
import { ChoiceQuestion } from './questions/ChoiceQuestion.tsx';
import { FillQuestion } from './questions/FillQuestion.tsx';
import { MatchingQuestion } from './questions/MatchingQuestion.tsx';
import { OrderingQuestion } from './questions/OrderingQuestion.tsx';
import { CategoriseQuestion } from './questions/CategoriseQuestion.tsx';

interface Props extends QuestionViewProps {
  /** Show the explanation and feedback text (after checking in practice, after submit in exams). */
  showFeedback: boolean;
  /** The answer was revealed rather than earned. */
  revealed?: boolean;
  /** Heading text above the prompt, e.g. "Question 3 of 12". */
  heading?: string;
}

export function feedbackText(grade: Grade | undefined, revealed: boolean | undefined, t: Props['t']): string {
  if (!grade) return '';
  if (revealed) return t('quiz.answerShown');
  if (grade.correct) return t('quiz.correct');
  if (grade.score > 0) return t('quiz.partial', { score: Math.round(grade.score * 100) });
  return t('quiz.incorrect');
}

export function QuestionView(props: Props) {
  const { question: q, lang, grade, showFeedback, revealed, heading, t, uid } = props;
  const body = (() => {
    switch (q.type) {
      case 'single':
      case 'multiple':
      case 'truefalse':
        return <ChoiceQuestion {...props} question={q} />;
      case 'fill':
        return <FillQuestion {...props} question={q} />;
      case 'matching':
        return <MatchingQuestion {...props} question={q} />;
      case 'ordering':
        return <OrderingQuestion {...props} question={q} />;
      case 'categorise':
        return <CategoriseQuestion {...props} question={q} />;
    }
  })();
  const tone = grade ? (revealed ? 'shown' : grade.correct ? 'right' : grade.score > 0 ? 'partial' : 'wrong') : '';
  return (
    <fieldset class="question" data-question={q.id} data-type={q.type} aria-describedby={`${uid}-feedback`}>
      <legend class="question-legend">
        {heading && <span class="question-heading">{heading}</span>}
        <span class="question-type">{t(`quiz.types.${q.type}`)}</span>
      </legend>
      {q.type !== 'fill' && <p class="question-prompt" id={`${uid}-prompt`}>{q.prompt[lang]}</p>}
      {body}
      <div class={`question-feedback${tone ? ` is-${tone}` : ''}`} id={`${uid}-feedback`} role="status" aria-live="polite">
        {grade && showFeedback && (
          <>
            <p class="feedback-verdict">{feedbackText(grade, revealed, t)}</p>
            {q.type === 'truefalse' && !grade.correct && q.feedback && <p>{q.feedback[lang]}</p>}
            <p class="feedback-explanation"><strong>{t('quiz.explanation')}: </strong>{q.explanation[lang]}</p>
          </>
        )}
      </div>
    </fieldset>
  );
}
