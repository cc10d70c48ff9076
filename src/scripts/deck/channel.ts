/**
 * A message channel between windows of the same site: BroadcastChannel where the browser has
 * it, otherwise `storage` events on a localStorage key (every browser that runs the deck).
 */
export interface Channel {
  post(message: object): void;
  close(): void;
}

export function openChannel(name: string, onMessage: (data: unknown) => void): Channel {
  if (typeof BroadcastChannel === 'function') {
    const bc = new BroadcastChannel(name);
    bc.onmessage = (e) => onMessage(e.data);
    return { post: (m) => bc.postMessage(m), close: () => bc.close() };
  }
  const key = `${name}:message`;
  const onStorage = (e: StorageEvent) => {
    if (e.key !== key || !e.newValue) return;
    try {
      onMessage(JSON.parse(e.newValue));
    } catch {
      /* not ours, or damaged: ignored */
    }
  };
  addEventListener('storage', onStorage);
  let seq = 0;
  return {
    post: (m) => {
      try {
        // A changing field, so that two equal messages in a row still fire a storage event.
        localStorage.setItem(key, JSON.stringify({ ...m, seq: ++seq, at: Date.now() }));
      } catch {
        /* storage blocked or full: this window simply stays unsynced */
      }
    },
    close: () => removeEventListener('storage', onStorage),
  };
}
