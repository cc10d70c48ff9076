/**
 * URL controller: the fragment always names the slide and step (`#/section-id/2`). A new slide
 * adds a history entry, a new step replaces it, so Back returns to the previous slide as it was
 * left; reload, Back/Forward and shared links all land on the named place.
 */
import { $deck, navigateDeck } from '../../stores/deck.ts';
import { formatDeckHash, parseDeckHash } from '../../lib/deck-nav.ts';
import type { Controller } from './context.ts';

export const mountUrl: Controller = () => {
  let lastSlide = -1;
  const unsubscribe = $deck.subscribe((s) => {
    const hash = formatDeckHash(s, s);
    if (hash && hash !== location.hash) {
      const url = location.pathname + location.search + hash;
      if (lastSlide !== -1 && lastSlide !== s.slide) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    lastSlide = s.slide;
  });
  const follow = () => {
    const s = $deck.get();
    const pos = parseDeckHash(s, location.hash);
    if (pos) navigateDeck({ type: 'goto', slide: pos.slide, step: pos.step });
  };
  addEventListener('popstate', follow);
  addEventListener('hashchange', follow);
  return () => {
    unsubscribe();
    removeEventListener('popstate', follow);
    removeEventListener('hashchange', follow);
  };
};
