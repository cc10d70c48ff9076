/** The exam result: score, a table by lesson, and links to the sections to revisit. */
import type { QuizSummary } from '../../lib/quiz/summary.ts';
import type { BankLesson } from '../../lib/quiz/bank.ts';
import type { Lang } from '../../lib/langs.ts';

interface Props {
  summary: QuizSummary;
  passMark: number;
  lessons: BankLesson[];
  lang: Lang;
  t: (key: string, params?: Record<string, string | number>) => string;
  timedOut: boolean;
  revisit: [string, string][];
  reviewUrl: string;
  onAgain: () => void;
}

export function ExamResult({ summary, passMark, lessons, lang, t, timedOut, revisit, reviewUrl, onAgain }: Props) {
  const rows = lessons.filter((l) => summary.byLesson[l.slug]);
  return (
    <section class="quiz-summary exam-result" aria-labelledby="exam-result-title" data-exam-result>
      <h2 id="exam-result-title" tabIndex={-1}>{t('exam.result')}</h2>
      {timedOut && <p role="alert">{t('exam.timeUp')}</p>}
      <p class="summary-score" data-score={summary.percent}>{t('quiz.score', { score: summary.percent, points: summary.points, total: summary.total })}</p>
      <p class="summary-pass">
        {t('quiz.passMark', { mark: Math.round(passMark * 100) })} <strong>{summary.passed ? t('quiz.passed') : t('quiz.failed')}</strong>
      </p>
      <table class="exam-table">
        <caption>{t('exam.byLesson')}</caption>
        <thead><tr><th scope="col">{t('exam.lesson')}</th><th scope="col">{t('exam.points')}</th></tr></thead>
        <tbody>
          {rows.map((l) => {
            const b = summary.byLesson[l.slug];
            return <tr key={l.slug} data-lesson-row={l.slug}><th scope="row">{l.title[lang]}</th><td>{Math.round(b.points * 100) / 100} / {b.total}</td></tr>;
          })}
        </tbody>
      </table>
      {revisit.length > 0 && (
        <>
          <h3>{t('quiz.revisit')}</h3>
          <ul>{revisit.map(([title, url]) => <li key={url}><a href={url}>{title}</a></li>)}</ul>
        </>
      )}
      <div class="quiz-actions">
        <button type="button" class="button" onClick={onAgain}>{t('exam.again')}</button>
        {revisit.length > 0 && <a class="button" href={reviewUrl}>{t('quiz.goReview')}</a>}
      </div>
    </section>
  );
}
