/**
 * Print controller: the print buttons choose the layout (slides, or a handout with the speaker
 * notes under each slide) and open the browser's print dialog. Printing with Ctrl+P, or a print
 * URL (`?print`, `?print=handout`), uses the same print styles: one slide per page, every step shown.
 */
import type { Controller } from './context.ts';

export const mountPrint: Controller = () => {
  const root = document.documentElement;
  const fromUrl = root.dataset.print;
  const restore = () => {
    if (fromUrl) root.dataset.print = fromUrl;
    else delete root.dataset.print;
  };
  const onClick = (e: MouseEvent) => {
    const button = (e.target as Element | null)?.closest<HTMLElement>('[data-print-button]');
    if (!button) return;
    root.dataset.print = button.dataset.printButton === 'handout' ? 'handout' : 'slides';
    print();
  };
  document.addEventListener('click', onClick);
  addEventListener('afterprint', restore);
  return () => {
    document.removeEventListener('click', onClick);
    removeEventListener('afterprint', restore);
  };
};
