/**
 * The presenter's elapsed-time timer and pacing against the lesson's planned minutes. Times are
 * plain numbers (ms since the epoch) passed in by the caller, so every rule is testable.
 */

export interface TimerState {
  running: boolean;
  /** When the current running stretch began; null while paused. */
  startedAt: number | null;
  /** Time counted before the current stretch, in ms. */
  accumulated: number;
}

export const startTimer = (now: number): TimerState => ({
  running: true,
  startedAt: now,
  accumulated: 0,
});

export function elapsed(t: TimerState, now: number): number {
  const stretch = t.running && t.startedAt !== null ? Math.max(0, now - t.startedAt) : 0;
  return t.accumulated + stretch;
}

export function pauseTimer(t: TimerState, now: number): TimerState {
  return t.running ? { running: false, startedAt: null, accumulated: elapsed(t, now) } : t;
}

export function resumeTimer(t: TimerState, now: number): TimerState {
  return t.running ? t : { running: true, startedAt: now, accumulated: t.accumulated };
}

export const toggleTimer = (t: TimerState, now: number) =>
  t.running ? pauseTimer(t, now) : resumeTimer(t, now);

/** Back to zero, keeping whether it runs. */
export const resetTimer = (t: TimerState, now: number): TimerState => ({
  running: t.running,
  startedAt: t.running ? now : null,
  accumulated: 0,
});

/** A stored timer, or null when it is missing, malformed or from the future. */
export function parseTimer(raw: string | null | undefined, now: number): TimerState | null {
  if (!raw) return null;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!v || typeof v !== 'object') return null;
  const { running, startedAt, accumulated } = v as Record<string, unknown>;
  if (
    typeof running !== 'boolean' ||
    typeof accumulated !== 'number' ||
    !Number.isFinite(accumulated) ||
    accumulated < 0
  )
    return null;
  if (running) {
    if (typeof startedAt !== 'number' || !Number.isFinite(startedAt) || startedAt > now)
      return null;
    return { running, startedAt, accumulated };
  }
  return { running, startedAt: null, accumulated };
}

/** "4:05" or "1:02:03". */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export type PaceStatus = 'ahead' | 'onTrack' | 'behind';

export interface Pace {
  status: PaceStatus;
  /** Whole minutes ahead or behind (0 when on track). */
  minutes: number;
  /** Whole minutes of the plan left (negative once over). */
  remaining: number;
}

/**
 * Pacing with the planned time shared equally among slides: on slide i (0-based) of n the
 * lecturer is on track while the elapsed time lies within that slide's share of the plan (give
 * or take a minute), ahead before it, behind after it.
 */
export function pace(
  elapsedMs: number,
  plannedMinutes: number,
  slide: number,
  slideCount: number,
): Pace {
  const plannedMs = Math.max(0, plannedMinutes) * 60_000;
  const per = slideCount > 0 ? plannedMs / slideCount : plannedMs;
  const from = slide * per;
  const to = (slide + 1) * per;
  const remaining = Math.round((plannedMs - elapsedMs) / 60_000);
  // Less than a minute either side is still on track: the display counts whole minutes.
  if (from - elapsedMs >= 60_000)
    return { status: 'ahead', minutes: Math.round((from - elapsedMs) / 60_000), remaining };
  if (elapsedMs - to >= 60_000)
    return { status: 'behind', minutes: Math.round((elapsedMs - to) / 60_000), remaining };
  return { status: 'onTrack', minutes: 0, remaining };
}
