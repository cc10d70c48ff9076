import { describe, expect, it } from 'vitest';
import {
  channelName,
  encodeSyncMessage,
  isNewer,
  parseSyncMessage,
  sameShared,
  type SharedState,
  type SyncMessage,
} from '../../src/lib/deck-sync.ts';

const shared: SharedState = {
  id: 'empower-front-line',
  step: 2,
  blank: false,
  classMode: true,
  revealed: ['summary'],
};

describe('sync messages', () => {
  it('round-trip through the wire form', () => {
    const messages: SyncMessage[] = [
      { t: 'hello', from: 'a1' },
      { t: 'state', from: 'a1', n: 3, s: shared },
      { t: 'laser', from: 'a1', p: [640, 360] },
      { t: 'laser', from: 'a1', p: null },
      { t: 'ink', from: 'a1', id: 'summary', strokes: [[1, 2, 3, 4]] },
    ];
    for (const m of messages)
      expect(parseSyncMessage(JSON.parse(JSON.stringify(encodeSyncMessage(m))))).toEqual(m);
  });
  it('drop other versions, senders and shapes', () => {
    const bad: unknown[] = [
      null,
      'x',
      42,
      {},
      { v: 2, t: 'hello', from: 'a' },
      { v: 1, t: 'hello' },
      { v: 1, t: 'hello', from: '' },
      { v: 1, t: 'nope', from: 'a' },
      { v: 1, t: 'state', from: 'a', n: 1, s: { ...shared, id: 'Not An Id' } },
      { v: 1, t: 'state', from: 'a', s: shared },
      { v: 1, t: 'state', from: 'a', n: -1, s: shared },
      { v: 1, t: 'state', from: 'a', n: 0.5, s: shared },
      { v: 1, t: 'state', from: 'a', n: 1, s: { ...shared, step: -1 } },
      { v: 1, t: 'state', from: 'a', n: 1, s: { ...shared, step: 1.5 } },
      { v: 1, t: 'state', from: 'a', n: 1, s: { ...shared, blank: 'yes' } },
      { v: 1, t: 'state', from: 'a', n: 1, s: { ...shared, revealed: 'x' } },
      { v: 1, t: 'laser', from: 'a', p: [1] },
      { v: 1, t: 'laser', from: 'a', p: ['1', 2] },
      { v: 1, t: 'ink', from: 'a', id: 5, strokes: [] },
      { v: 1, t: 'hello', from: 'x'.repeat(65) },
    ];
    for (const b of bad) expect(parseSyncMessage(b), JSON.stringify(b)).toBeNull();
  });
  it('clamp the laser and clean the ink and reveals', () => {
    expect(parseSyncMessage({ v: 1, t: 'laser', from: 'a', p: [-3, 9000] })).toEqual({
      t: 'laser',
      from: 'a',
      p: [0, 720],
    });
    expect(
      parseSyncMessage({ v: 1, t: 'ink', from: 'a', id: 'x', strokes: [[1, 2], 'junk'] }),
    ).toEqual({ t: 'ink', from: 'a', id: 'x', strokes: [[1, 2]] });
    const m = parseSyncMessage({
      v: 1,
      t: 'state',
      from: 'a',
      n: 2,
      s: { ...shared, revealed: ['ok', 3, 'BAD'] },
    });
    expect(m && m.t === 'state' && m.s.revealed).toEqual(['ok']);
  });
  it('name one channel per lesson, whatever the language', () => {
    expect(channelName('service-recovery')).toBe('deck:v1:service-recovery');
  });
  it('order concurrent changes the same way in every window', () => {
    expect(isNewer({ n: 2, from: 'a' }, { n: 1, from: 'z' })).toBe(true);
    expect(isNewer({ n: 1, from: 'z' }, { n: 1, from: 'a' })).toBe(true);
    expect(isNewer({ n: 1, from: 'a' }, { n: 1, from: 'z' })).toBe(false);
    expect(isNewer({ n: 1, from: 'a' }, { n: 1, from: 'a' })).toBe(false);
  });
  it('compare shared states by value', () => {
    expect(sameShared(shared, { ...shared, revealed: ['summary'] })).toBe(true);
    expect(sameShared(shared, { ...shared, step: 1 })).toBe(false);
    expect(sameShared(shared, { ...shared, revealed: [] })).toBe(false);
  });
});
