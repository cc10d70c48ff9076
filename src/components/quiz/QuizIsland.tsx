/**
 * A lesson's self-check: one question at a time, immediate feedback with the explanation, retry,
 * show answer, and a summary with score and pass mark. Attempts go to `$progress`, and what was
 * answered last time (in any language, on any visit) shows on the progress dots and under the heading.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { correctResponse, emptyResponse, gradeQuestion, isComplete, type Grade, type Response } from '../../lib/quiz/grade.ts';
import { hasHan } from '../../lib/quiz/normalize.ts';
import { loadTraditionalToSimplified } from '../../lib/quiz/traditional.ts';
import { shuffleAwayFrom } from '../../lib/quiz/random.ts';
import { summarise } from '../../lib/quiz/summary.ts';
import { $progress, saveAttempt } from '../../stores/progress.ts';
import type { Lang } from '../../lib/langs.ts';
import { QuestionView, questionIds } from './QuestionView.tsx';
import { QuizSummaryView } from './QuizSummaryView.tsx';
import { makeT, useFocusAfterRender, type LessonQuestion, type Strings } from './types.tsx';

interface Props {
  lang: Lang;
  questions: LessonQuestion[];
  passMark: number;
  /** Base seed for shuffles; each retry derives a new one. */
  seed: string;
  strings: Strings;
  /** `${lesson}#${section}` → [section title, url] for "sections to revisit". */
  sections: Record<string, [string, string]>;
  reviewUrl: string;
  uid: string;
}

interface Slot {
  response: Response;
  grade?: Grade;
  revealed?: boolean;
  attempt: number;
}

function initialSlot(q: LessonQuestion, seed: string, attempt: number): Slot {
  const shown = q.type === 'ordering' ? shuffleAwayFrom(q.items.map((i) => i.id), `${seed}:${q.id}:${attempt}`) : [];
  return { response: emptyResponse(q, shown), attempt };
}

const tone = (score: number) => (score >= 1 ? 'right' : score > 0 ? 'partial' : 'wrong');

export default function QuizIsland({ lang, questions, passMark, seed, strings, sections, reviewUrl, uid }: Props) {
  const t = useMemo(() => makeT(strings), [strings]);
  const [index, setIndex] = useState(0);
  const [slots, setSlots] = useState<Slot[]>(() => questions.map((q) => initialSlot(q, seed, 0)));
  const [finished, setFinished] = useState(false);
  const [incomplete, setIncomplete] = useState(false);
  // Stored results are only shown after hydration, so the first render matches the server's HTML.
  const [hydrated, setHydrated] = useState(false);
  const progress = useStore($progress);
  const focusSoon = useFocusAfterRender();

  useEffect(() => {
    // Hydrated: the no-JavaScript list beside the island is no longer needed (CSS hides it too).
    document.getElementById(`${uid}-static`)?.setAttribute('hidden', '');
    setHydrated(true);
  }, [uid]);

  const q = questions[index];
  const slot = slots[index];
  const qUid = `${uid}-q${index}`;
  const ids = questionIds(qUid);
  const update = (patch: Partial<Slot>) => setSlots((all) => all.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  const past = (id: string) => (hydrated ? progress.questions[id] : undefined);

  const check = async () => {
    if (!isComplete(q, slot.response)) {
      setIncomplete(true);
      return;
    }
    setIncomplete(false);
    const needsScript = slot.response.type === 'fill' && slot.response.blanks.some(hasHan);
    const toSimplified = needsScript ? await loadTraditionalToSimplified().catch(() => undefined) : undefined;
    const grade = gradeQuestion(q, slot.response, toSimplified);
    update({ grade, revealed: false });
    saveAttempt(q.id, grade.score);
    focusSoon(ids.feedback);
  };
  const retry = () => {
    setSlots((all) => all.map((s, i) => (i === index ? initialSlot(q, seed, s.attempt + 1) : s)));
    focusSoon(ids.question);
  };
  const reveal = () => {
    const response = correctResponse(q, lang);
    if (!slot.grade) saveAttempt(q.id, 0);
    setIncomplete(false);
    update({ response, grade: gradeQuestion(q, response), revealed: true });
    focusSoon(ids.feedback);
  };
  const go = (to: number) => {
    setIncomplete(false);
    setIndex(to);
    focusSoon(questionIds(`${uid}-q${to}`).question);
  };

  if (finished) {
    const grades = Object.fromEntries(questions.map((qq, i) => [qq.id, slots[i].revealed ? { ...slots[i].grade!, score: 0 } : slots[i].grade]));
    const summary = summarise(questions, grades, passMark);
    return (
      <QuizSummaryView
        summary={summary}
        passMark={passMark}
        t={t}
        sections={sections}
        reviewUrl={reviewUrl}
        uid={uid}
        onRestart={() => {
          setSlots(questions.map((qq, i) => initialSlot(qq, seed, slots[i].attempt + 1)));
          setIndex(0);
          setFinished(false);
          focusSoon(questionIds(`${uid}-q0`).question);
        }}
      />
    );
  }

  const last = past(q.id);
  const note = last && !slot.grade
    ? last.lastScore >= 1 ? t('quiz.lastRight') : last.lastScore > 0 ? t('quiz.lastPartial', { score: Math.round(last.lastScore * 100) }) : t('quiz.lastWrong')
    : undefined;
  return (
    <div class="quiz-run">
      <div class="quiz-progress" aria-hidden="true">
        {questions.map((qq, i) => {
          const g = slots[i].grade;
          const state = g ? (slots[i].revealed ? 'wrong' : tone(g.score)) : past(qq.id) ? tone(past(qq.id)!.lastScore) : '';
          return <span key={qq.id} class={`dot${i === index ? ' is-current' : ''}${state ? ` is-${state}` : ''}${!g && state ? ' is-past' : ''}`} />;
        })}
      </div>
      <div id={`${uid}-live`} class="quiz-question-wrap">
        <QuestionView
          key={`${q.id}:${slot.attempt}`}
          question={q}
          lang={lang}
          response={slot.response}
          onChange={(response) => update({ response })}
          grade={slot.grade}
          revealed={slot.revealed}
          locked={!!slot.grade}
          showFeedback
          seed={`${seed}:${q.id}:${slot.attempt}`}
          heading={t('quiz.questionOf', { n: index + 1, total: questions.length })}
          note={note}
          onEnter={check}
          t={t}
          uid={qUid}
        />
      </div>
      {incomplete && <p class="quiz-warning" role="alert">{t('quiz.incomplete')}</p>}
      <div class="quiz-actions">
        <button type="button" class="button" disabled={index === 0} onClick={() => go(index - 1)}>{t('quiz.prev')}</button>
        {!slot.grade && <button type="button" class="button button--primary" onClick={check}>{t('quiz.check')}</button>}
        {!slot.grade && <button type="button" class="button" data-reveals-answer onClick={reveal}>{t('quiz.showAnswer')}</button>}
        {slot.grade && !slot.grade.correct && <button type="button" class="button" data-reveals-answer onClick={retry}>{t('quiz.retry')}</button>}
        {slot.grade && !slot.revealed && !slot.grade.correct && <button type="button" class="button" data-reveals-answer onClick={reveal}>{t('quiz.showAnswer')}</button>}
        {index < questions.length - 1
          ? <button type="button" class="button button--primary" onClick={() => go(index + 1)}>{t('quiz.next')}</button>
          : <button type="button" class="button button--primary" onClick={() => { setFinished(true); focusSoon(`${uid}-summary`); }}>{t('quiz.finish')}</button>}
      </div>
    </div>
  );
}
