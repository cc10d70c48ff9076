import { describe, expect, it } from 'vitest';
import {
  elapsed,
  formatDuration,
  pace,
  parseTimer,
  pauseTimer,
  resetTimer,
  resumeTimer,
  startTimer,
  toggleTimer,
} from '../../src/lib/deck-timer.ts';

const MIN = 60_000;

describe('timer', () => {
  it('counts while running and stops while paused', () => {
    const t = startTimer(1000);
    expect(elapsed(t, 6000)).toBe(5000);
    const p = pauseTimer(t, 6000);
    expect(elapsed(p, 60_000)).toBe(5000);
    const r = resumeTimer(p, 70_000);
    expect(elapsed(r, 71_000)).toBe(6000);
  });
  it('toggles, and pausing or resuming twice changes nothing', () => {
    const t = startTimer(0);
    const p = toggleTimer(t, 10);
    expect(p.running).toBe(false);
    expect(pauseTimer(p, 50)).toBe(p);
    expect(toggleTimer(p, 20).running).toBe(true);
    expect(resumeTimer(t, 5)).toBe(t);
  });
  it('resets to zero, running or not', () => {
    expect(elapsed(resetTimer(startTimer(0), 5000), 6000)).toBe(1000);
    const paused = resetTimer(pauseTimer(startTimer(0), 5000), 9000);
    expect(paused).toEqual({ running: false, startedAt: null, accumulated: 0 });
  });
  it('never goes negative when the clock steps back', () => {
    expect(elapsed(startTimer(5000), 1000)).toBe(0);
  });
});

describe('stored timer', () => {
  it('reads back what was saved', () => {
    const t = pauseTimer(startTimer(0), 4000);
    expect(parseTimer(JSON.stringify(t), 9000)).toEqual(t);
    const running = startTimer(100);
    expect(parseTimer(JSON.stringify(running), 9000)).toEqual(running);
  });
  it('rejects corrupt, tampered and future values', () => {
    for (const raw of [
      null,
      '',
      '{',
      '"x"',
      'null',
      '[]',
      '{"running":"yes","accumulated":0}',
      '{"running":false,"accumulated":-5}',
      '{"running":true,"accumulated":0}',
      '{"running":true,"startedAt":99999,"accumulated":0}',
      '{"running":false,"accumulated":1e999}',
    ]) {
      expect(parseTimer(raw, 9000), String(raw)).toBeNull();
    }
  });
});

describe('formatDuration', () => {
  it('writes minutes and seconds, and hours when needed', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65_400)).toBe('1:05');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(formatDuration(-5)).toBe('0:00');
  });
});

describe('pace', () => {
  // 45 minutes over 9 slides: 5 minutes each.
  it("is on track within the slide's share of the plan", () => {
    expect(pace(12 * MIN, 45, 2, 9)).toEqual({ status: 'onTrack', minutes: 0, remaining: 33 });
    expect(pace(10.5 * MIN, 45, 1, 9).status).toBe('onTrack');
  });
  it('is ahead when the slide comes early', () => {
    expect(pace(2 * MIN, 45, 3, 9)).toEqual({ status: 'ahead', minutes: 13, remaining: 43 });
  });
  it('is behind when the slide runs late', () => {
    expect(pace(20 * MIN, 45, 1, 9)).toEqual({ status: 'behind', minutes: 10, remaining: 25 });
  });
  it('reports time over the plan as negative remaining', () => {
    expect(pace(50 * MIN, 45, 8, 9)).toEqual({ status: 'behind', minutes: 5, remaining: -5 });
    expect(pace(44 * MIN, 45, 8, 9)).toEqual({ status: 'onTrack', minutes: 0, remaining: 1 });
  });
  it('copes with no slides', () => {
    expect(pace(MIN, 10, 0, 0).status).toBe('onTrack');
  });
});
