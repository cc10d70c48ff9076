/**
 * Sort into groups: drag a card onto a group (mouse, pen or touch), or pick its group from the
 * card's menu. A card that moves to another group keeps keyboard focus on its menu.
 */
import { useMemo, useState } from 'preact/hooks';
import { seededShuffle } from '../../../lib/quiz/random.ts';
import type { Question } from '../../../schemas/quiz.ts';
import { mark, useFocusAfterRender, type QuestionViewProps } from '../types.tsx';

type CatQ = Extract<Question, { type: 'categorise' }>;

/** The drop zone under a point: a group id, '' for the unsorted pool, null for none of this question's. */
function zoneAt(x: number, y: number, uid: string): string | null {
  for (const el of document.elementsFromPoint(x, y)) {
    const zone = (el as HTMLElement).closest?.<HTMLElement>('[data-zone]');
    if (zone && zone.dataset.uid === uid) return zone.dataset.zone ?? null;
  }
  return null;
}

export function CategoriseQuestion({ question: q, lang, response: r, onChange, grade, locked, seed, t, uid }: QuestionViewProps<CatQ>) {
  const items = useMemo(() => seededShuffle(q.items, seed), [q, seed]);
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const focusSoon = useFocusAfterRender();
  if (r.type !== 'categorise') return null;
  const selectId = (item: string) => `${uid}-cat-${item}`;
  const place = (item: string, group: string | undefined, keepFocus: boolean) => {
    onChange({ type: 'categorise', placement: { ...r.placement, [item]: group } });
    // The card is re-created in its new group; put focus back on its menu.
    if (keepFocus) focusSoon(selectId(item));
  };

  const card = (item: CatQ['items'][number]) => {
    const ok = grade?.parts[item.id];
    const id = selectId(item.id);
    return (
      <li
        key={item.id}
        class={`cat-card${dragging === item.id ? ' is-dragging' : ''}${ok === true ? ' is-right' : ok === false ? ' is-wrong' : ''}`}
        onPointerDown={(e) => {
          const target = e.target as HTMLElement;
          if (locked || target.closest('select')) return;
          // A finger drags by the handle only, so the rest of the card still scrolls the page.
          if (e.pointerType === 'touch' && !target.closest('.drag-handle')) return;
          (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
          setDragging(item.id);
        }}
        onPointerMove={(e) => {
          if (dragging === item.id) setOver(zoneAt(e.clientX, e.clientY, uid));
        }}
        onPointerUp={(e) => {
          if (dragging !== item.id) return;
          setDragging(null);
          setOver(null);
          const zone = zoneAt(e.clientX, e.clientY, uid);
          if (zone !== null) place(item.id, zone || undefined, false);
        }}
        onPointerCancel={() => {
          setDragging(null);
          setOver(null);
        }}
      >
        <span class="drag-handle" aria-hidden="true">⠿</span>
        <span class="cat-text" id={`${id}-label`}>{item.text[lang]}</span>
        {mark(ok, t)}
        <select
          id={id}
          value={r.placement[item.id] ?? ''}
          disabled={locked}
          aria-label={t('quiz.groupFor', { item: item.text[lang] })}
          onChange={(e) => place(item.id, (e.currentTarget as HTMLSelectElement).value || undefined, true)}
        >
          <option value="">{t('quiz.choose')}</option>
          {q.groups.map((g) => <option key={g.id} value={g.id}>{g.label[lang]}</option>)}
        </select>
      </li>
    );
  };

  const unplaced = items.filter((i) => !r.placement[i.id]);
  const zoneClass = (zone: string) => (dragging && over === zone ? ' is-over' : '');
  return (
    <div class="categorise">
      <p class="hint">{t('quiz.dragHint')}</p>
      <ul class={`cat-pool${zoneClass('')}`} data-zone="" data-uid={uid} role="list" aria-label={t('quiz.unsorted')}>{unplaced.map(card)}</ul>
      <div class="cat-groups">
        {q.groups.map((g) => (
          <div key={g.id} role="group" class={`cat-group${zoneClass(g.id)}`} data-zone={g.id} data-uid={uid} aria-labelledby={`${uid}-group-${g.id}`}>
            <p class="cat-group-title" id={`${uid}-group-${g.id}`}>{g.label[lang]}</p>
            <ul role="list" aria-labelledby={`${uid}-group-${g.id}`}>{items.filter((i) => r.placement[i.id] === g.id).map(card)}</ul>
          </div>
        ))}
      </div>
    </div>
  );
}
