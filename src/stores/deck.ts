/**
 * `$deck`: the one state every deck controller reads and writes (position, overview, tools,
 * drawings, class mode). Controllers never call each other: they dispatch commands here and
 * render what they see. Class mode is remembered per browser under a versioned key.
 */
import { atom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import type { DeckCommand } from '../lib/deck-keys.ts';
import type { NavAction } from '../lib/deck-nav.ts';
import { initialDeckState, moveTo, reduceCommand, type DeckState } from '../lib/deck-state.ts';

export const CLASS_MODE_KEY = 'deck:v1:class-mode';

/** Anything stored but "on" (missing, tampered, from an older version) reads as off. */
export const decodeClassMode = (raw: string | undefined): 'on' | 'off' =>
  raw === 'on' ? 'on' : 'off';

export const $classModePref = persistentAtom<'on' | 'off'>(CLASS_MODE_KEY, 'off', {
  encode: (v) => v,
  decode: decodeClassMode,
});

export const $deck = atom<DeckState>(initialDeckState({ ids: [], steps: [] }));

type CommandHandler = (command: DeckCommand) => void;
const handlers = new Set<CommandHandler>();

/** Starts a deck of this shape; class mode comes from the remembered preference. */
export function initDeck(
  shape: { ids: string[]; steps: number[] },
  partial: Partial<DeckState> = {},
) {
  $deck.set(initialDeckState(shape, { classMode: $classModePref.get() === 'on', ...partial }));
}

/** Runs a command: state commands change `$deck`; every command is also offered to listeners. */
export function deckCommand(command: DeckCommand, key = '') {
  const before = $deck.get();
  const after = reduceCommand(before, command, key);
  if (after !== before) setDeck(after);
  for (const h of handlers) h(command);
}

/** Listens for commands that act outside the state (fullscreen, opening windows, the timer). */
export function onDeckCommand(handler: CommandHandler): () => void {
  handlers.add(handler);
  return () => handlers.delete(handler);
}

export function navigateDeck(action: NavAction) {
  const before = $deck.get();
  const after = moveTo(before, action);
  if (after !== before) setDeck(after);
}

export function setDeck(next: DeckState | ((s: DeckState) => DeckState)) {
  const before = $deck.get();
  const value = typeof next === 'function' ? next(before) : next;
  if (value === before) return;
  $deck.set(value);
  if (value.classMode !== before.classMode) $classModePref.set(value.classMode ? 'on' : 'off');
}
