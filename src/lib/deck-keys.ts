/**
 * Deck key bindings as data. The keyboard controller looks keys up here, and the help overlay
 * (`?`) is rendered from the same table, so the two can never disagree. Presentation clickers
 * send PageDown / PageUp (some also "." or "b" for a blank screen), so those are bound too.
 */

export type DeckView = 'deck' | 'presenter';

export type DeckCommand =
  | 'next'
  | 'prev'
  | 'nextSlide'
  | 'prevSlide'
  | 'first'
  | 'last'
  | 'digit'
  | 'jump'
  | 'overview'
  | 'escape'
  | 'help'
  | 'fullscreen'
  | 'blank'
  | 'laser'
  | 'draw'
  | 'clear'
  | 'classMode'
  | 'reveal'
  | 'presenter'
  | 'audience'
  | 'otherNotes'
  | 'timer';

export type KeyGroup = 'navigate' | 'view' | 'tools' | 'presenter';

export interface KeySpec {
  /** `KeyboardEvent.key`; letters in lower case match either case. */
  key: string;
  /** Only with Shift held (otherwise Shift must not be held, except for letters and symbols). */
  shift?: boolean;
}

export interface KeyBinding {
  command: DeckCommand;
  group: KeyGroup;
  keys: readonly KeySpec[];
  views: readonly DeckView[];
}

const both: DeckView[] = ['deck', 'presenter'];
const k = (key: string, shift?: boolean): KeySpec => (shift ? { key, shift } : { key });
const digits = '0123456789'.split('').map((d) => k(d));

export const KEY_TABLE: readonly KeyBinding[] = [
  {
    command: 'next',
    group: 'navigate',
    keys: [k('ArrowRight'), k(' '), k('PageDown')],
    views: both,
  },
  {
    command: 'prev',
    group: 'navigate',
    keys: [k('ArrowLeft'), k(' ', true), k('PageUp')],
    views: both,
  },
  { command: 'nextSlide', group: 'navigate', keys: [k('ArrowDown')], views: both },
  { command: 'prevSlide', group: 'navigate', keys: [k('ArrowUp')], views: both },
  { command: 'first', group: 'navigate', keys: [k('Home')], views: both },
  { command: 'last', group: 'navigate', keys: [k('End')], views: both },
  { command: 'digit', group: 'navigate', keys: digits, views: both },
  { command: 'jump', group: 'navigate', keys: [k('Enter')], views: both },
  { command: 'overview', group: 'view', keys: [k('o')], views: both },
  { command: 'escape', group: 'view', keys: [k('Escape')], views: both },
  { command: 'help', group: 'view', keys: [k('?'), k('h')], views: both },
  { command: 'fullscreen', group: 'view', keys: [k('f')], views: ['deck'] },
  { command: 'blank', group: 'view', keys: [k('b'), k('.')], views: both },
  { command: 'laser', group: 'tools', keys: [k('l')], views: both },
  { command: 'draw', group: 'tools', keys: [k('d')], views: both },
  { command: 'clear', group: 'tools', keys: [k('c')], views: both },
  { command: 'classMode', group: 'tools', keys: [k('k')], views: both },
  { command: 'reveal', group: 'tools', keys: [k('r')], views: both },
  { command: 'presenter', group: 'presenter', keys: [k('p')], views: ['deck'] },
  { command: 'audience', group: 'presenter', keys: [k('a')], views: ['presenter'] },
  { command: 'otherNotes', group: 'presenter', keys: [k('n')], views: ['presenter'] },
  { command: 'timer', group: 'presenter', keys: [k('t')], views: ['presenter'] },
];

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

function matches(spec: KeySpec, e: KeyInput): boolean {
  if (spec.key.length === 1 && /[a-z]/.test(spec.key)) return e.key.toLowerCase() === spec.key;
  if (e.key !== spec.key) return false;
  // Symbols such as "?" need Shift on most layouts, so Shift only matters where the spec says.
  if (spec.key.length === 1 && spec.key !== ' ') return true;
  return !!spec.shift === !!e.shiftKey;
}

/** The command a key press means in this view; none with Ctrl, Alt or Meta (browser shortcuts). */
export function commandFor(
  e: KeyInput,
  view: DeckView,
  table: readonly KeyBinding[] = KEY_TABLE,
): DeckCommand | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
  return table.find((b) => b.views.includes(view) && b.keys.some((spec) => matches(spec, e)))
    ?.command;
}

export interface KeyTarget {
  tagName: string;
  /** `type` of an input element. */
  type?: string;
  isContentEditable?: boolean;
  /** ARIA role, for custom widgets that handle their own keys. */
  role?: string | null;
  /** A scrolling region (an overfull slide): it keeps ↑ and ↓ to scroll. */
  scrollable?: boolean;
}

const OWN_KEYS_ROLES =
  /^(textbox|combobox|listbox|slider|spinbutton|radiogroup|radio|menu|menuitem|tab|grid|tree)$/;

/**
 * Whether the focused element should keep a key for itself: form fields and custom widgets keep
 * every key but Escape (so a lecturer typing in a widget never turns the slide), and buttons,
 * links and disclosure summaries keep Space and Enter, which activate them, and a focused
 * scrolling region keeps ↑ and ↓.
 */
export function keyBelongsToTarget(target: KeyTarget | null, key: string): boolean {
  if (!target) return false;
  const tag = target.tagName.toUpperCase();
  const field =
    /^(INPUT|TEXTAREA|SELECT)$/.test(tag) ||
    !!target.isContentEditable ||
    OWN_KEYS_ROLES.test(target.role ?? '');
  if (field) return key !== 'Escape';
  if (target.scrollable && (key === 'ArrowUp' || key === 'ArrowDown')) return true;
  const activates =
    /^(BUTTON|A|SUMMARY)$/.test(tag) || target.role === 'button' || target.role === 'link';
  return activates && (key === ' ' || key === 'Enter');
}

/** Rows of the help overlay for a view: each command once, with the keys that trigger it. */
export function helpRows(view: DeckView, table: readonly KeyBinding[] = KEY_TABLE) {
  return table.filter((b) => b.views.includes(view) && b.command !== 'digit');
}

/** Special keys whose names are translated; everything else is shown as printed on the key. */
export type KeyNameId =
  'space' | 'enter' | 'escape' | 'home' | 'end' | 'pageUp' | 'pageDown' | 'shift';

const SYMBOLS: Record<string, string> = {
  ArrowRight: '→',
  ArrowLeft: '←',
  ArrowUp: '↑',
  ArrowDown: '↓',
};
const NAMED: Record<string, KeyNameId> = {
  ' ': 'space',
  Enter: 'enter',
  Escape: 'escape',
  Home: 'home',
  End: 'end',
  PageUp: 'pageUp',
  PageDown: 'pageDown',
};

/** How a key is written in the help overlay, e.g. "Shift + Space" or "O", in the page language. */
export function keyLabel(spec: KeySpec, names: Record<KeyNameId, string>): string {
  const base =
    SYMBOLS[spec.key] ??
    (NAMED[spec.key]
      ? names[NAMED[spec.key]]
      : spec.key.length === 1
        ? spec.key.toUpperCase()
        : spec.key);
  return spec.shift ? `${names.shift} + ${base}` : base;
}
