import { beforeEach, describe, expect, it } from 'vitest';
import {
  $classModePref,
  $deck,
  decodeClassMode,
  deckCommand,
  initDeck,
  navigateDeck,
  onDeckCommand,
  setDeck,
} from '../../src/stores/deck.ts';

const shape = { ids: ['intro', 'steps', 'end'], steps: [0, 2, 0] };

beforeEach(() => {
  $classModePref.set('off');
  initDeck(shape);
});

describe('$deck', () => {
  it('starts at a given position, class mode from the remembered preference', () => {
    $classModePref.set('on');
    initDeck(shape, { slide: 1, step: 1 });
    expect($deck.get()).toMatchObject({ ids: shape.ids, slide: 1, step: 1, classMode: true });
  });

  it('runs key commands and tells listeners, even commands it does not handle itself', () => {
    const heard: string[] = [];
    const off = onDeckCommand((c) => heard.push(c));
    deckCommand('next');
    deckCommand('digit', '3');
    deckCommand('jump');
    deckCommand('fullscreen');
    off();
    deckCommand('prev');
    expect(heard).toEqual(['next', 'digit', 'jump', 'fullscreen']);
    expect($deck.get()).toMatchObject({ slide: 1, step: 2, jump: '' });
  });

  it('notifies subscribers only on real changes', () => {
    let calls = 0;
    const off = $deck.listen(() => calls++);
    deckCommand('prev');
    navigateDeck({ type: 'first' });
    setDeck((s) => s);
    expect(calls).toBe(0);
    navigateDeck({ type: 'goto', slide: 1, step: 'end' });
    expect(calls).toBe(1);
    expect($deck.get()).toMatchObject({ slide: 1, step: 2 });
    off();
  });

  it('remembers class mode whenever it changes, from a key or from another window', () => {
    deckCommand('classMode');
    expect($classModePref.get()).toBe('on');
    setDeck((s) => ({ ...s, classMode: false }));
    expect($classModePref.get()).toBe('off');
  });

  it('reads a damaged or foreign stored class mode as off', () => {
    expect(decodeClassMode('on')).toBe('on');
    for (const raw of ['off', undefined, '', 'ON', '{"x"', 'true', '1'])
      expect(decodeClassMode(raw), String(raw)).toBe('off');
  });
});
