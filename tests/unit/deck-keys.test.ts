import { describe, expect, it } from 'vitest';
import {
  commandFor,
  helpRows,
  KEY_TABLE,
  keyBelongsToTarget,
  keyLabel,
  type DeckCommand,
  type KeyNameId,
} from '../../src/lib/deck-keys.ts';

const press = (
  key: string,
  mods: { shiftKey?: boolean; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean } = {},
) => ({ key, ...mods });

describe('the key table', () => {
  it('moves with arrows, Space, presentation clickers, Home and End', () => {
    const cases: [string, boolean, DeckCommand][] = [
      ['ArrowRight', false, 'next'],
      [' ', false, 'next'],
      ['PageDown', false, 'next'],
      ['ArrowLeft', false, 'prev'],
      [' ', true, 'prev'],
      ['PageUp', false, 'prev'],
      ['ArrowDown', false, 'nextSlide'],
      ['ArrowUp', false, 'prevSlide'],
      ['Home', false, 'first'],
      ['End', false, 'last'],
    ];
    for (const [key, shiftKey, command] of cases)
      expect(commandFor(press(key, { shiftKey }), 'deck'), key).toBe(command);
  });
  it('types digits and jumps on Enter', () => {
    for (const d of '0123456789') expect(commandFor(press(d), 'deck')).toBe('digit');
    expect(commandFor(press('Enter'), 'deck')).toBe('jump');
  });
  it('maps letters in either case, and symbols whatever Shift does', () => {
    expect(commandFor(press('o'), 'deck')).toBe('overview');
    expect(commandFor(press('O', { shiftKey: true }), 'deck')).toBe('overview');
    expect(commandFor(press('?', { shiftKey: true }), 'deck')).toBe('help');
    expect(commandFor(press('?'), 'deck')).toBe('help');
    expect(commandFor(press('.'), 'deck')).toBe('blank');
    expect(commandFor(press('b'), 'presenter')).toBe('blank');
    expect(commandFor(press('Escape'), 'deck')).toBe('escape');
  });
  it('leaves browser shortcuts alone', () => {
    expect(commandFor(press('p', { ctrlKey: true }), 'deck')).toBeUndefined();
    expect(commandFor(press('r', { metaKey: true }), 'deck')).toBeUndefined();
    expect(commandFor(press('ArrowLeft', { altKey: true }), 'deck')).toBeUndefined();
    expect(commandFor(press('ArrowRight', { shiftKey: true }), 'deck')).toBeUndefined();
    expect(commandFor(press('Tab'), 'deck')).toBeUndefined();
  });
  it('has keys only where they make sense', () => {
    expect(commandFor(press('f'), 'deck')).toBe('fullscreen');
    expect(commandFor(press('f'), 'presenter')).toBeUndefined();
    expect(commandFor(press('p'), 'deck')).toBe('presenter');
    expect(commandFor(press('p'), 'presenter')).toBeUndefined();
    expect(commandFor(press('t'), 'presenter')).toBe('timer');
    expect(commandFor(press('t'), 'deck')).toBeUndefined();
    expect(commandFor(press('n'), 'presenter')).toBe('otherNotes');
    expect(commandFor(press('a'), 'presenter')).toBe('audience');
  });
  it('binds no key twice within a view', () => {
    for (const view of ['deck', 'presenter'] as const) {
      const seen = new Map<string, DeckCommand>();
      for (const b of KEY_TABLE.filter((x) => x.views.includes(view))) {
        for (const spec of b.keys) {
          const id = `${spec.key.toLowerCase()}${spec.shift ? '+shift' : ''}`;
          expect(seen.get(id), `${view}: ${id}`).toBeUndefined();
          seen.set(id, b.command);
        }
      }
    }
  });
  it('finds every binding it lists', () => {
    for (const b of KEY_TABLE)
      for (const view of b.views)
        for (const spec of b.keys) {
          expect(commandFor(press(spec.key, { shiftKey: spec.shift }), view)).toBe(b.command);
        }
  });
});

describe('keys the focused element keeps', () => {
  it('gives form fields every key but Escape', () => {
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT']) {
      expect(keyBelongsToTarget({ tagName }, 'ArrowRight')).toBe(true);
      expect(keyBelongsToTarget({ tagName }, 'b')).toBe(true);
      expect(keyBelongsToTarget({ tagName }, 'Escape')).toBe(false);
    }
    expect(keyBelongsToTarget({ tagName: 'DIV', isContentEditable: true }, ' ')).toBe(true);
    expect(keyBelongsToTarget({ tagName: 'DIV', role: 'slider' }, 'ArrowLeft')).toBe(true);
  });
  it('gives buttons, links and summaries Space and Enter only', () => {
    for (const tagName of ['BUTTON', 'a', 'SUMMARY']) {
      expect(keyBelongsToTarget({ tagName }, ' ')).toBe(true);
      expect(keyBelongsToTarget({ tagName }, 'Enter')).toBe(true);
      expect(keyBelongsToTarget({ tagName }, 'ArrowRight')).toBe(false);
    }
    expect(keyBelongsToTarget({ tagName: 'DIV', role: 'button' }, 'Enter')).toBe(true);
  });
  it('lets a focused scrolling slide keep ↑ and ↓', () => {
    expect(keyBelongsToTarget({ tagName: 'DIV', scrollable: true }, 'ArrowDown')).toBe(true);
    expect(keyBelongsToTarget({ tagName: 'DIV', scrollable: true }, 'ArrowRight')).toBe(false);
    expect(keyBelongsToTarget({ tagName: 'DIV' }, 'ArrowDown')).toBe(false);
  });
  it('gives nothing to plain elements or no element', () => {
    expect(keyBelongsToTarget({ tagName: 'BODY' }, ' ')).toBe(false);
    expect(keyBelongsToTarget(null, 'Enter')).toBe(false);
  });
});

describe('the help overlay rows', () => {
  const names: Record<KeyNameId, string> = {
    space: 'Space',
    enter: 'Enter',
    escape: 'Esc',
    home: 'Home',
    end: 'End',
    pageUp: 'PgUp',
    pageDown: 'PgDn',
    shift: 'Shift',
  };
  it('lists every command of the view once, digits folded into "jump"', () => {
    const deck = helpRows('deck').map((r) => r.command);
    expect(new Set(deck).size).toBe(deck.length);
    expect(deck).toContain('jump');
    expect(deck).not.toContain('digit');
    expect(deck).toContain('fullscreen');
    expect(helpRows('presenter').map((r) => r.command)).toContain('timer');
  });
  it('writes keys in the page language', () => {
    expect(keyLabel({ key: ' ' }, names)).toBe('Space');
    expect(keyLabel({ key: ' ', shift: true }, names)).toBe('Shift + Space');
    expect(keyLabel({ key: 'ArrowRight' }, names)).toBe('→');
    expect(keyLabel({ key: 'o' }, names)).toBe('O');
    expect(keyLabel({ key: 'PageDown' }, { ...names, pageDown: '下翻页' })).toBe('下翻页');
    expect(keyLabel({ key: 'F13' }, names)).toBe('F13');
  });
});
