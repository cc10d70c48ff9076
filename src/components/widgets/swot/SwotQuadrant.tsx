/** One SWOT quadrant: its items (edit in place, move up or down, delete) and a field to add one. */
import { useState } from 'preact/hooks';
import { addItem, editItem, MAX_ITEMS, MAX_TEXT, moveItem, removeItem, type Quadrant, type SwotState } from '../../../lib/swot.ts';
import { fill } from '../../../lib/widget-text.ts';
import { useFocusLater } from '../shared/use-focus-later.ts';
import type { SwotStrings } from './strings.ts';
import { subHeading, type HeadingLevel } from '../shared/sub-heading.ts';

interface Props {
  q: Quadrant;
  state: SwotState;
  update: (rule: (s: SwotState) => SwotState) => void;
  t: SwotStrings;
  uid: string;
  level?: HeadingLevel;
  announce: (message: string) => void;
}

export function SwotQuadrant({ q, state, update, t, uid, announce, level }: Props) {
  const Sub = subHeading(level);
  const [draft, setDraft] = useState('');
  const focusLater = useFocusLater();
  const items = state.items[q];
  const name = t.quadrants[q];
  const id = (itemId: string, part: string) => `${uid}-${itemId}-${part}`;
  const newId = `${uid}-${q}-new`;

  const add = (e: Event) => {
    e.preventDefault();
    if (!draft.trim()) return;
    if (items.length >= MAX_ITEMS) return announce(t.full);
    update((s) => addItem(s, q, draft));
    setDraft('');
    announce(fill(t.added, { quadrant: name }));
  };
  const move = (itemId: string, index: number, delta: -1 | 1) => {
    const to = index + delta;
    update((s) => moveItem(s, itemId, delta));
    // Keep focus on the pressed button unless it is now disabled at the end of the list.
    const part = to === 0 ? 'down' : to === items.length - 1 ? 'up' : delta < 0 ? 'up' : 'down';
    focusLater(id(itemId, part));
    announce(fill(t.moved, { n: to + 1 }));
  };
  const remove = (itemId: string, index: number) => {
    const neighbour = items[index + 1] ?? items[index - 1];
    update((s) => removeItem(s, itemId));
    focusLater(neighbour ? id(neighbour.id, 'text') : newId);
    announce(t.removed);
  };

  return (
    <section class={`swot-q swot-q--${q}`} aria-labelledby={`${uid}-${q}-h`}>
      <Sub id={`${uid}-${q}-h`} class="swot-q-title">
        <span class="swot-letter" aria-hidden="true">{q.toUpperCase()}</span>
        {name}
      </Sub>
      <p class="field-help">{t.hints[q]}</p>
      {items.length ? (
        <ol class="swot-items">
          {items.map((item, i) => (
            <li key={item.id} class="swot-item">
              <label class="visually-hidden" for={id(item.id, 'text')}>{fill(t.itemLabel, { quadrant: name, n: i + 1 })}</label>
              <textarea rows={1} class="grow" id={id(item.id, 'text')} value={item.text} maxLength={MAX_TEXT} onInput={(e) => update((s) => editItem(s, item.id, e.currentTarget.value))} />
              <button type="button" class="icon-button" id={id(item.id, 'up')} disabled={i === 0} aria-label={fill(t.moveUp, { text: item.text })} onClick={() => move(item.id, i, -1)}>
                <span aria-hidden="true">↑</span>
              </button>
              <button type="button" class="icon-button" id={id(item.id, 'down')} disabled={i === items.length - 1} aria-label={fill(t.moveDown, { text: item.text })} onClick={() => move(item.id, i, 1)}>
                <span aria-hidden="true">↓</span>
              </button>
              <button type="button" class="icon-button" aria-label={fill(t.remove, { text: item.text })} onClick={() => remove(item.id, i)}>
                <span aria-hidden="true">✕</span>
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <p class="swot-nothing">{t.nothing}</p>
      )}
      <form class="swot-add" onSubmit={add}>
        <label class="visually-hidden" for={newId}>{t.newItem[q]}</label>
        <input id={newId} value={draft} maxLength={MAX_TEXT} placeholder={t.newItem[q]} onInput={(e) => setDraft(e.currentTarget.value)} />
        <button type="submit" class="button">{t.add}</button>
      </form>
    </section>
  );
}
