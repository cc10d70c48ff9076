import { describe, expect, it } from 'vitest';
import { defaultQueueState, EXAMPLES, queueMarkdown, stepPath, ticks, validateQueueState } from '../../src/lib/queue-widget.ts';

describe('queue widget state', () => {
  it('starts from an example, the bank by default', () => {
    expect(defaultQueueState()).toEqual({ ...EXAMPLES.bank, day: 1, applied: [] });
    expect(defaultQueueState('clinic').servers).toBe(1);
    expect(defaultQueueState('nope')).toEqual(defaultQueueState());
  });

  it('clamps and snaps settings, keeps known principles only', () => {
    const s = validateQueueState({ arrivalsPerHour: 1e9, servers: 2.6, serviceMinutes: 1.26, hours: -1, day: 4.4, applied: ['fair', 'x', 'fair', 3] })!;
    expect(s).toEqual({ arrivalsPerHour: 200, servers: 3, serviceMinutes: 1.5, hours: 1, day: 4, applied: ['fair'] });
    expect(validateQueueState({ servers: 'two' })!.servers).toBe(EXAMPLES.bank.servers);
    expect(validateQueueState(null)).toBeUndefined();
  });
});

describe('queue chart geometry', () => {
  const box = { width: 120, height: 60, left: 10, right: 10, top: 10, bottom: 10 };
  it('draws the trace as horizontal and vertical steps inside the box', () => {
    const d = stepPath([[0, 0], [50, 2], [100, 0]], 100, 2, box);
    expect(d).toBe('M10.0 50.0H10.0V50.0H60.0V10.0H110.0V50.0H110.0');
  });
  it('picks round ticks that cover the maximum', () => {
    expect(ticks(0)).toEqual([0, 1]);
    expect(ticks(3)).toEqual([0, 1, 2, 3]);
    expect(ticks(12)).toEqual([0, 5, 10, 15]);
    expect(ticks(37)).toEqual([0, 10, 20, 30, 40]);
    expect(ticks(150).at(-1)).toBeGreaterThanOrEqual(150);
  });
  it('writes the take-away as a list', () => {
    expect(queueMarkdown({ title: 'Queue', lines: ['a: 1', 'b: 2'] })).toBe('## Queue\n\n- a: 1\n- b: 2\n');
  });
});
