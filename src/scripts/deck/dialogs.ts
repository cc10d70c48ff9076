/**
 * Overview and help controller: native modal dialogs (focus stays inside while open, Esc and the
 * close button leave, focus returns to where it was). Overview thumbnails are copies of the
 * slides, made when first opened; picking one goes to that slide.
 */
import { $deck, navigateDeck, setDeck } from '../../stores/deck.ts';
import { cloneSlide, type Controller } from './context.ts';
import { observeScale } from './scale.ts';

export const mountDialogs: Controller = (ctx) => {
  const overview = ctx.root.querySelector<HTMLDialogElement>('[data-overview-dialog]');
  const help = ctx.root.querySelector<HTMLDialogElement>('[data-help-dialog]');
  let thumbsMade = false;

  const makeThumbs = () => {
    if (thumbsMade || !overview) return;
    thumbsMade = true;
    overview.querySelectorAll<HTMLElement>('[data-thumb]').forEach((thumb, i) => {
      const slide = ctx.slides[i];
      if (!slide) return;
      const canvas = document.createElement('div');
      canvas.className = 'thumb-canvas';
      canvas.append(cloneSlide(slide));
      thumb.append(canvas);
      observeScale(thumb);
    });
  };

  const sync = (dialog: HTMLDialogElement | null, open: boolean, onOpen?: () => void) => {
    if (!dialog || dialog.open === open) return;
    if (open) {
      dialog.showModal();
      onOpen?.();
    } else dialog.close();
  };

  const unsubscribe = $deck.subscribe((s) => {
    sync(overview, s.overview, () => {
      makeThumbs();
      const items = overview!.querySelectorAll<HTMLElement>('[data-goto]');
      items.forEach((a, i) =>
        i === s.slide ? a.setAttribute('aria-current', 'true') : a.removeAttribute('aria-current'),
      );
      items[s.slide]?.focus();
      items[s.slide]?.scrollIntoView({ block: 'nearest' });
    });
    sync(help, s.help);
  });

  // Closed by the browser (Esc) or a close button: the store follows.
  overview?.addEventListener(
    'close',
    () => $deck.get().overview && setDeck((s) => ({ ...s, overview: false })),
  );
  help?.addEventListener(
    'close',
    () => $deck.get().help && setDeck((s) => ({ ...s, help: false })),
  );
  for (const dialog of [overview, help]) {
    dialog?.addEventListener('click', (e) => {
      // A click on the backdrop (the dialog element itself, outside its content) closes it.
      if (e.target === dialog || (e.target as Element).closest('[data-close-dialog]'))
        dialog.close();
    });
  }
  overview?.addEventListener('click', (e) => {
    const link = (e.target as Element).closest<HTMLElement>('[data-goto]');
    if (!link) return;
    e.preventDefault();
    navigateDeck({ type: 'goto', slide: Number(link.dataset.goto) });
    overview.close();
  });
  return unsubscribe;
};
