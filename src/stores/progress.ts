/**
 * `$progress`: answers and review schedules per question id, in localStorage under
 * `progress:v1`. Stored data that does not validate is repaired field by field; anything dropped
 * is first copied to a backup key, so nothing a learner earned is silently destroyed.
 */
import { persistentAtom } from '@nanostores/persistent';
import { atom } from 'nanostores';
import { emptyProgress, recordAttempt, repairProgress, type ProgressData } from '../lib/progress.ts';

export const PROGRESS_KEY = 'progress:v1';

/** Ids (or parts) dropped while repairing the stored record on this page load. */
export const $progressRepairs = atom<string[]>([]);

function decode(raw: string): ProgressData {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = null;
  }
  const { data, dropped } = repairProgress(parsed ?? (raw ? '(unreadable)' : undefined));
  if (dropped.length > 0) {
    try {
      localStorage.setItem(`${PROGRESS_KEY}:backup`, raw);
    } catch {
      /* storage full or blocked: the repaired data still works */
    }
    $progressRepairs.set(dropped);
  }
  return data;
}

export const $progress = persistentAtom<ProgressData>(PROGRESS_KEY, emptyProgress(), {
  encode: JSON.stringify,
  decode,
});

export function saveAttempt(id: string, score: number, now = Date.now()) {
  $progress.set(recordAttempt($progress.get(), id, score, now));
}
