/** Preview controller (presenter): the next slide, and how many steps the current one still has to show. */
import { $deck } from '../../../stores/deck.ts';
import { cloneSlide, type Controller } from '../context.ts';
import { observeScale } from '../scale.ts';

export const mountPreview: Controller = (ctx) => {
  const box = ctx.root.querySelector<HTMLElement>('[data-preview]');
  const note = ctx.root.querySelector<HTMLElement>('[data-preview-note]');
  if (!box) return;
  const stop = observeScale(box);
  let shownSlide = -1;
  const unsubscribe = $deck.subscribe((s) => {
    if (s.slide !== shownSlide) {
      shownSlide = s.slide;
      const next = ctx.slides[s.slide + 1];
      if (next) {
        const canvas = document.createElement('div');
        canvas.className = 'thumb-canvas';
        canvas.append(cloneSlide(next));
        box.replaceChildren(canvas);
        box.dataset.next = ctx.ids[s.slide + 1];
      } else {
        const end = document.createElement('p');
        end.className = 'preview-end';
        end.textContent = ctx.t('presenter.end');
        box.replaceChildren(end);
        delete box.dataset.next;
      }
    }
    const left = (s.steps[s.slide] ?? 0) - s.step;
    if (note) note.textContent = left > 0 ? ctx.t('presenter.stepsLeft', { n: left }) : '';
  });
  return () => {
    stop();
    unsubscribe();
  };
};
