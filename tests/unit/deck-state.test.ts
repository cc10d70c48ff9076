import { describe, expect, it } from 'vitest';
import {
  answersHeld,
  applyShared,
  initialDeckState,
  moveTo,
  reduceCommand,
  sharedOf,
  type DeckState,
} from '../../src/lib/deck-state.ts';
import type { DeckCommand } from '../../src/lib/deck-keys.ts';

const shape = { ids: ['intro', 'five-steps', 'quiz'], steps: [0, 2, 0] };
const fresh = (partial: Partial<DeckState> = {}) => initialDeckState(shape, partial);
const run = (s: DeckState, ...commands: DeckCommand[]) =>
  commands.reduce((acc, c) => reduceCommand(acc, c), s);

describe('initial state', () => {
  it('starts on the first slide with nothing open', () => {
    const s = fresh();
    expect([s.slide, s.step, s.overview, s.help, s.blank, s.tool, s.classMode]).toEqual([
      0,
      0,
      false,
      false,
      false,
      'none',
      false,
    ]);
  });
  it('clamps a starting position', () => {
    expect(fresh({ slide: 1, step: 9 })).toMatchObject({ slide: 1, step: 2 });
  });
});

describe('navigation commands', () => {
  it('follow the state machine', () => {
    expect(run(fresh(), 'next', 'next')).toMatchObject({ slide: 1, step: 1 });
    expect(run(fresh(), 'last', 'prev')).toMatchObject({ slide: 1, step: 2 });
    expect(run(fresh({ slide: 1, step: 1 }), 'nextSlide')).toMatchObject({ slide: 2, step: 0 });
    expect(run(fresh({ slide: 2 }), 'first')).toMatchObject({ slide: 0, step: 0 });
    expect(run(fresh({ slide: 2 }), 'prevSlide')).toMatchObject({ slide: 1, step: 0 });
  });
  it('return the same object when nothing moves', () => {
    const s = fresh();
    expect(reduceCommand(s, 'prev')).toBe(s);
  });
  it('drop the laser dot when leaving the slide, not when stepping', () => {
    const s = fresh({ slide: 1, laser: [10, 10] });
    expect(reduceCommand(s, 'next').laser).toEqual([10, 10]);
    expect(reduceCommand(s, 'nextSlide').laser).toBeNull();
  });
  it('jump to a typed number on Enter, ignoring numbers beyond the deck', () => {
    const typed = reduceCommand(reduceCommand(fresh(), 'digit', '3'), 'digit', 'x');
    expect(typed.jump).toBe('3');
    expect(reduceCommand(typed, 'jump')).toMatchObject({ slide: 2, step: 0, jump: '' });
    const tooFar = reduceCommand(reduceCommand(fresh(), 'digit', '9'), 'jump');
    expect(tooFar).toMatchObject({ slide: 0, jump: '' });
    expect(reduceCommand(fresh(), 'jump')).toMatchObject({ slide: 0, jump: '' });
  });
  it('forget a half-typed number on any move', () => {
    expect(run(reduceCommand(fresh(), 'digit', '2'), 'next').jump).toBe('');
    expect(moveTo(reduceCommand(fresh(), 'digit', '2'), { type: 'prev' }).jump).toBe('');
  });
});

describe('views and tools', () => {
  it('toggles overview, help, blank and other-language notes', () => {
    expect(run(fresh(), 'overview').overview).toBe(true);
    expect(run(fresh(), 'overview', 'overview').overview).toBe(false);
    expect(run(fresh({ help: true }), 'overview')).toMatchObject({ overview: true, help: false });
    expect(run(fresh(), 'help').help).toBe(true);
    expect(run(fresh(), 'blank').blank).toBe(true);
    expect(run(fresh(), 'blank', 'blank').blank).toBe(false);
    expect(run(fresh(), 'otherNotes').otherNotes).toBe(true);
  });
  it('Escape closes help, then overview, then a typed number, then a tool; else opens the overview', () => {
    const all = fresh({ help: true, overview: true, jump: '2', tool: 'draw' });
    const steps = [all];
    for (let i = 0; i < 5; i++) steps.push(reduceCommand(steps[steps.length - 1], 'escape'));
    expect(steps.map((s) => [s.help, s.overview, s.jump, s.tool])).toEqual([
      [true, true, '2', 'draw'],
      [false, true, '2', 'draw'],
      [false, false, '2', 'draw'],
      [false, false, '', 'draw'],
      [false, false, '', 'none'],
      [false, true, '', 'none'],
    ]);
  });
  it('switches between laser and pen, and off', () => {
    expect(run(fresh(), 'laser').tool).toBe('laser');
    expect(run(fresh(), 'laser', 'draw').tool).toBe('draw');
    expect(run(fresh(), 'draw', 'draw').tool).toBe('none');
    expect(run(fresh({ tool: 'laser', laser: [1, 2] }), 'draw').laser).toBeNull();
  });
  it('clears the drawing of the current slide only', () => {
    const s = fresh({ slide: 1, ink: { 'five-steps': [[1, 2, 3, 4]], intro: [[5, 6]] } });
    expect(reduceCommand(s, 'clear').ink).toEqual({ intro: [[5, 6]] });
    const clean = fresh();
    expect(reduceCommand(clean, 'clear')).toBe(clean);
  });
  it('ignores commands owned by controllers', () => {
    const s = fresh();
    for (const c of ['fullscreen', 'presenter', 'audience', 'timer'] as const)
      expect(reduceCommand(s, c)).toBe(s);
  });
});

describe('class mode', () => {
  it('holds answers until the current slide is revealed, per slide', () => {
    const on = run(fresh({ slide: 2 }), 'classMode');
    expect(answersHeld(on)).toBe(true);
    const shown = reduceCommand(on, 'reveal');
    expect(shown.revealed).toEqual(['quiz']);
    expect(answersHeld(shown)).toBe(false);
    expect(answersHeld(shown, 1)).toBe(true);
    expect(answersHeld(reduceCommand(shown, 'reveal'))).toBe(true);
  });
  it('never holds answers outside class mode', () => {
    expect(answersHeld(fresh())).toBe(false);
  });
});

describe('shared state between windows', () => {
  it('round-trips position, blank, class mode and reveals by section id', () => {
    const a = fresh({ slide: 1, step: 2, blank: true, classMode: true, revealed: ['quiz'] });
    const b = applyShared(fresh(), sharedOf(a));
    expect(b).toMatchObject({
      slide: 1,
      step: 2,
      blank: true,
      classMode: true,
      revealed: ['quiz'],
    });
  });
  it('keeps local-only parts: overview, help, tool', () => {
    const local = fresh({ overview: true, help: true, tool: 'draw' });
    expect(applyShared(local, sharedOf(fresh({ slide: 2 })))).toMatchObject({
      slide: 2,
      overview: true,
      help: true,
      tool: 'draw',
    });
  });
  it('ignores unknown slides and reveals, and clamps the step', () => {
    const s = fresh({ slide: 1 });
    expect(
      applyShared(s, {
        id: 'other',
        step: 1,
        blank: false,
        classMode: false,
        revealed: ['other', 'intro'],
      }),
    ).toMatchObject({ slide: 1, step: 0, revealed: ['intro'] });
    expect(
      applyShared(s, { id: 'five-steps', step: 40, blank: false, classMode: false, revealed: [] })
        .step,
    ).toBe(2);
  });
});
