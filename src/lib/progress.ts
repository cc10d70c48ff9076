/**
 * The learner's progress, per question id: pure rules for recording attempts, repairing stored
 * data field by field, merging imports, and counting what is due for review.
 */

/** A review card as stored (ts-fsrs Card with dates as epoch milliseconds). */
export interface StoredCard {
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review?: number;
}

export interface QuestionProgress {
  /** How many times the question was checked (in lessons, review and exams). */
  attempts: number;
  /** Score of the last attempt, 0–1. */
  lastScore: number;
  /** When it was first and last attempted (epoch ms). */
  firstAt: number;
  lastAt: number;
  /** Missed at some point and not yet reviewed: it waits in the review queue. */
  missed: boolean;
  /** Spaced-repetition state, once the question has been reviewed. */
  card?: StoredCard;
}

export interface ProgressData {
  version: 1;
  questions: Record<string, QuestionProgress>;
}

export const PROGRESS_VERSION = 1;
export const emptyProgress = (): ProgressData => ({ version: 1, questions: {} });

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const CARD_FIELDS = ['due', 'stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses', 'state'] as const;

export function repairCard(raw: unknown): StoredCard | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const c = raw as Record<string, unknown>;
  if (!CARD_FIELDS.every((f) => isNum(c[f]) && (c[f] as number) >= 0)) return undefined;
  const card = Object.fromEntries(CARD_FIELDS.map((f) => [f, c[f]])) as unknown as StoredCard;
  if (isNum(c.last_review)) card.last_review = c.last_review;
  return card;
}

/** Markers for what was dropped besides whole question records (never valid question ids). */
export const DROPPED_RECORD = '(record)';
export const DROPPED_QUESTIONS = '(questions)';

/** A question record with invalid optional fields removed; `bad` collects their names. */
function repairQuestion(raw: unknown, bad: string[]): QuestionProgress | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const q = raw as Record<string, unknown>;
  const attempts = isNum(q.attempts) && q.attempts >= 0 ? Math.floor(q.attempts) : undefined;
  const lastAt = isNum(q.lastAt) ? q.lastAt : undefined;
  if (attempts === undefined || lastAt === undefined) return undefined;
  for (const field of ['lastScore', 'firstAt'] as const) if (field in q && !isNum(q[field])) bad.push(field);
  if ('missed' in q && typeof q.missed !== 'boolean') bad.push('missed');
  const out: QuestionProgress = {
    attempts,
    lastScore: isNum(q.lastScore) ? Math.min(1, Math.max(0, q.lastScore)) : 0,
    firstAt: isNum(q.firstAt) ? Math.min(q.firstAt, lastAt) : lastAt,
    lastAt,
    missed: typeof q.missed === 'boolean' ? q.missed : false,
  };
  const card = repairCard(q.card);
  if (card) out.card = card;
  else if (q.card !== undefined) bad.push('card');
  return out;
}

/**
 * Keeps whatever validates and drops the rest, reporting what was dropped: question ids, `id.field`
 * for a bad field of a kept record, or the DROPPED_* markers. Accepts the current shape, and a
 * bare id → record map (the shape before versioning).
 */
export function repairProgress(raw: unknown): { data: ProgressData; dropped: string[] } {
  const data = emptyProgress();
  const dropped: string[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    if (raw !== undefined && raw !== null) dropped.push(DROPPED_RECORD);
    return { data, dropped };
  }
  const obj = raw as Record<string, unknown>;
  const questions = 'questions' in obj ? obj.questions : obj;
  if (!questions || typeof questions !== 'object' || Array.isArray(questions)) {
    dropped.push(DROPPED_QUESTIONS);
    return { data, dropped };
  }
  for (const [id, value] of Object.entries(questions)) {
    const bad: string[] = [];
    const repaired = ID.test(id) ? repairQuestion(value, bad) : undefined;
    if (repaired) {
      data.questions[id] = repaired;
      dropped.push(...bad.map((f) => `${id}.${f}`));
    } else dropped.push(id);
  }
  return { data, dropped };
}

/** Records one checked attempt. A score below 1 puts the question in the review queue. */
export function recordAttempt(data: ProgressData, id: string, score: number, now: number): ProgressData {
  const prev = data.questions[id];
  const next: QuestionProgress = {
    attempts: (prev?.attempts ?? 0) + 1,
    lastScore: score,
    firstAt: prev?.firstAt ?? now,
    lastAt: now,
    missed: (prev?.missed ?? false) || score < 1,
    ...(prev?.card ? { card: prev.card } : {}),
  };
  return { ...data, questions: { ...data.questions, [id]: next } };
}

/** Stores the review card after a review; a reviewed question leaves the "missed" queue for the card's schedule. */
export function recordReview(data: ProgressData, id: string, score: number, card: StoredCard, now: number): ProgressData {
  const withAttempt = recordAttempt(data, id, score, now);
  const q = withAttempt.questions[id];
  return { ...withAttempt, questions: { ...withAttempt.questions, [id]: { ...q, missed: false, card } } };
}

/** Ids due for review at `now`: missed and never scheduled, or scheduled and due. Most overdue first. */
export function dueQuestionIds(data: ProgressData, now: number, known?: ReadonlySet<string>): string[] {
  return Object.entries(data.questions)
    .filter(([id, q]) => (!known || known.has(id)) && ((q.missed && !q.card) || (q.card !== undefined && q.card.due <= now)))
    .sort(([, a], [, b]) => (a.card?.due ?? a.lastAt) - (b.card?.due ?? b.lastAt))
    .map(([id]) => id);
}

/**
 * Merges imported progress into the current one without losing anything: per question, the
 * record with more attempts (then the more recent) wins; questions on one side only are kept.
 */
export function mergeProgress(current: ProgressData, incoming: ProgressData): ProgressData {
  const questions = { ...current.questions };
  for (const [id, theirs] of Object.entries(incoming.questions)) {
    const ours = questions[id];
    if (!ours || theirs.attempts > ours.attempts || (theirs.attempts === ours.attempts && theirs.lastAt > ours.lastAt)) questions[id] = theirs;
  }
  return { version: 1, questions };
}

/** Per-lesson summary for the course home: questions attempted and answered right last time. */
export function lessonProgress(data: ProgressData, questionIds: readonly string[]): { attempted: number; correct: number; total: number } {
  let attempted = 0;
  let correct = 0;
  for (const id of questionIds) {
    const q = data.questions[id];
    if (!q) continue;
    attempted++;
    if (q.lastScore >= 1) correct++;
  }
  return { attempted, correct, total: questionIds.length };
}
