/** One question: type label, prompt, the type's controls, and — once checked — feedback and explanation. */
import type { Grade } from '../../lib/quiz/grade.ts';
import { answerText } from '../../lib/quiz/answer-text.ts';
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
  /** Also state the right answer when the learner's was wrong (exam results and review, where there is no retry). */
  answerOnWrong?: boolean;
  /** A line under the heading, e.g. how the question went last time. */
  note?: string;
  /** Submitted without an answer (exams): said so instead of "not quite". */
  unanswered?: boolean;
}

export function feedbackText(grade: Grade | undefined, revealed: boolean | undefined, t: Props['t'], unanswered = false): string {
  if (!grade) return '';
  if (revealed) return t('quiz.answerShown');
  if (unanswered) return t('quiz.unanswered');
  if (grade.correct) return t('quiz.correct');
  if (grade.score > 0) return t('quiz.partial', { score: Math.round(grade.score * 100) });
  return t('quiz.incorrect');
}

/** Element ids inside a question view, so islands can move focus to them. */
export const questionIds = (uid: string) => ({ question: `${uid}-question`, prompt: `${uid}-prompt`, feedback: `${uid}-feedback` });

export function QuestionView(props: Props) {
  const { question: q, lang, grade, showFeedback, revealed, heading, t, uid, answerOnWrong, note, unanswered } = props;
  const ids = questionIds(uid);
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
  const colon = lang === 'zh' ? '：' : ': ';
  const shown = !!grade && showFeedback;
  // The group is named by its legend and described by the prompt, so a screen reader announces both on entry.
  // Feedback is not a live region: the islands move focus to it after checking (one announcement,
  // and no burst of announcements when an exam shows every result at once).
  return (
    <fieldset class="question" id={ids.question} tabIndex={-1} data-question={q.id} data-type={q.type} aria-describedby={shown ? `${ids.prompt} ${ids.feedback}` : ids.prompt}>
      <legend class="question-legend">
        {heading && <span class="question-heading">{heading}</span>}
        <span class="question-type">{t(`quiz.types.${q.type}`)}</span>
      </legend>
      {note && <p class="quiz-last">{note}</p>}
      {q.type !== 'fill' && <p class="question-prompt" id={ids.prompt}>{q.prompt[lang]}</p>}
      {body}
      <div class={`question-feedback${tone ? ` is-${tone}` : ''}`} id={ids.feedback} tabIndex={-1} hidden={!shown}>
        {shown && (
          <>
            <p class="feedback-verdict">{feedbackText(grade, revealed, t, unanswered)}</p>
            {q.type === 'truefalse' && !grade.correct && !revealed && q.feedback && <p>{q.feedback[lang]}</p>}
            {answerOnWrong && !grade.correct && !revealed && <p class="feedback-answer">{t('quiz.rightAnswer', { answer: answerText(q, lang, { true: t('quiz.true'), false: t('quiz.false') }) })}</p>}
            <p class="feedback-explanation"><strong>{t('quiz.explanation')}{colon}</strong>{q.explanation[lang]}</p>
          </>
        )}
      </div>
    </fieldset>
  );
}
