/**
 * Windows controller: `P` (or the button) opens the presenter view, and the presenter's `A`
 * opens the audience deck, each at the current slide and step; sync does the rest. A presenter
 * opened from the deck brings that deck back to the front instead of opening another.
 */
import { onDeckCommand } from '../../stores/deck.ts';
import { announce, type Controller, type DeckContext } from './context.ts';

function openerDeck(ctx: DeckContext): Window | null {
  try {
    const w = window.opener as Window | null;
    return w && !w.closed && w.document.querySelector(`[data-deck="deck"][data-slug="${ctx.slug}"]`)
      ? w
      : null;
  } catch {
    return null; // another origin
  }
}

export const mountWindows: Controller = (ctx) =>
  onDeckCommand((command) => {
    if (command !== 'presenter' && command !== 'audience') return;
    const existing = command === 'audience' ? openerDeck(ctx) : null;
    if (existing) {
      existing.focus();
      return;
    }
    const url = (command === 'presenter' ? ctx.presenterUrl : ctx.audienceUrl) + location.hash;
    const win = window.open(url, `deck-${command}-${ctx.slug}`);
    if (win) win.focus();
    else announce(ctx, ctx.t('deck.popupBlocked'));
  });
