/** List moves for ordering and drag-and-drop. Pure. */

/** Returns a new list with the item at `from` moved to `to` (indices clamped). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || from >= out.length) return out;
  const target = Math.max(0, Math.min(out.length - 1, to));
  const [item] = out.splice(from, 1);
  out.splice(target, 0, item);
  return out;
}

/**
 * Where a dragged item lands: the index among the other items' vertical midpoints that the
 * pointer has passed. `mids` are the midpoints of every item in current order (including the
 * dragged one, at `from`).
 */
export function dropIndex(pointerY: number, mids: readonly number[], from: number): number {
  let index = 0;
  mids.forEach((mid, i) => {
    if (i !== from && pointerY > mid) index++;
  });
  return index;
}
