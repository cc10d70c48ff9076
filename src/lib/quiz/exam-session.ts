/**
 * An exam in progress, saved so that a reload (or a slip of the Back button) does not lose it: the
 * exam's parameters, when it started (the time limit keeps running) and the answers so far. Pure;
 * the island keeps the text in sessionStorage.
 */
import type { Question } from '../../schemas/quiz.ts';
import { validResponse, type Response } from './grade.ts';
import type { ExamParams } from './exam-params.ts';

export const EXAM_SESSION_KEY = 'exam:v1:session';

export interface ExamSession {
  started: number;
  responses: Record<string, Response>;
}

export function encodeSession(params: ExamParams, session: ExamSession): string {
  return JSON.stringify({ seed: params.seed, count: params.count, minutes: params.minutes, ...session });
}

/**
 * The saved session if it belongs to this exam (same seed, count and time limit) and started no
 * later than `now`; answers that do not fit their question are left out. Otherwise null.
 */
export function restoreSession(raw: string | null, params: ExamParams, questions: readonly Question[], now: number): ExamSession | null {
  let saved: unknown;
  try {
    saved = JSON.parse(raw ?? 'null');
  } catch {
    return null;
  }
  if (!saved || typeof saved !== 'object') return null;
  const s = saved as Record<string, unknown>;
  if (s.seed !== params.seed || s.count !== params.count || s.minutes !== params.minutes) return null;
  if (typeof s.started !== 'number' || !Number.isFinite(s.started) || s.started > now) return null;
  const given = s.responses && typeof s.responses === 'object' ? (s.responses as Record<string, unknown>) : {};
  const responses: Record<string, Response> = {};
  for (const q of questions) {
    const r = validResponse(q, given[q.id]);
    if (r) responses[q.id] = r;
  }
  return { started: s.started, responses };
}
