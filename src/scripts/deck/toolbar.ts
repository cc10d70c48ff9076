/** Toolbar controller: buttons send their `data-command`; toggles show their state with aria-pressed. */
import { $deck, deckCommand } from '../../stores/deck.ts';
import type { DeckCommand } from '../../lib/deck-keys.ts';
import type { DeckState } from '../../lib/deck-state.ts';
import type { Controller } from './context.ts';

const PRESSED: Partial<Record<DeckCommand, (s: DeckState) => boolean>> = {
  laser: (s) => s.tool === 'laser',
  draw: (s) => s.tool === 'draw',
  blank: (s) => s.blank,
  classMode: (s) => s.classMode,
  reveal: (s) => s.revealed.includes(s.ids[s.slide]),
  otherNotes: (s) => s.otherNotes,
  fullscreen: () => !!document.fullscreenElement,
};

export const mountToolbar: Controller = () => {
  const onClick = (e: MouseEvent) => {
    // A click on the blank screen brings the slide back.
    if ((e.target as Element | null)?.closest('[data-blank]')) return deckCommand('blank');
    const button = (e.target as Element | null)?.closest<HTMLElement>('[data-command]');
    if (!button || (button as HTMLButtonElement).disabled) return;
    deckCommand(button.dataset.command as DeckCommand);
  };
  document.addEventListener('click', onClick);
  const render = () => {
    const s = $deck.get();
    for (const b of document.querySelectorAll<HTMLButtonElement>('[data-command]')) {
      const pressed = PRESSED[b.dataset.command as DeckCommand];
      if (pressed) b.setAttribute('aria-pressed', String(pressed(s)));
      if (b.dataset.command === 'reveal') b.disabled = !s.classMode;
    }
  };
  const unsubscribe = $deck.subscribe(render);
  document.addEventListener('fullscreenchange', render);
  return () => {
    document.removeEventListener('click', onClick);
    document.removeEventListener('fullscreenchange', render);
    unsubscribe();
  };
};
