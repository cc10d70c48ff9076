/** Geometry of the deck: scaling slides to a box, shrinking text to fit, reading swipes. */
import { CANVAS_HEIGHT, CANVAS_WIDTH } from './deck-ink.ts';

/** The scale at which a 16:9 slide fills a box without overflowing it (letterboxed). */
export function stageScale(width: number, height: number): number {
  if (!(width > 0) || !(height > 0)) return 0;
  return Math.min(width / CANVAS_WIDTH, height / CANVAS_HEIGHT);
}

/**
 * The largest text scale in [min, 1] at which a slide's content fits, found by halving the
 * interval; `fits(scale)` lays the slide out at that scale and says whether it fits. When even
 * the smallest does not fit, the smallest is used and the slide scrolls.
 */
export function fitTextScale(fits: (scale: number) => boolean, min = 0.6, iterations = 6): number {
  if (fits(1)) return 1;
  if (!fits(min)) return min;
  let lo = min;
  let hi = 1;
  for (let i = 0; i < iterations; i++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return Math.floor(lo * 1000) / 1000;
}

export type SwipeDirection = 'next' | 'prev' | null;

/**
 * A finished touch gesture as navigation: a quick, mostly horizontal move of at least
 * `threshold` px. Swiping left (finger moves left) goes forward, as on a phone's photo viewer.
 */
export function swipeDirection(
  dx: number,
  dy: number,
  durationMs: number,
  threshold = 50,
): SwipeDirection {
  if (durationMs > 1000 || Math.abs(dx) < threshold || Math.abs(dx) < Math.abs(dy) * 1.5)
    return null;
  return dx < 0 ? 'next' : 'prev';
}
