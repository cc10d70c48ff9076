/**
 * A practice exam: N questions drawn across lessons from a seed in the URL (the same link gives
 * the same exam), feedback deferred until submit, an optional time limit, and a result broken
 * down by lesson with the sections to revisit.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { emptyResponse, gradeQuestion, isComplete, unansweredGrade, type Grade, type Response } from '../../lib/quiz/grade.ts';
import { hasHan } from '../../lib/quiz/normalize.ts';
import { loadTraditionalToSimplified } from '../../lib/quiz/traditional.ts';
import { shuffleAwayFrom } from '../../lib/quiz/random.ts';
import { drawExam, newSeed, sectionLink, type BankQuestion } from '../../lib/quiz/bank.ts';
import { readExamParams, examUrl, formatClock, EXAM_PASS_MARK } from '../../lib/quiz/exam-params.ts';
import { summarise } from '../../lib/quiz/summary.ts';
import { encodeSession, EXAM_SESSION_KEY, restoreSession } from '../../lib/quiz/exam-session.ts';
import { saveAttempt } from '../../stores/progress.ts';
import type { Lang } from '../../lib/langs.ts';
import { QuestionView, questionIds } from './QuestionView.tsx';
import { ExamResult } from './ExamResult.tsx';
import { useBank } from './use-bank.ts';
import { makeT, useFocusAfterRender, type Strings } from './types.tsx';

/** `root`: this page's language root, e.g. /zh/ (the Traditional Chinese site rewrites it). */
interface Props { lang: Lang; strings: Strings; root: string }

function sessionGet(): string | null {
  try {
    return sessionStorage.getItem(EXAM_SESSION_KEY);
  } catch {
    return null;
  }
}
function sessionSet(text: string | null) {
  try {
    if (text === null) sessionStorage.removeItem(EXAM_SESSION_KEY);
    else sessionStorage.setItem(EXAM_SESSION_KEY, text);
  } catch {
    /* storage blocked: the exam still works, it just cannot survive a reload */
  }
}

export default function ExamIsland({ lang, strings, root }: Props) {
  if (import.meta.env.SSR) return null;
  const t = useMemo(() => makeT(strings), [strings]);
  const { bank, error } = useBank(root);
  const focusSoon = useFocusAfterRender();
  const [params, setParams] = useState(() => readExamParams(location.search, () => newSeed(Math.random)));
  const [started, setStarted] = useState<number | null>(null);
  const [responses, setResponses] = useState<Record<string, Response>>({});
  const [grades, setGrades] = useState<Record<string, Grade> | null>(null);
  const [clock, setClock] = useState(Date.now());
  const [timedOut, setTimedOut] = useState(false);
  // The timer's callback outlives renders: it reads the answers given so far from here, not from a stale closure.
  const responsesRef = useRef(responses);
  responsesRef.current = responses;

  const questions: BankQuestion[] = useMemo(() => (bank ? drawExam(bank.questions, params.count, params.seed) : []), [bank, params.count, params.seed]);
  // An ordering question starts shuffled and counts as answered once the learner moves something.
  const answeredIn = (all: Record<string, Response>, q: BankQuestion) => !!all[q.id] && isComplete(q, all[q.id]);
  const shownOrder = (q: BankQuestion) => (q.type === 'ordering' ? shuffleAwayFrom(q.items.map((it) => it.id), `exam:${params.seed}:${q.id}`) : []);
  const deadline = started !== null && params.minutes > 0 ? started + params.minutes * 60_000 : null;

  useEffect(() => {
    history.replaceState(null, '', examUrl(location.pathname, params));
  }, [params]);

  // An exam in progress survives a reload: restore it once the questions are known, save on every answer.
  const [resumed, setResumed] = useState(false);
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || questions.length === 0) return;
    restored.current = true;
    const session = restoreSession(sessionGet(), params, questions, Date.now());
    if (!session) return;
    setStarted(session.started);
    setResponses(session.responses);
    setResumed(true);
  }, [questions]);
  useEffect(() => {
    if (started !== null && !grades) sessionSet(encodeSession(params, { started, responses }));
  }, [started, responses, grades]);

  const submit = async (auto = false) => {
    const responses = responsesRef.current;
    const unanswered = questions.filter((q) => !answeredIn(responses, q)).length;
    if (!auto && unanswered > 0 && !confirm(t('exam.confirmSubmit', { n: unanswered }))) return;
    const needs = Object.values(responses).some((r) => r.type === 'fill' && r.blanks.some(hasHan));
    const conv = needs ? await loadTraditionalToSimplified().catch(() => undefined) : undefined;
    const out: Record<string, Grade> = {};
    for (const q of questions) {
      out[q.id] = answeredIn(responses, q) ? gradeQuestion(q, responses[q.id], conv) : unansweredGrade(q);
      saveAttempt(q.id, out[q.id].score);
    }
    setTimedOut(auto);
    setGrades(out);
    setResumed(false);
    sessionSet(null);
    focusSoon('exam-result-title');
  };

  useEffect(() => {
    if (!deadline || grades) return;
    const timer = setInterval(() => {
      const n = Date.now();
      setClock(n);
      if (n >= deadline) {
        clearInterval(timer);
        void submit(true);
      }
    }, 500);
    return () => clearInterval(timer);
  }, [deadline, grades]);

  if (error) return <p role="alert">{t('review.loadError')}</p>;
  if (!bank) return <p role="status">{t('review.loading')}</p>;

  if (started === null) {
    const share = `${location.origin}${examUrl(location.pathname, params)}`;
    return (
      <form class="exam-setup" onSubmit={(e) => { e.preventDefault(); const now = Date.now(); setStarted(now); setClock(now); setResponses({}); focusSoon(questionIds('exam-0').question); }}>
        {/* Applied on change (blur, Enter, arrows), so typing "12" is not clamped to "1" half-way. */}
        <label>{t('exam.count')} <input id="exam-count" type="number" name="n" min={1} max={bank.questions.length} value={Math.min(params.count, bank.questions.length)} onChange={(e) => setParams({ ...params, count: Math.max(1, Math.min(bank.questions.length, Number((e.currentTarget as HTMLInputElement).value) || 1)) })} /></label>
        <label>{t('exam.timer')} <input type="number" name="timer" min={0} max={240} value={params.minutes} onChange={(e) => setParams({ ...params, minutes: Math.max(0, Math.min(240, Number((e.currentTarget as HTMLInputElement).value) || 0)) })} /></label>
        <label>{t('exam.seed')} <input type="text" name="seed" pattern="[0-9a-z]{1,12}" value={params.seed} onChange={(e) => setParams({ ...params, seed: (e.currentTarget as HTMLInputElement).value.toLowerCase().replace(/[^0-9a-z]/g, '').slice(0, 12) || params.seed })} /></label>
        <p class="exam-share">{t('exam.share')}{lang === 'zh' ? '：' : ': '}<a href={share} data-exam-link>{share}</a></p>
        <div class="quiz-actions">
          <button type="submit" class="button button--primary">{t('exam.start')}</button>
          <button type="button" class="button" onClick={() => setParams({ ...params, seed: newSeed(Math.random) })}>{t('exam.newSeed')}</button>
        </div>
      </form>
    );
  }

  const answered = questions.filter((q) => answeredIn(responses, q)).length;
  const summary = grades ? summarise(questions, grades, EXAM_PASS_MARK) : null;
  return (
    <div class="exam-run">
      {summary && (
        <ExamResult
          summary={summary}
          passMark={EXAM_PASS_MARK}
          lessons={bank.lessons}
          lang={lang}
          t={t}
          timedOut={timedOut}
          reviewUrl={`${root}review/`}
          revisit={summary.revisit.map(({ lesson, section }) => sectionLink(bank.lessons, lang, lesson, section, root))}
          onAgain={() => { setParams({ ...params, seed: newSeed(Math.random) }); setStarted(null); setGrades(null); setTimedOut(false); focusSoon('exam-count'); }}
        />
      )}
      {resumed && !grades && <p class="notice" role="status">{t('exam.resumed')}</p>}
      {/* The clock itself is not announced every second; the last minute is, once. */}
      {deadline && !grades && <p class="visually-hidden" aria-live="assertive" data-last-minute>{deadline - clock <= 60_000 ? t('exam.lastMinute') : ''}</p>}
      {!grades && (
        <div class="exam-status" role="timer" aria-live="off">
          <span>{t('exam.answered', { n: answered, total: questions.length })}</span>
          {deadline && <span data-time-left class={deadline - clock <= 60_000 ? 'is-ending' : ''}>{t('exam.timeLeft', { time: formatClock(deadline - clock) })}</span>}
        </div>
      )}
      {grades && <h2 class="exam-review-title">{t('exam.review')}</h2>}
      <ol class="exam-questions">
        {questions.map((q, i) => {
          const seed = `exam:${params.seed}:${q.id}`;
          const response = responses[q.id] ?? emptyResponse(q, shownOrder(q));
          return (
            <li key={q.id} class="exam-question">
              <QuestionView question={q} lang={lang} response={response} onChange={(r) => setResponses((all) => ({ ...all, [q.id]: r }))} grade={grades?.[q.id]} locked={!!grades} showFeedback={!!grades} answerOnWrong unanswered={!!grades && !answeredIn(responses, q)} seed={seed} heading={t('quiz.questionOf', { n: i + 1, total: questions.length })} t={t} uid={`exam-${i}`} />
            </li>
          );
        })}
      </ol>
      {!grades && <div class="quiz-actions"><button type="button" class="button button--primary" onClick={() => submit(false)}>{t('exam.submit')}</button></div>}
    </div>
  );
}
