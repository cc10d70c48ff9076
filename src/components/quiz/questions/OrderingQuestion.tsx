/**
 * Put in order: drag the handle (mouse, pen or touch), or move with the ↑/↓ buttons, or focus the
 * handle and use the arrow keys. Each move is announced, and focus stays with the moved item.
 */
import { useRef, useState } from 'preact/hooks';
import { dropIndex, moveItem } from '../../../lib/quiz/arrange.ts';
import type { Question } from '../../../schemas/quiz.ts';
import { mark, useFocusAfterRender, type QuestionViewProps } from '../types.tsx';

type OrderQ = Extract<Question, { type: 'ordering' }>;
type Control = 'handle' | 'up' | 'down';

export function OrderingQuestion({ question: q, lang, response: r, onChange, grade, locked, t, uid }: QuestionViewProps<OrderQ>) {
  const list = useRef<HTMLOListElement>(null);
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const focusSoon = useFocusAfterRender();
  if (r.type !== 'ordering') return null;
  const text = (id: string) => q.items.find((i) => i.id === id)?.text[lang] ?? id;
  const total = r.order.length;

  const move = (from: number, to: number, focus: Control | null) => {
    const target = Math.max(0, Math.min(total - 1, to));
    if (target === from) return;
    onChange({ type: 'ordering', order: moveItem(r.order, from, target) });
    setAnnouncement(t('quiz.moved', { item: text(r.order[from]), n: target + 1, total }));
    if (!focus) return;
    // At the top or bottom the pressed button is disabled; its partner takes focus instead.
    const control = focus === 'up' && target === 0 ? 'down' : focus === 'down' && target === total - 1 ? 'up' : focus;
    focusSoon(`${uid}-order-${control}-${target}`);
  };

  const targetIndex = (from: number, y: number) => {
    const mids = [...(list.current?.children ?? [])].map((el) => { const b = el.getBoundingClientRect(); return b.top + b.height / 2; });
    return dropIndex(y, mids, from);
  };
  const onPointerDown = (from: number) => (e: PointerEvent) => {
    if (locked) return;
    e.preventDefault();
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    setDrag({ from, to: from });
  };
  const onPointerMove = (e: PointerEvent) => {
    if (drag) setDrag({ ...drag, to: targetIndex(drag.from, e.clientY) });
  };
  const onPointerUp = (e: PointerEvent) => {
    if (!drag) return;
    setDrag(null);
    move(drag.from, targetIndex(drag.from, e.clientY), null);
  };
  const dropClass = (i: number) => (!drag || drag.to === drag.from || i !== drag.to ? '' : drag.to < drag.from ? ' drop-before' : ' drop-after');

  return (
    <>
      <p class="hint">{t('quiz.dragHint')}</p>
      <ol class="ordering" ref={list}>
        {r.order.map((id, i) => (
          <li key={id} class={`order-item${drag?.from === i ? ' is-dragging' : ''}${dropClass(i)}${grade ? (grade.parts[id] ? ' is-right' : ' is-wrong') : ''}`}>
            <span
              class="drag-handle"
              id={`${uid}-order-handle-${i}`}
              data-handle
              tabIndex={locked ? -1 : 0}
              role="button"
              aria-disabled={locked ? 'true' : undefined}
              aria-label={`${text(id)}, ${t('quiz.position', { n: i + 1 })}`}
              aria-describedby={`${uid}-order-help`}
              onPointerDown={onPointerDown(i)}
              onPointerMove={onPointerMove}
              onPointerUp={onPointerUp}
              onPointerCancel={() => setDrag(null)}
              onKeyDown={(e) => {
                if (locked) return;
                // Plain arrows on the handle (it exists only to move the item); Alt+arrows as well.
                if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
                  e.preventDefault();
                  move(i, e.key === 'ArrowUp' ? i - 1 : i + 1, 'handle');
                }
              }}
            >
              <span aria-hidden="true">⠿</span>
            </span>
            <span class="order-text">{text(id)}</span>
            {mark(grade?.parts[id], t)}
            <span class="order-buttons">
              <button type="button" id={`${uid}-order-up-${i}`} class="icon-button" disabled={locked || i === 0} aria-label={`${t('quiz.moveUp')}: ${text(id)}`} onClick={() => move(i, i - 1, 'up')}>
                <span aria-hidden="true">↑</span>
              </button>
              <button type="button" id={`${uid}-order-down-${i}`} class="icon-button" disabled={locked || i === total - 1} aria-label={`${t('quiz.moveDown')}: ${text(id)}`} onClick={() => move(i, i + 1, 'down')}>
                <span aria-hidden="true">↓</span>
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p id={`${uid}-order-help`} class="visually-hidden">{t('quiz.orderHelp')}</p>
      <p class="visually-hidden" aria-live="polite" data-order-status>{announcement}</p>
    </>
  );
}
