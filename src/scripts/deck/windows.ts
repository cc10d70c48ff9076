/**
 * Windows controller: `P` (or the button) opens the presenter view, and the presenter's `A`
 * opens the audience deck, each at the current slide and step; sync does the rest.
 */
import { onDeckCommand } from '../../stores/deck.ts';
import { announce, type Controller } from './context.ts';

export const mountWindows: Controller = (ctx) =>
  onDeckCommand((command) => {
    if (command !== 'presenter' && command !== 'audience') return;
    const url = (command === 'presenter' ? ctx.presenterUrl : ctx.audienceUrl) + location.hash;
    const win = window.open(url, `deck-${command}-${ctx.slug}`);
    if (win) win.focus();
    else announce(ctx, ctx.t('deck.popupBlocked'));
  });
