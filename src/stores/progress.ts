/**
 * `$progress`: answers and review schedules per question id, in localStorage under
 * `progress:v1`. Stored data that does not validate is repaired field by field and saved back;
 * the original is first copied to a backup key and a note of what was set aside is kept until the
 * learner dismisses it on the progress page, so nothing earned is silently destroyed.
 */
import { persistentAtom } from '@nanostores/persistent';
import { atom } from 'nanostores';
import { emptyProgress, recordAttempt, repairProgress, type ProgressData } from '../lib/progress.ts';

export const PROGRESS_KEY = 'progress:v1';
export const BACKUP_KEY = `${PROGRESS_KEY}:backup`;
export const REPAIRS_KEY = `${PROGRESS_KEY}:repairs`;

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage blocked by the browser's settings
  }
}

function readRepairs(): string[] {
  try {
    const list: unknown = JSON.parse(storage()?.getItem(REPAIRS_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** What was set aside while repairing stored progress, on this or an earlier visit (until dismissed). */
export const $progressRepairs = atom<string[]>(readRepairs());

function decode(raw: string): ProgressData {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = raw ? '(unreadable)' : undefined;
  }
  const { data, dropped } = repairProgress(parsed);
  if (dropped.length > 0) {
    const all = [...new Set([...$progressRepairs.get(), ...dropped])];
    try {
      const store = storage();
      store?.setItem(BACKUP_KEY, raw);
      store?.setItem(REPAIRS_KEY, JSON.stringify(all));
      // Saved back repaired, so the next page does not repair (and back up) the same data again.
      store?.setItem(PROGRESS_KEY, JSON.stringify(data));
    } catch {
      /* storage full or blocked: the repaired data still works for this page */
    }
    $progressRepairs.set(all);
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

/** The learner has read the repair note: forget it (the backup copy stays). */
export function dismissRepairs() {
  try {
    storage()?.removeItem(REPAIRS_KEY);
  } catch {
    /* nothing to forget */
  }
  $progressRepairs.set([]);
}

/** The stored record as it was before the last repair, for download. */
export function progressBackup(): string | null {
  try {
    return storage()?.getItem(BACKUP_KEY) ?? null;
  } catch {
    return null;
  }
}
