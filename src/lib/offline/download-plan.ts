/** Planning and measuring the offline download. Pure. */
import { isPage, type OfflineFile } from './manifest.ts';

export interface OlderCopy {
  cache: string;
  files: readonly OfflineFile[];
}

export interface DownloadPlan {
  /** Already in this version's cache. */
  present: OfflineFile[];
  /** Same content in an older version's cache: copied locally, no network. */
  copy: { file: OfflineFile; from: string; fromPath: string }[];
  /** Must come from the network. */
  fetch: OfflineFile[];
}

/**
 * What a download has left to do. `present` holds the paths already cached for this version;
 * `older` lists other versions' copies with their file lists, newest first. A file whose hash
 * matches one in an older copy is copied from there (content-hashed assets, unchanged pages), so
 * an update downloads only what changed.
 */
export function planDownload(
  files: readonly OfflineFile[],
  present: ReadonlySet<string>,
  older: readonly OlderCopy[],
): DownloadPlan {
  const byHash = new Map<string, { from: string; fromPath: string }>();
  for (const copy of [...older].reverse())
    for (const f of copy.files) byHash.set(f.hash, { from: copy.cache, fromPath: f.path });
  const plan: DownloadPlan = { present: [], copy: [], fetch: [] };
  for (const file of files) {
    if (present.has(file.path)) plan.present.push(file);
    else if (byHash.has(file.hash)) plan.copy.push({ file, ...byHash.get(file.hash)! });
    else plan.fetch.push(file);
  }
  return plan;
}

export interface DownloadProgress {
  files: number;
  totalFiles: number;
  pages: number;
  totalPages: number;
  bytes: number;
  totalBytes: number;
}

/** Progress after `done` of `all` files: counts, pages and bytes. */
export function progressOf(
  done: readonly OfflineFile[],
  all: readonly OfflineFile[],
): DownloadProgress {
  const sum = (list: readonly OfflineFile[]) => list.reduce((n, f) => n + f.size, 0);
  return {
    files: done.length,
    totalFiles: all.length,
    pages: done.filter((f) => isPage(f.path)).length,
    totalPages: all.filter((f) => isPage(f.path)).length,
    bytes: sum(done),
    totalBytes: sum(all),
  };
}

/** Share done, 0..1, by bytes (what the reader waits for), counting empty files as done. */
export function fractionDone(p: DownloadProgress): number {
  if (p.totalBytes === 0) return p.totalFiles === 0 ? 1 : p.files / p.totalFiles;
  return Math.min(1, p.bytes / p.totalBytes);
}

/** "1.2 MB", "340 KB", "812 B": the same in both languages. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why a download stopped, as the reader is told. */
export type FailReason = 'network' | 'changed' | 'storage';

/** Classifies an error thrown while downloading. */
export function failReason(error: unknown): FailReason {
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = String((error as { message?: string } | null)?.message ?? error);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return 'storage';
  if (name === 'VersionChanged') return 'changed';
  return 'network';
}
