/**
 * Keyboard controller: looks each key up in the key table and dispatches the command. Keys a
 * focused control needs stay with it; in the overview, arrows move between slides to pick one.
 */
import { $deck, deckCommand } from '../../stores/deck.ts';
import { commandFor, keyBelongsToTarget } from '../../lib/deck-keys.ts';
import type { Controller } from './context.ts';

function targetOf(e: KeyboardEvent) {
  const el = e.target instanceof HTMLElement ? e.target : null;
  if (!el) return null;
  return {
    tagName: el.tagName,
    type: (el as HTMLInputElement).type,
    isContentEditable: el.isContentEditable,
    role: el.getAttribute('role'),
    scrollable: el.hasAttribute('data-scrollable'),
  };
}

/** Arrow keys in the overview grid: move focus by one, or by a row. */
function moveInOverview(e: KeyboardEvent): boolean {
  const items = [...document.querySelectorAll<HTMLElement>('[data-overview-dialog] [data-goto]')];
  const at = items.indexOf(document.activeElement as HTMLElement);
  if (items.length === 0) return false;
  const top = items[0].getBoundingClientRect().top;
  const perRow = Math.max(
    1,
    items.filter((i) => Math.abs(i.getBoundingClientRect().top - top) < 4).length,
  );
  const moves: Record<string, number> = {
    ArrowRight: 1,
    ArrowLeft: -1,
    ArrowDown: perRow,
    ArrowUp: -perRow,
  };
  let to: number | undefined;
  if (e.key in moves)
    to = Math.min(items.length - 1, Math.max(0, (at < 0 ? 0 : at) + moves[e.key]));
  else if (e.key === 'Home') to = 0;
  else if (e.key === 'End') to = items.length - 1;
  if (to === undefined) return false;
  items[to].focus();
  return true;
}

export const mountKeyboard: Controller = (ctx) => {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.isComposing) return;
    if (keyBelongsToTarget(targetOf(e), e.key)) return;
    const command = commandFor(e, ctx.view);
    const s = $deck.get();
    if (s.overview && !e.ctrlKey && !e.metaKey && !e.altKey && moveInOverview(e)) {
      e.preventDefault();
      return;
    }
    if (!command) return;
    // With a dialog open, only the keys that close or switch it apply.
    if ((s.overview || s.help) && !['escape', 'overview', 'help'].includes(command)) return;
    if (command === 'jump' && !s.jump) return;
    e.preventDefault();
    deckCommand(command, e.key);
  };
  document.addEventListener('keydown', onKey);

  const jump = document.querySelector<HTMLElement>('[data-jump]');
  const unsubscribe = $deck.subscribe((s) => {
    if (jump) jump.textContent = s.jump ? ctx.t('deck.jumpTo', { n: s.jump }) : '';
  });
  return () => {
    document.removeEventListener('keydown', onKey);
    unsubscribe();
  };
};
