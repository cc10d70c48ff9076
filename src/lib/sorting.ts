/**
 * Sorting items into places (service elements into core / facilitating / supporting, script steps
 * into blueprint lanes, tactics onto retention bonds): the saved placement and its grade.
 * The empty string '' stands for "not placed yet".
 */
import { isRecord } from './widget-state.ts';

/** Item id → place id ('' or missing: not placed). */
export type Placement = Record<string, string>;

/** Keeps only entries naming a known item and a known place; anything else is dropped. */
export function cleanPlacement(raw: unknown, items: readonly string[], places: readonly string[]): Placement {
  const out: Placement = {};
  if (!isRecord(raw)) return out;
  for (const item of items) {
    const place = raw[item];
    if (typeof place === 'string' && places.includes(place)) out[item] = place;
  }
  return out;
}

export interface SortGrade {
  /** Item id → true (right place), false (wrong place); unplaced items are absent. */
  marks: Record<string, boolean>;
  right: number;
  wrong: number;
  unplaced: number;
  total: number;
}

/** Grades a placement against the answer key (item id → right place). */
export function gradeSort(answer: Readonly<Record<string, string>>, placement: Placement): SortGrade {
  const marks: Record<string, boolean> = {};
  let right = 0;
  let wrong = 0;
  let unplaced = 0;
  for (const [item, place] of Object.entries(answer)) {
    const chosen = placement[item];
    if (!chosen) {
      unplaced++;
      continue;
    }
    marks[item] = chosen === place;
    if (chosen === place) right++;
    else wrong++;
  }
  return { marks, right, wrong, unplaced, total: right + wrong + unplaced };
}

/** Moves one step along the places (for arrow keys), staying within the ends. */
export function stepPlace(places: readonly string[], current: string, delta: number): string {
  const i = Math.max(0, places.indexOf(current));
  return places[Math.min(places.length - 1, Math.max(0, i + delta))];
}

/** Which of the columns (left edges and widths) contains x; the nearest one when outside all. */
export function columnAt(x: number, columns: readonly { left: number; width: number }[]): number {
  let best = 0;
  let bestDistance = Infinity;
  columns.forEach((c, i) => {
    const distance = x < c.left ? c.left - x : x > c.left + c.width ? x - c.left - c.width : 0;
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  return best;
}
