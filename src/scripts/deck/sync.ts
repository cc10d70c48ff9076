/**
 * Sync controller: keeps every window of a lesson's deck (audience, presenter, other tabs, either
 * language) on the same slide and step, with the same blank screen, class mode, revealed
 * answers, laser dot and drawings. A window that opens asks the others where they are and joins.
 */
import { $deck, setDeck } from '../../stores/deck.ts';
import { applyShared, sharedOf } from '../../lib/deck-state.ts';
import {
  channelName,
  encodeSyncMessage,
  isNewer,
  parseSyncMessage,
  sameShared,
  type SharedState,
  type SyncMessage,
} from '../../lib/deck-sync.ts';
import type { Stroke } from '../../lib/deck-ink.ts';
import { openChannel } from './channel.ts';
import type { Controller } from './context.ts';

export const mountSync: Controller = (ctx) => {
  const me = Math.random().toString(36).slice(2, 10);
  // The latest change this window knows of; n = -1 until it has seen or made one.
  let clock = { n: -1, from: '' };
  let shared: SharedState = sharedOf($deck.get());
  let laser = $deck.get().laser;
  let ink = $deck.get().ink;
  let remote = false;

  const channel = openChannel(channelName(ctx.slug), (raw) => {
    const m = parseSyncMessage(raw);
    if (m && m.from !== me) receive(m);
  });
  const send = (m: SyncMessage) => channel.post(encodeSyncMessage(m));
  const sendState = () => send({ t: 'state', from: me, n: Math.max(0, clock.n), s: shared });
  const sendInk = (id: string, strokes: Stroke[]) => send({ t: 'ink', from: me, id, strokes });

  const applyRemote = (fn: Parameters<typeof setDeck>[0]) => {
    remote = true;
    try {
      setDeck(fn);
    } finally {
      remote = false;
    }
    const s = $deck.get();
    shared = sharedOf(s);
    laser = s.laser;
    ink = s.ink;
  };

  function receive(m: SyncMessage) {
    switch (m.t) {
      case 'hello':
        sendState();
        for (const [id, strokes] of Object.entries($deck.get().ink))
          if (strokes.length) sendInk(id, strokes);
        return;
      case 'state':
        if (clock.n !== -1 && !isNewer(m, clock)) return;
        clock = { n: m.n, from: m.from };
        applyRemote((s) => applyShared(s, m.s));
        return;
      case 'laser':
        applyRemote((s) => ({ ...s, laser: m.p }));
        return;
      case 'ink':
        applyRemote((s) => ({ ...s, ink: { ...s.ink, [m.id]: m.strokes } }));
        return;
    }
  }

  // Pointer moves come fast: at most one laser or ink message per frame (a timer, not
  // requestAnimationFrame, which stops in a window that is not in front).
  let frame = 0;
  const dirtyInk = new Set<string>();
  let laserDirty = false;
  const flush = () => {
    frame = 0;
    if (laserDirty) send({ t: 'laser', from: me, p: $deck.get().laser });
    laserDirty = false;
    for (const id of dirtyInk) sendInk(id, $deck.get().ink[id] ?? []);
    dirtyInk.clear();
  };

  const unsubscribe = $deck.listen((s) => {
    if (remote) return;
    const next = sharedOf(s);
    if (!sameShared(next, shared)) {
      shared = next;
      clock = { n: clock.n + 1, from: me };
      sendState();
    }
    if (s.laser !== laser) {
      laser = s.laser;
      laserDirty = true;
    }
    if (s.ink !== ink) {
      for (const id of new Set([...Object.keys(s.ink), ...Object.keys(ink)]))
        if (s.ink[id] !== ink[id]) dirtyInk.add(id);
      ink = s.ink;
    }
    if ((laserDirty || dirtyInk.size) && !frame) frame = window.setTimeout(flush, 16);
  });

  send({ t: 'hello', from: me });
  return () => {
    unsubscribe();
    channel.close();
  };
};
