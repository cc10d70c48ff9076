/** Small helpers for the offline download: content hashes, a bounded pool, the version-change error. */

/** Thrown when a downloaded file is not the one this version lists: the site changed meanwhile. */
export class VersionChanged extends Error {
  override name = 'VersionChanged';
}

export async function sha16(body: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Runs `task` over `items`, at most `limit` at a time; the first failure stops the rest. */
export async function pool<T>(
  items: T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const item = items[next++];
      try {
        await task(item);
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
