/** Fullscreen controller: `F` or the button puts the whole deck page in fullscreen, and back. */
import { onDeckCommand } from '../../stores/deck.ts';
import type { Controller } from './context.ts';

export const mountScreen: Controller = () =>
  onDeckCommand((command) => {
    if (command !== 'fullscreen') return;
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    else document.documentElement.requestFullscreen?.().catch(() => {});
  });
