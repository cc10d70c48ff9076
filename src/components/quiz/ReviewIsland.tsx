/**
 * Spaced-repetition review of missed questions: one due question at a time; after checking, the
 * learner rates how well they knew it (the score suggests a rating) and ts-fsrs schedules it.
 */
import { useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { correctResponse, emptyResponse, gradeQuestion, isComplete, type Grade, type Response } from '../../lib/quiz/grade.ts';
import { hasHan } from '../../lib/quiz/normalize.ts';
import { loadTraditionalToSimplified } from '../../lib/quiz/traditional.ts';
import { shuffleAwayFrom } from '../../lib/quiz/random.ts';
import { dueQuestionIds, recordReview } from '../../lib/progress.ts';
import { formatInterval, previewIntervals, RATINGS, reviewCard, suggestedRating, type ReviewRating } from '../../lib/review.ts';
import { sectionLink } from '../../lib/quiz/bank.ts';
import { $progress } from '../../stores/progress.ts';
import type { Lang } from '../../lib/langs.ts';
import { QuestionView, questionIds } from './QuestionView.tsx';
import { useBank } from './use-bank.ts';
import { makeT, useFocusAfterRender, type Strings } from './types.tsx';

/** `root`: this page's language root, e.g. /zh/ (the Traditional Chinese site rewrites it). */
interface Props { lang: Lang; strings: Strings; root: string }

const RATING_KEYS: Record<ReviewRating, string> = { 1: 'review.again', 2: 'review.hard', 3: 'review.good', 4: 'review.easy' };

export default function ReviewIsland({ lang, strings, root }: Props) {
  if (import.meta.env.SSR) return null;
  const t = useMemo(() => makeT(strings), [strings]);
  const { bank, error } = useBank(root);
  const focusSoon = useFocusAfterRender();
  const progress = useStore($progress);
  const [now] = useState(() => Date.now());
  const [reviewed, setReviewed] = useState(0);
  const [current, setCurrent] = useState<{ id: string; response: Response; grade?: Grade; revealed?: boolean } | null>(null);
  const [incomplete, setIncomplete] = useState(false);

  if (error) return <p role="alert">{t('review.loadError')}</p>;
  if (!bank) return <p role="status">{t('review.loading')}</p>;

  const known = new Set(bank.questions.map((q) => q.id));
  const due = dueQuestionIds(progress, now, known);
  const activeId = current?.id ?? due[0];
  const q = bank.questions.find((x) => x.id === activeId);

  if (!q) {
    const scheduled = Object.entries(progress.questions).filter(([id, p]) => known.has(id) && p.card).map(([, p]) => p.card!.due);
    const next = scheduled.length ? Math.min(...scheduled) : undefined;
    return (
      <div class="review-empty" id="review-empty" tabIndex={-1} data-review-state="empty">
        {reviewed > 0 && <p>{t('review.doneSession', { n: reviewed })}</p>}
        <p>{scheduled.length || reviewed ? t('review.none') : t('review.empty')}</p>
        {next && <p>{t('review.next', { when: new Date(next).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { dateStyle: 'medium', timeStyle: 'short' }) })}</p>}
        <p class="quiz-actions"><a class="button" href={`${root}exam/`}>{t('exam.title')}</a></p>
      </div>
    );
  }

  const attempt = progress.questions[q.id]?.attempts ?? 0;
  const seed = `review:${q.id}:${attempt}`;
  const slot = current && current.id === q.id ? current : { id: q.id, response: emptyResponse(q, q.type === 'ordering' ? shuffleAwayFrom(q.items.map((i) => i.id), seed) : []) };
  const stored = progress.questions[q.id]?.card;
  const intervals = previewIntervals(stored, Date.now());
  const lessonTitle = bank.lessons.find((l) => l.slug === q.lesson)?.title[lang] ?? q.lesson;
  const [sectionTitle, sectionUrl] = sectionLink(bank.lessons, lang, q.lesson, q.section, root);

  const ids = questionIds('review');
  const check = async () => {
    if (!isComplete(q, slot.response)) return setIncomplete(true);
    setIncomplete(false);
    const needs = slot.response.type === 'fill' && slot.response.blanks.some(hasHan);
    const conv = needs ? await loadTraditionalToSimplified().catch(() => undefined) : undefined;
    setCurrent({ ...slot, grade: gradeQuestion(q, slot.response, conv) });
    focusSoon(ids.feedback);
  };
  const reveal = () => {
    const response = correctResponse(q, lang);
    setIncomplete(false);
    setCurrent({ ...slot, response, grade: { ...gradeQuestion(q, response), score: 0, correct: false }, revealed: true });
    focusSoon(ids.feedback);
  };
  const rate = (rating: ReviewRating) => {
    const at = Date.now();
    $progress.set(recordReview($progress.get(), q.id, slot.grade?.score ?? 0, reviewCard(stored, rating, at), at));
    setReviewed((n) => n + 1);
    setCurrent(null);
    // On to the next due question, or to the "all done" message.
    focusSoon(ids.question, 'review-empty');
  };
  const suggested = slot.grade ? suggestedRating(slot.grade.score) : undefined;

  return (
    <div class="review-run" data-review-state="question">
      <p class="review-count" role="status">{t('review.due', { n: due.length })}</p>
      <p class="review-source">{t('review.fromLesson', { lesson: lessonTitle })} · <a href={sectionUrl}>{sectionTitle}</a></p>
      <div class="quiz-run">
        <QuestionView key={seed} question={q} lang={lang} response={slot.response} onChange={(response) => setCurrent({ ...slot, response })} grade={slot.grade} revealed={slot.revealed} locked={!!slot.grade} showFeedback answerOnWrong seed={seed} onEnter={check} t={t} uid="review" />
        {incomplete && <p class="quiz-warning" role="alert">{t('quiz.incomplete')}</p>}
        {!slot.grade ? (
          <div class="quiz-actions">
            <button type="button" class="button button--primary" onClick={check}>{t('quiz.check')}</button>
            <button type="button" class="button" onClick={reveal}>{t('quiz.showAnswer')}</button>
          </div>
        ) : (
          <div class="review-rating" role="group" aria-label={t('review.rate')}>
            <p>{t('review.rate')}</p>
            {RATINGS.map((r) => (
              <button key={r} type="button" class={`button${r === suggested ? ' button--primary' : ''}`} data-rating={r} onClick={() => rate(r)}>
                {t(RATING_KEYS[r])} <small>{formatInterval(intervals[r], lang)}</small>
                {r === suggested && <span class="visually-hidden"> ({t('review.suggested')})</span>}
              </button>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
