/** Exam settings carried in the URL: ?seed=…&n=…&timer=… (minutes). Pure. */

export interface ExamParams {
  seed: string;
  count: number;
  minutes: number;
}

export const DEFAULT_COUNT = 20;
/** Share of the points a practice exam needs to pass (the lesson quizzes' default). */
export const EXAM_PASS_MARK = 0.7;

export function readExamParams(search: string, makeSeed: () => string): ExamParams {
  const p = new URLSearchParams(search);
  const seed = (p.get('seed') ?? '').toLowerCase().replace(/[^0-9a-z]/g, '').slice(0, 12);
  const count = Number.parseInt(p.get('n') ?? '', 10);
  const minutes = Number.parseInt(p.get('timer') ?? '', 10);
  return {
    seed: seed || makeSeed(),
    count: Number.isFinite(count) && count > 0 ? Math.min(count, 200) : DEFAULT_COUNT,
    minutes: Number.isFinite(minutes) && minutes >= 0 ? Math.min(minutes, 240) : 0,
  };
}

export function examUrl(pathname: string, p: ExamParams): string {
  return `${pathname}?seed=${p.seed}&n=${p.count}&timer=${p.minutes}`;
}

/** Milliseconds left → "m:ss" (never negative). */
export function formatClock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
