/**
 * Messages between the windows showing one deck (audience, presenter, another audience tab).
 * Positions travel as section ids, so a presenter in English can drive a deck shown in Chinese.
 * Anything received is validated: a message from an older page or another site is dropped.
 */
import { sanitizeStrokes, CANVAS_HEIGHT, CANVAS_WIDTH, type Stroke } from './deck-ink.ts';
import { KEBAB_ID } from './langs.ts';

/** What every window shows alike. */
export interface SharedState {
  id: string;
  step: number;
  blank: boolean;
  classMode: boolean;
  /** Slides (section ids) whose quiz answers the lecturer has revealed. */
  revealed: string[];
}

export type SyncMessage =
  | { t: 'hello'; from: string }
  /** `n` orders changes: the higher wins, ties go to the greater sender id, so windows converge. */
  | { t: 'state'; from: string; n: number; s: SharedState }
  | { t: 'laser'; from: string; p: [number, number] | null }
  | { t: 'ink'; from: string; id: string; strokes: Stroke[] };

export const SYNC_VERSION = 1;

/** The channel name for a lesson's deck: the same in both languages. */
export const channelName = (slug: string) => `deck:v${SYNC_VERSION}:${slug}`;

const isId = (v: unknown): v is string => typeof v === 'string' && KEBAB_ID.test(v);

function parseShared(v: unknown): SharedState | null {
  if (!v || typeof v !== 'object') return null;
  const s = v as Record<string, unknown>;
  if (!isId(s.id) || typeof s.step !== 'number' || !Number.isInteger(s.step) || s.step < 0)
    return null;
  if (
    typeof s.blank !== 'boolean' ||
    typeof s.classMode !== 'boolean' ||
    !Array.isArray(s.revealed)
  )
    return null;
  return {
    id: s.id,
    step: s.step,
    blank: s.blank,
    classMode: s.classMode,
    revealed: s.revealed.filter(isId).slice(0, 500),
  };
}

export function parseSyncMessage(raw: unknown): SyncMessage | null {
  if (!raw || typeof raw !== 'object') return null;
  const m = raw as Record<string, unknown>;
  if (
    m.v !== SYNC_VERSION ||
    typeof m.from !== 'string' ||
    m.from.length === 0 ||
    m.from.length > 64
  )
    return null;
  const from = m.from;
  switch (m.t) {
    case 'hello':
      return { t: 'hello', from };
    case 'state': {
      const s = parseShared(m.s);
      const n = m.n;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) return null;
      return s ? { t: 'state', from, n, s } : null;
    }
    case 'laser': {
      if (m.p === null) return { t: 'laser', from, p: null };
      const p = m.p;
      if (
        !Array.isArray(p) ||
        p.length !== 2 ||
        !p.every((n) => typeof n === 'number' && Number.isFinite(n))
      )
        return null;
      return {
        t: 'laser',
        from,
        p: [Math.min(CANVAS_WIDTH, Math.max(0, p[0])), Math.min(CANVAS_HEIGHT, Math.max(0, p[1]))],
      };
    }
    case 'ink':
      return isId(m.id) ? { t: 'ink', from, id: m.id, strokes: sanitizeStrokes(m.strokes) } : null;
    default:
      return null;
  }
}

/** The wire form of a message (versioned, so a future format is never misread). */
export const encodeSyncMessage = (m: SyncMessage) => ({ v: SYNC_VERSION, ...m });

export function sameShared(a: SharedState, b: SharedState): boolean {
  return (
    a.id === b.id &&
    a.step === b.step &&
    a.blank === b.blank &&
    a.classMode === b.classMode &&
    a.revealed.join() === b.revealed.join()
  );
}

/** Whether change `a` supersedes change `b` (a logical clock with the sender id as tie-break). */
export function isNewer(a: { n: number; from: string }, b: { n: number; from: string }): boolean {
  return a.n > b.n || (a.n === b.n && a.from > b.from);
}
