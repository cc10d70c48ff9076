/**
 * Notes controller (presenter): the current slide's speaker notes, and on request the notes of
 * the same slide in the other language, taken from the other lesson rendered in a <template>.
 */
import { $deck } from '../../../stores/deck.ts';
import type { Controller } from '../context.ts';

function copyOf(source: Element | null | undefined): Node[] {
  if (!source) return [];
  const copy = source.cloneNode(true) as Element;
  for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
  for (const el of copy.querySelectorAll('[aria-describedby]'))
    el.removeAttribute('aria-describedby');
  for (const el of copy.querySelectorAll('.term-tip')) el.remove();
  return [...copy.childNodes];
}

export const mountNotes: Controller = (ctx) => {
  const current = ctx.root.querySelector<HTMLElement>('[data-notes-current]');
  const other = ctx.root.querySelector<HTMLElement>('[data-notes-other]');
  const template = ctx.root.querySelector<HTMLTemplateElement>('[data-other-notes]');
  if (!current) return;
  const none = () => {
    const p = document.createElement('p');
    p.className = 'notes-none';
    p.textContent = ctx.t('presenter.noNotes');
    return p;
  };
  let shown = '';
  return $deck.subscribe((s) => {
    const key = `${s.slide}:${s.otherNotes}`;
    if (key === shown) return;
    shown = key;
    const mine = copyOf(ctx.notes[s.slide]);
    current.replaceChildren(...(mine.length ? mine : [none()]));
    if (!other) return;
    other.hidden = !s.otherNotes;
    if (!s.otherNotes) return;
    const id = CSS.escape(ctx.ids[s.slide]);
    const theirs = copyOf(
      template?.content.querySelector(`[data-notes-for="${id}"] [data-notes-body]`),
    );
    other.replaceChildren(...(theirs.length ? theirs : [none()]));
  });
};
