import { describe, expect, it } from 'vitest';
import {
  appendDigit,
  atEnd,
  atStart,
  clampPosition,
  formatDeckHash,
  jumpTarget,
  navigate,
  parseDeckHash,
  samePosition,
  type DeckPosition,
  type DeckShape,
  type NavAction,
} from '../../src/lib/deck-nav.ts';

// Three slides: the middle one has two step reveals.
const shape: DeckShape = { ids: ['intro', 'five-steps', 'summary'], steps: [0, 2, 0] };
const at = (slide: number, step = 0): DeckPosition => ({ slide, step });
const go = (pos: DeckPosition, type: NavAction['type']) =>
  navigate(shape, pos, { type } as NavAction);

describe('navigate: next and prev', () => {
  it('reveals each step before moving on, and starts the next slide with none shown', () => {
    const path = [at(0)];
    for (let i = 0; i < 5; i++) path.push(go(path[path.length - 1], 'next'));
    expect(path).toEqual([at(0), at(1, 0), at(1, 1), at(1, 2), at(2), at(2)]);
  });
  it('walks back through the same states, arriving on a slide with all its steps shown', () => {
    const path = [at(2)];
    for (let i = 0; i < 5; i++) path.push(go(path[path.length - 1], 'prev'));
    expect(path).toEqual([at(2), at(1, 2), at(1, 1), at(1, 0), at(0), at(0)]);
  });
  it('stays put at either end', () => {
    expect(go(at(0), 'prev')).toEqual(at(0));
    expect(go(at(2), 'next')).toEqual(at(2));
  });
});

describe('navigate: whole slides and jumps', () => {
  it('skips steps with nextSlide / prevSlide', () => {
    expect(go(at(0), 'nextSlide')).toEqual(at(1, 0));
    expect(go(at(1, 1), 'nextSlide')).toEqual(at(2));
    expect(go(at(2), 'prevSlide')).toEqual(at(1, 0));
    expect(go(at(1, 2), 'prevSlide')).toEqual(at(0));
    expect(go(at(0), 'prevSlide')).toEqual(at(0));
  });
  it('nextSlide on the last slide shows all of its steps', () => {
    const s: DeckShape = { ids: ['a', 'b'], steps: [0, 3] };
    expect(navigate(s, at(1, 1), { type: 'nextSlide' })).toEqual(at(1, 3));
  });
  it('goes to the first and last state', () => {
    expect(go(at(1, 2), 'first')).toEqual(at(0));
    expect(go(at(0), 'last')).toEqual(at(2));
    expect(navigate({ ids: ['a', 'b'], steps: [0, 4] }, at(0), { type: 'last' })).toEqual(at(1, 4));
  });
  it('goes to a slide at a given step, clamped', () => {
    expect(navigate(shape, at(0), { type: 'goto', slide: 1 })).toEqual(at(1, 0));
    expect(navigate(shape, at(0), { type: 'goto', slide: 1, step: 'end' })).toEqual(at(1, 2));
    expect(navigate(shape, at(0), { type: 'goto', slide: 1, step: 9 })).toEqual(at(1, 2));
    expect(navigate(shape, at(0), { type: 'goto', slide: 99 })).toEqual(at(2));
    expect(navigate(shape, at(2), { type: 'goto', slide: -4 })).toEqual(at(0));
  });
  it('repairs an impossible starting position before moving', () => {
    expect(go({ slide: 7, step: 5 }, 'prev')).toEqual(at(1, 2));
    expect(go({ slide: NaN, step: NaN }, 'next')).toEqual(at(1, 0));
  });
  it('copes with an empty deck', () => {
    const empty: DeckShape = { ids: [], steps: [] };
    expect(navigate(empty, at(0), { type: 'next' })).toEqual(at(0));
    expect(clampPosition(empty, at(3, 3))).toEqual(at(0));
  });
});

describe('position helpers', () => {
  it('knows the start and the end', () => {
    expect(atStart(at(0))).toBe(true);
    expect(atStart(at(0, 1))).toBe(false);
    expect(atEnd(shape, at(2))).toBe(true);
    expect(atEnd(shape, at(1, 2))).toBe(false);
    expect(samePosition(at(1, 1), { slide: 1, step: 1 })).toBe(true);
  });
  it('clamps fractional and negative values', () => {
    expect(clampPosition(shape, { slide: 1.7, step: -3 })).toEqual(at(1, 0));
  });
});

describe('URL fragments', () => {
  it('names a slide by section id, and the step when there is one', () => {
    expect(formatDeckHash(shape, at(0))).toBe('#/intro');
    expect(formatDeckHash(shape, at(1, 2))).toBe('#/five-steps/2');
    expect(formatDeckHash(shape, at(9))).toBe('');
  });
  it('reads back every fragment it writes', () => {
    for (const pos of [at(0), at(1, 0), at(1, 1), at(1, 2), at(2)])
      expect(parseDeckHash(shape, formatDeckHash(shape, pos))).toEqual(pos);
  });
  it('reads plain section anchors and slide numbers', () => {
    expect(parseDeckHash(shape, '#five-steps')).toEqual(at(1));
    expect(parseDeckHash(shape, '#/3')).toEqual(at(2));
    expect(parseDeckHash(shape, '/five-steps/1')).toEqual(at(1, 1));
    expect(parseDeckHash(shape, '#/five-steps/1/')).toEqual(at(1, 1));
  });
  it('clamps a step beyond the slide', () => {
    expect(parseDeckHash(shape, '#/five-steps/7')).toEqual(at(1, 2));
    expect(parseDeckHash(shape, '#/intro/3')).toEqual(at(0));
  });
  it('gives null for anything else', () => {
    for (const bad of [
      '',
      '#',
      '#/',
      '#/nope',
      '#/0',
      '#/4',
      '#/intro/x',
      '#/intro/-1',
      '#/a/b/c',
      '#%E0%A4%A',
      '#/five-steps/1.5',
    ]) {
      expect(parseDeckHash(shape, bad), bad).toBeNull();
    }
  });
});

describe('number then Enter', () => {
  it('keeps up to three digits and ignores anything else', () => {
    expect(appendDigit('', '1')).toBe('1');
    expect(appendDigit('1', '2')).toBe('12');
    expect(appendDigit('123', '4')).toBe('234');
    expect(appendDigit('1', 'x')).toBe('1');
    expect(appendDigit('1', '12')).toBe('1');
  });
  it('names a slide by its 1-based number', () => {
    expect(jumpTarget('1', 3)).toBe(0);
    expect(jumpTarget('3', 3)).toBe(2);
    expect(jumpTarget('03', 3)).toBe(2);
    expect(jumpTarget('4', 3)).toBeNull();
    expect(jumpTarget('0', 3)).toBeNull();
    expect(jumpTarget('', 3)).toBeNull();
  });
});
