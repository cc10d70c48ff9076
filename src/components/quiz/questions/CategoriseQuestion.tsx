/** Sort into groups: drag a card onto a group (mouse or touch), or pick its group from its menu. */
import { useMemo, useState } from 'preact/hooks';
import { seededShuffle } from '../../../lib/quiz/random.ts';
import type { Question } from '../../../schemas/quiz.ts';
import { mark, type QuestionViewProps } from '../types.tsx';

type CatQ = Extract<Question, { type: 'categorise' }>;

export function CategoriseQuestion({ question: q, lang, response: r, onChange, grade, locked, seed, t, uid }: QuestionViewProps<CatQ>) {
  const items = useMemo(() => seededShuffle(q.items, seed), [q, seed]);
  const [dragging, setDragging] = useState<string | null>(null);
  if (r.type !== 'categorise') return null;
  const place = (item: string, group: string | undefined) => onChange({ type: 'categorise', placement: { ...r.placement, [item]: group } });

  const card = (item: CatQ['items'][number]) => {
    const ok = grade?.parts[item.id];
    const id = `${uid}-cat-${item.id}`;
    return (
      <li
        key={item.id}
        class={`cat-card${dragging === item.id ? ' is-dragging' : ''}${ok === true ? ' is-right' : ok === false ? ' is-wrong' : ''}`}
        onPointerDown={(e) => {
          if (locked || (e.target as HTMLElement).closest('select')) return;
          (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
          setDragging(item.id);
        }}
        onPointerUp={(e) => {
          if (dragging !== item.id) return;
          setDragging(null);
          const zone = document.elementsFromPoint(e.clientX, e.clientY).map((el) => (el as HTMLElement).closest?.('[data-zone]')).find(Boolean) as HTMLElement | undefined;
          if (zone && zone.dataset.uid === uid) place(item.id, zone.dataset.zone || undefined);
        }}
      >
        <span class="cat-text" id={`${id}-label`}>{item.text[lang]}</span>
        {mark(ok, t)}
        <select
          id={id}
          value={r.placement[item.id] ?? ''}
          disabled={locked}
          aria-label={t('quiz.groupFor', { item: item.text[lang] })}
          onChange={(e) => place(item.id, (e.currentTarget as HTMLSelectElement).value || undefined)}
        >
          <option value="">{t('quiz.choose')}</option>
          {q.groups.map((g) => <option key={g.id} value={g.id}>{g.label[lang]}</option>)}
        </select>
      </li>
    );
  };

  const unplaced = items.filter((i) => !r.placement[i.id]);
  return (
    <div class="categorise">
      <p class="hint">{t('quiz.dragHint')}</p>
      <ul class="cat-pool" data-zone="" data-uid={uid} role="list">{unplaced.map(card)}</ul>
      <div class="cat-groups">
        {q.groups.map((g) => (
          <section key={g.id} class="cat-group" data-zone={g.id} data-uid={uid} aria-label={g.label[lang]}>
            <h4>{g.label[lang]}</h4>
            <ul role="list">{items.filter((i) => r.placement[i.id] === g.id).map(card)}</ul>
          </section>
        ))}
      </div>
    </div>
  );
}
