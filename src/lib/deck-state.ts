/**
 * Everything a deck window shows, and how each key command changes it. Pure: the `$deck` store
 * holds one of these and the controllers render it; commands with outside effects (opening a
 * window, fullscreen, the presenter's timer) are left to the controllers that own them.
 */
import type { DeckCommand } from './deck-keys.ts';
import type { Stroke } from './deck-ink.ts';
import type { SharedState } from './deck-sync.ts';
import {
  appendDigit,
  clampPosition,
  jumpTarget,
  navigate,
  type DeckShape,
  type NavAction,
} from './deck-nav.ts';

export type DeckTool = 'none' | 'laser' | 'draw';

export interface DeckState extends DeckShape {
  slide: number;
  step: number;
  overview: boolean;
  help: boolean;
  blank: boolean;
  tool: DeckTool;
  /** The laser dot in slide coordinates, or null when not pointing. */
  laser: [number, number] | null;
  /** Drawings per slide (section id). */
  ink: Record<string, Stroke[]>;
  /** Quiz answers are held back until the lecturer reveals them, slide by slide. */
  classMode: boolean;
  revealed: string[];
  /** Digits typed towards "number then Enter". */
  jump: string;
  /** Presenter: also show the notes in the other language. */
  otherNotes: boolean;
}

export function initialDeckState(shape: DeckShape, partial: Partial<DeckState> = {}): DeckState {
  const base: DeckState = {
    ids: shape.ids,
    steps: shape.steps,
    slide: 0,
    step: 0,
    overview: false,
    help: false,
    blank: false,
    tool: 'none',
    laser: null,
    ink: {},
    classMode: false,
    revealed: [],
    jump: '',
    otherNotes: false,
    ...partial,
  };
  return { ...base, ...clampPosition(base, base) };
}

/** The state after a move; leaving a slide drops the laser dot and any half-typed number. */
export function moveTo(state: DeckState, action: NavAction): DeckState {
  const pos = navigate(state, state, action);
  const left = pos.slide !== state.slide;
  if (!left && pos.step === state.step && state.jump === '') return state;
  return { ...state, ...pos, jump: '', laser: left ? null : state.laser };
}

const NAV: Partial<Record<DeckCommand, NavAction['type']>> = {
  next: 'next',
  prev: 'prev',
  nextSlide: 'nextSlide',
  prevSlide: 'prevSlide',
  first: 'first',
  last: 'last',
};

const currentId = (s: DeckState) => s.ids[s.slide] ?? '';

function toggleTool(state: DeckState, tool: DeckTool): DeckState {
  const next = state.tool === tool ? 'none' : tool;
  return { ...state, tool: next, laser: next === 'laser' ? state.laser : null };
}

/** What Escape closes first: the help, then the overview, a typed number, a tool; else it opens the overview. */
function escape(state: DeckState): DeckState {
  if (state.help) return { ...state, help: false };
  if (state.overview) return { ...state, overview: false };
  if (state.jump) return { ...state, jump: '' };
  if (state.tool !== 'none') return { ...state, tool: 'none', laser: null };
  return { ...state, overview: true };
}

/** The state after a command; `key` is the key pressed (for digits). Unknown commands change nothing. */
export function reduceCommand(state: DeckState, command: DeckCommand, key = ''): DeckState {
  const nav = NAV[command];
  if (nav) return moveTo(state, { type: nav } as NavAction);
  switch (command) {
    case 'digit':
      return { ...state, jump: appendDigit(state.jump, key) };
    case 'jump': {
      const target = jumpTarget(state.jump, state.ids.length);
      const cleared = { ...state, jump: '' };
      return target === null ? cleared : moveTo(cleared, { type: 'goto', slide: target });
    }
    case 'overview':
      return { ...state, overview: !state.overview, help: false };
    case 'help':
      return { ...state, help: !state.help };
    case 'escape':
      return escape(state);
    case 'blank':
      return { ...state, blank: !state.blank };
    case 'laser':
      return toggleTool(state, 'laser');
    case 'draw':
      return toggleTool(state, 'draw');
    case 'clear': {
      const id = currentId(state);
      if (!state.ink[id]?.length) return state;
      const ink = { ...state.ink };
      delete ink[id];
      return { ...state, ink };
    }
    case 'classMode':
      return { ...state, classMode: !state.classMode };
    case 'reveal': {
      const id = currentId(state);
      const revealed = state.revealed.includes(id)
        ? state.revealed.filter((r) => r !== id)
        : [...state.revealed, id];
      return { ...state, revealed };
    }
    case 'otherNotes':
      return { ...state, otherNotes: !state.otherNotes };
    default:
      return state;
  }
}

/** Whether quiz answers on the current slide are held back. */
export const answersHeld = (state: DeckState, slide = state.slide) =>
  state.classMode && !state.revealed.includes(state.ids[slide] ?? '');

/** The part of the state every window of the deck shares. */
export function sharedOf(state: DeckState): SharedState {
  return {
    id: currentId(state),
    step: state.step,
    blank: state.blank,
    classMode: state.classMode,
    revealed: state.revealed,
  };
}

/** Applies what another window shares; an unknown slide id leaves the position alone. */
export function applyShared(state: DeckState, shared: SharedState): DeckState {
  const slide = state.ids.indexOf(shared.id);
  const pos =
    slide < 0
      ? { slide: state.slide, step: state.step }
      : clampPosition(state, { slide, step: shared.step });
  const revealed = shared.revealed.filter((id) => state.ids.includes(id));
  return {
    ...state,
    ...pos,
    blank: shared.blank,
    classMode: shared.classMode,
    revealed,
    laser: pos.slide === state.slide ? state.laser : null,
  };
}
