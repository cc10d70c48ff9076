/**
 * The deck's navigation state machine. A deck is a list of slides, each with a number of
 * step-by-step reveals; a position is a slide and how many of its steps are shown (0 = none,
 * `steps[slide]` = all). Slides are named in URLs by their section id, which zh and en share,
 * so a link or a language switch lands on the same slide and step.
 */

export interface DeckPosition {
  slide: number;
  step: number;
}

export interface DeckShape {
  /** Section id of each slide, in order. */
  ids: readonly string[];
  /** Number of step reveals on each slide. */
  steps: readonly number[];
}

export type NavAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'nextSlide' }
  | { type: 'prevSlide' }
  | { type: 'first' }
  | { type: 'last' }
  /** To a slide; `step` defaults to 0, 'end' shows every step. */
  | { type: 'goto'; slide: number; step?: number | 'end' };

const stepsOf = (shape: DeckShape, slide: number) =>
  Math.max(0, Math.floor(shape.steps[slide] ?? 0));

/** The nearest valid position: slide within the deck, step within the slide. */
export function clampPosition(shape: DeckShape, pos: DeckPosition): DeckPosition {
  const count = shape.ids.length;
  if (count === 0) return { slide: 0, step: 0 };
  const slide = Number.isFinite(pos.slide)
    ? Math.min(count - 1, Math.max(0, Math.trunc(pos.slide)))
    : 0;
  const step = Number.isFinite(pos.step)
    ? Math.min(stepsOf(shape, slide), Math.max(0, Math.trunc(pos.step)))
    : 0;
  return { slide, step };
}

/**
 * Where an action leads. Forward reveals the next step, then moves to the next slide with none
 * shown; backward hides the last step, then returns to the previous slide with all shown, so
 * stepping back and forth always retraces the same states.
 */
export function navigate(shape: DeckShape, from: DeckPosition, action: NavAction): DeckPosition {
  const pos = clampPosition(shape, from);
  const last = shape.ids.length - 1;
  if (last < 0) return pos;
  switch (action.type) {
    case 'next':
      if (pos.step < stepsOf(shape, pos.slide)) return { slide: pos.slide, step: pos.step + 1 };
      return pos.slide < last ? { slide: pos.slide + 1, step: 0 } : pos;
    case 'prev':
      if (pos.step > 0) return { slide: pos.slide, step: pos.step - 1 };
      return pos.slide > 0 ? { slide: pos.slide - 1, step: stepsOf(shape, pos.slide - 1) } : pos;
    case 'nextSlide':
      return pos.slide < last
        ? { slide: pos.slide + 1, step: 0 }
        : { slide: last, step: stepsOf(shape, last) };
    case 'prevSlide':
      return pos.slide > 0 ? { slide: pos.slide - 1, step: 0 } : { slide: 0, step: 0 };
    case 'first':
      return { slide: 0, step: 0 };
    case 'last':
      return { slide: last, step: stepsOf(shape, last) };
    case 'goto': {
      const slide = clampPosition(shape, { slide: action.slide, step: 0 }).slide;
      const step = action.step === 'end' ? stepsOf(shape, slide) : (action.step ?? 0);
      return clampPosition(shape, { slide, step });
    }
  }
}

export const samePosition = (a: DeckPosition, b: DeckPosition) =>
  a.slide === b.slide && a.step === b.step;
export const atStart = (pos: DeckPosition) => pos.slide === 0 && pos.step === 0;
export function atEnd(shape: DeckShape, pos: DeckPosition): boolean {
  const last = shape.ids.length - 1;
  return pos.slide >= last && pos.step >= stepsOf(shape, Math.max(0, last));
}

/** The URL fragment naming a position: `#/section-id`, or `#/section-id/2` after two steps. */
export function formatDeckHash(shape: DeckShape, pos: DeckPosition): string {
  const id = shape.ids[pos.slide];
  if (id === undefined) return '';
  return pos.step > 0 ? `#/${id}/${pos.step}` : `#/${id}`;
}

/**
 * Reads a fragment: `#/id/step`, `#/id`, a plain section anchor `#id` (as the reading page and
 * search results link), or a slide number `#/3` (1-based). Unknown ids give null; a step beyond
 * the slide's last is clamped.
 */
export function parseDeckHash(shape: DeckShape, hash: string): DeckPosition | null {
  let raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    raw = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const parts = raw.replace(/^\//, '').split('/').filter(Boolean);
  if (parts.length === 0 || parts.length > 2) return null;
  let slide = shape.ids.indexOf(parts[0]);
  if (slide < 0 && /^\d+$/.test(parts[0])) slide = Number(parts[0]) - 1;
  if (slide < 0 || slide >= shape.ids.length) return null;
  const step = parts[1] === undefined ? 0 : /^\d+$/.test(parts[1]) ? Number(parts[1]) : NaN;
  if (Number.isNaN(step)) return null;
  return clampPosition(shape, { slide, step });
}

/** Digits typed before Enter ("a number then Enter jumps"): at most three are kept. */
export function appendDigit(buffer: string, digit: string): string {
  if (!/^\d$/.test(digit)) return buffer;
  return (buffer + digit).slice(-3);
}

/** The slide (0-based) a typed 1-based number names, or null when it names none. */
export function jumpTarget(buffer: string, slideCount: number): number | null {
  if (!/^\d+$/.test(buffer)) return null;
  const n = Number(buffer);
  return n >= 1 && n <= slideCount ? n - 1 : null;
}
