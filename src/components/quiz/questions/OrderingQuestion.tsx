/** Put in order: drag by pointer (mouse or touch), or move with the up/down buttons or Alt+arrows. */
import { useRef, useState } from 'preact/hooks';
import { dropIndex, moveItem } from '../../../lib/quiz/arrange.ts';
import type { Question } from '../../../schemas/quiz.ts';
import { mark, type QuestionViewProps } from '../types.tsx';

type OrderQ = Extract<Question, { type: 'ordering' }>;

export function OrderingQuestion({ question: q, lang, response: r, onChange, grade, locked, t, uid }: QuestionViewProps<OrderQ>) {
  const list = useRef<HTMLOListElement>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  if (r.type !== 'ordering') return null;
  const text = (id: string) => q.items.find((i) => i.id === id)?.text[lang] ?? id;
  const move = (from: number, to: number, focus = true) => {
    onChange({ type: 'ordering', order: moveItem(r.order, from, to) });
    if (focus) requestAnimationFrame(() => list.current?.querySelectorAll<HTMLElement>('[data-handle]')[Math.max(0, Math.min(r.order.length - 1, to))]?.focus());
  };

  const onPointerDown = (from: number) => (e: PointerEvent) => {
    if (locked) return;
    e.preventDefault();
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    setDragging(from);
  };
  const onPointerUp = (from: number) => (e: PointerEvent) => {
    if (dragging === null) return;
    setDragging(null);
    const items = [...(list.current?.children ?? [])] as HTMLElement[];
    const mids = items.map((el) => { const b = el.getBoundingClientRect(); return b.top + b.height / 2; });
    const to = dropIndex(e.clientY, mids, from);
    if (to !== from) move(from, to, false);
  };

  return (
    <>
      <p class="hint">{t('quiz.dragHint')}</p>
      <ol class="ordering" ref={list}>
        {r.order.map((id, i) => (
          <li key={id} class={`order-item${dragging === i ? ' is-dragging' : ''}${grade ? (grade.parts[id] ? ' is-right' : ' is-wrong') : ''}`}>
            <span
              class="drag-handle"
              data-handle
              tabIndex={locked ? -1 : 0}
              role="button"
              aria-label={`${text(id)}, ${t('quiz.position', { n: i + 1 })}`}
              aria-describedby={`${uid}-order-help`}
              onPointerDown={onPointerDown(i)}
              onPointerUp={onPointerUp(i)}
              onKeyDown={(e) => {
                if (locked || !e.altKey) return;
                if (e.key === 'ArrowUp') { e.preventDefault(); move(i, i - 1); }
                if (e.key === 'ArrowDown') { e.preventDefault(); move(i, i + 1); }
              }}
            >
              <span aria-hidden="true">⠿</span>
            </span>
            <span class="order-text">{text(id)}</span>
            {mark(grade?.parts[id], t)}
            <span class="order-buttons">
              <button type="button" class="icon-button" disabled={locked || i === 0} aria-label={`${t('quiz.moveUp')}: ${text(id)}`} onClick={() => move(i, i - 1)}>↑</button>
              <button type="button" class="icon-button" disabled={locked || i === r.order.length - 1} aria-label={`${t('quiz.moveDown')}: ${text(id)}`} onClick={() => move(i, i + 1)}>↓</button>
            </span>
          </li>
        ))}
      </ol>
      <p id={`${uid}-order-help`} class="visually-hidden">Alt + ↑ / ↓</p>
    </>
  );
}
