/** Totals for a finished quiz or exam: score, pass or not, and which sections to revisit. Pure. */
import type { Question } from '../../schemas/quiz.ts';
import type { Grade } from './grade.ts';

export interface QuizSummary {
  /** Sum of scores (each question is worth one point). */
  points: number;
  total: number;
  /** Whole percent, 0–100. */
  percent: number;
  passed: boolean;
  /** Sections of questions not fully right, in first-seen order, with their lesson. */
  revisit: { lesson: string; section: string }[];
  /** Per lesson: points and total. */
  byLesson: Record<string, { points: number; total: number }>;
}

export function summarise(
  questions: readonly (Question & { lesson: string })[],
  grades: Readonly<Record<string, Grade | undefined>>,
  passMark: number,
): QuizSummary {
  let points = 0;
  const revisit: QuizSummary['revisit'] = [];
  const seen = new Set<string>();
  const byLesson: QuizSummary['byLesson'] = {};
  for (const q of questions) {
    const score = grades[q.id]?.score ?? 0;
    points += score;
    const bucket = (byLesson[q.lesson] ??= { points: 0, total: 0 });
    bucket.points += score;
    bucket.total += 1;
    const key = `${q.lesson}#${q.section}`;
    if (score < 1 && !seen.has(key)) {
      seen.add(key);
      revisit.push({ lesson: q.lesson, section: q.section });
    }
  }
  const total = questions.length;
  const ratio = total ? points / total : 0;
  return { points: Math.round(points * 100) / 100, total, percent: Math.round(ratio * 100), passed: total > 0 && ratio + 1e-9 >= passMark, revisit, byLesson };
}
