/** Starts a deck page: reads its slides, sets `$deck` from the URL, mounts the controllers. */
import { initDeck } from '../../stores/deck.ts';
import { parseDeckHash } from '../../lib/deck-nav.ts';
import { readContext, type Controller, type DeckContext } from './context.ts';

export function startDeck(controllers: Controller[]): DeckContext | null {
  const root = document.querySelector<HTMLElement>('[data-deck]');
  if (!root) return null;
  const ctx = readContext(root);
  const shape = { ids: ctx.ids, steps: ctx.fragments.map((f) => f.length) };
  const pos = parseDeckHash(shape, location.hash) ?? { slide: 0, step: 0 };
  initDeck(shape, pos);
  for (const mount of controllers) mount(ctx);
  root.dataset.ready = '';
  return ctx;
}
