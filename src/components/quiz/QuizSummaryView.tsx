/** End of a quiz: score, pass mark, the sections to revisit, and ways on. */
import type { QuizSummary } from '../../lib/quiz/summary.ts';

interface Props {
  summary: QuizSummary;
  passMark: number;
  t: (key: string, params?: Record<string, string | number>) => string;
  sections: Record<string, [string, string]>;
  reviewUrl: string;
  /** The quiz's element id prefix; the heading gets `${uid}-summary` and takes focus when shown. */
  uid: string;
  onRestart: () => void;
}

export function QuizSummaryView({ summary, passMark, t, sections, reviewUrl, uid, onRestart }: Props) {
  return (
    <section class={`quiz-summary ${summary.passed ? 'is-passed' : 'is-failed'}`} aria-labelledby={`${uid}-summary`} data-quiz-summary>
      <h3 id={`${uid}-summary`} tabIndex={-1}>{t('quiz.summary')}</h3>
      <p class="summary-score" data-score={summary.percent}>{t('quiz.score', { score: summary.percent, points: summary.points, total: summary.total })}</p>
      <p class="summary-pass">
        {t('quiz.passMark', { mark: Math.round(passMark * 100) })} <strong class={summary.passed ? 'pass-yes' : 'pass-no'}>{summary.passed ? t('quiz.passed') : t('quiz.failed')}</strong>
      </p>
      {summary.revisit.length > 0 && (
        <>
          <h4>{t('quiz.revisit')}</h4>
          <ul>
            {summary.revisit.map(({ lesson, section }) => {
              const [title, url] = sections[`${lesson}#${section}`] ?? [section, `#${section}`];
              return <li key={`${lesson}#${section}`}><a href={url}>{title}</a></li>;
            })}
          </ul>
        </>
      )}
      <div class="quiz-actions">
        <button type="button" class="button button--primary" onClick={onRestart}>{t('quiz.restart')}</button>
        {summary.revisit.length > 0 && <a class="button" href={reviewUrl}>{t('quiz.goReview')}</a>}
      </div>
    </section>
  );
}
