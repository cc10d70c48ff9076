/** What the offline panel says about the copy on this device. Pure: strings are looked up by the caller. */
import { formatBytes, type DownloadProgress, type FailReason } from './download-plan.ts';

/** The service worker's answer to "what do you hold?". */
export interface OfflineStatus {
  version: string;
  complete: boolean;
  /** When the copy was completed (ms since epoch), or null. */
  savedAt: number | null;
  progress: DownloadProgress;
}

export type StatusKey = 'offline.statusNone' | 'offline.statusPartial' | 'offline.statusComplete';

export interface StatusMessage {
  key: StatusKey;
  params: Record<string, string | number>;
}

/** The status line: nothing saved, partly saved (with how much), or complete (with size and date). */
export function describeStatus(
  status: OfflineStatus,
  formatDate: (ms: number) => string,
): StatusMessage {
  const p = status.progress;
  const sizes = {
    pages: p.pages,
    totalPages: p.totalPages,
    bytes: formatBytes(p.bytes),
    totalBytes: formatBytes(p.totalBytes),
  };
  if (status.complete)
    return {
      key: 'offline.statusComplete',
      params: { ...sizes, date: status.savedAt ? formatDate(status.savedAt) : '' },
    };
  if (p.files > 0) return { key: 'offline.statusPartial', params: sizes };
  return { key: 'offline.statusNone', params: {} };
}

export type FailKey = `offline.failed.${FailReason}`;
export const failKey = (reason: FailReason): FailKey => `offline.failed.${reason}`;

/** The download button's label: start, finish a partial copy, or retry after a failure. */
export function downloadLabel(
  status: OfflineStatus | null,
  failed: boolean,
): 'offline.download' | 'offline.resume' | 'offline.retry' {
  if (failed) return 'offline.retry';
  return status && !status.complete && status.progress.files > 0
    ? 'offline.resume'
    : 'offline.download';
}

/** Reads a message from the service worker, ignoring anything that is not one of ours. */
export function isOfflineMessage(data: unknown): data is { type: string; [key: string]: unknown } {
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { type?: unknown }).type === 'string' &&
    (data as { type: string }).type.startsWith('offline-')
  );
}
