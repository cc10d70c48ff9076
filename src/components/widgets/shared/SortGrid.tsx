/**
 * Items to sort into places, one row per item. Each row is a radio group whose options are the
 * places (the first is "not placed"); the item's card sits in the chosen one. Three ways to move
 * a card: drag it sideways (mouse, pen or touch, through pointer events), click a place, or use
 * the arrow keys on the focused row (Home/End for the ends).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { columnAt, stepPlace, type Placement } from '../../../lib/sorting.ts';
import './sort-grid.css';

export interface GridPlace {
  id: string;
  label: string;
  /** Extra class on this place's cells (e.g. a line of visibility drawn before it). */
  cls?: string;
}
export interface GridItem {
  id: string;
  text: string;
}

interface Props {
  places: GridPlace[];
  items: GridItem[];
  placement: Placement;
  onPlace: (item: string, place: string) => void;
  /** After checking: item id → right (true) or wrong (false). */
  marks?: Record<string, boolean>;
  /** Item id → place the answer key wants, outlined after checking. */
  answer?: Record<string, string>;
  /** Controls shown beside a row, outside its radio group (e.g. fail-point toggles). */
  aside?: (item: GridItem) => ComponentChildren;
  /** A note under a row (e.g. the reason after checking). */
  note?: (item: GridItem) => ComponentChildren;
  /** Words for the ✓/✗ marks, read by screen readers. */
  rightLabel: string;
  wrongLabel: string;
  cls?: string;
}

interface Drag {
  item: string;
  x: number;
  y: number;
  moved: boolean;
}

export function SortGrid({ places, items, placement, onPlace, marks, answer, aside, note, rightLabel, wrongLabel, cls }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);
  // The click that ends a drag must not also count as a click on the card's old place.
  const quietUntil = useRef(0);
  const [hover, setHover] = useState<{ item: string; place: string } | null>(null);
  const focusNext = useRef<string | null>(null);
  const ids = places.map((p) => p.id);

  useEffect(() => {
    // After a keyboard move the card's new cell takes the focus (roving tab stop).
    if (!focusNext.current) return;
    root.current?.querySelector<HTMLElement>(`[data-item="${focusNext.current}"] [aria-checked="true"]`)?.focus();
    focusNext.current = null;
  });

  // The props catch up a moment after a move (stores re-render on the next tick); a key pressed in
  // between must start from where the card went, not from where it was.
  const pending = useRef<Record<string, string>>({});
  for (const [k, v] of Object.entries(pending.current)) if ((placement[k] ?? '') === v) delete pending.current[k];
  const placeOf = (item: string) => pending.current[item] ?? placement[item] ?? '';
  const move = (item: string, place: string, focus = false) => {
    if (focus) focusNext.current = item;
    if (place === placeOf(item)) return;
    pending.current[item] = place;
    onPlace(item, place);
  };
  const cellUnder = (item: string, x: number) => {
    const cells = [...(root.current?.querySelectorAll<HTMLElement>(`[data-item="${item}"] [role="radio"]`) ?? [])];
    const rects = cells.map((c) => c.getBoundingClientRect());
    return ids[columnAt(x, rects.map((r) => ({ left: r.left, width: r.width })))];
  };

  const keys = (item: string) => (e: KeyboardEvent) => {
    const current = placeOf(item);
    const to: Record<string, string> = {
      ArrowRight: stepPlace(ids, current, 1),
      ArrowDown: stepPlace(ids, current, 1),
      ArrowLeft: stepPlace(ids, current, -1),
      ArrowUp: stepPlace(ids, current, -1),
      Home: ids[0],
      End: ids[ids.length - 1],
    };
    if (!(e.key in to)) return;
    e.preventDefault();
    move(item, to[e.key], true);
  };

  const card = (item: GridItem) => (
    <span
      class="sg-card"
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
        drag.current = { item: item.id, x: e.clientX, y: e.clientY, moved: false };
      }}
      onPointerMove={(e) => {
        const d = drag.current;
        if (!d || d.item !== item.id) return;
        const dx = e.clientX - d.x;
        if (!d.moved && Math.abs(dx) + Math.abs(e.clientY - d.y) < 6) return;
        d.moved = true;
        (e.currentTarget as HTMLElement).style.transform = `translate(${dx}px, ${e.clientY - d.y}px)`;
        const place = cellUnder(item.id, e.clientX);
        if (hover?.place !== place) setHover({ item: item.id, place });
      }}
      onPointerUp={(e) => {
        const d = drag.current;
        (e.currentTarget as HTMLElement).style.transform = '';
        setHover(null);
        drag.current = null;
        if (!d?.moved) return;
        quietUntil.current = performance.now() + 400;
        move(item.id, cellUnder(item.id, e.clientX), true);
      }}
      onPointerCancel={(e) => {
        (e.currentTarget as HTMLElement).style.transform = '';
        drag.current = null;
        setHover(null);
      }}
    >
      {item.text}
    </span>
  );

  return (
    <div class={`sg ${cls ?? ''}`} ref={root} style={{ '--sg-cols': places.length }}>
      <div class="sg-head" aria-hidden="true">
        {places.map((p) => <span key={p.id} class={`sg-headcell ${p.cls ?? ''}`}>{p.label}</span>)}
      </div>
      <ul class="sg-rows" role="list">
        {items.map((item) => {
          const chosen = placeOf(item.id);
          const mark = marks?.[item.id];
          return (
            <li key={item.id} class="sg-row" data-item={item.id}>
              <div class="sg-line">
                <div class="sg-cells" role="radiogroup" aria-label={item.text} onKeyDown={keys(item.id)}>
                  {places.map((p) => {
                    const on = chosen === p.id;
                    const target = hover?.item === item.id && hover.place === p.id;
                    return (
                      <div
                        key={p.id}
                        role="radio"
                        aria-checked={on}
                        aria-label={p.label}
                        tabIndex={on ? 0 : -1}
                        data-place={p.id}
                        class={`sg-cell ${p.cls ?? ''}${target ? ' is-target' : ''}${answer?.[item.id] === p.id ? ' is-answer' : ''}`}
                        onClick={() => {
                          if (performance.now() > quietUntil.current) move(item.id, p.id, true);
                        }}
                      >
                        {on && card(item)}
                      </div>
                    );
                  })}
                </div>
                {aside?.(item)}
                <span class={`sg-mark${mark === undefined ? '' : mark ? ' is-right' : ' is-wrong'}`}>
                  {mark !== undefined && <span aria-hidden="true">{mark ? '✓' : '✗'}</span>}
                  {mark !== undefined && <span class="visually-hidden">{mark ? rightLabel : wrongLabel}</span>}
                </span>
              </div>
              {note?.(item)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
