/**
 * Scale controller: slides are laid out once at 1280 × 720 and scaled to whatever box shows
 * them (projector, laptop, phone, thumbnail), so a slide looks the same everywhere. Text on an
 * overfull slide is shrunk until it fits; if even the smallest size does not, the slide scrolls.
 */
import { fitTextScale, stageScale } from '../../lib/deck-layout.ts';
import type { Controller } from './context.ts';

/** Keeps `--scale` on `box` so a 1280 × 720 canvas inside it fills it. */
export function observeScale(box: HTMLElement, onScale?: (scale: number) => void): () => void {
  const ro = new ResizeObserver(() => {
    const scale = stageScale(box.clientWidth, box.clientHeight);
    box.style.setProperty('--scale', String(scale));
    onScale?.(scale);
  });
  ro.observe(box);
  return () => ro.disconnect();
}

/** A list long enough to be worth setting in two columns when it makes the slide too small. */
const LONG_LIST = ':is(ul, ol):has(> li:nth-child(8))';

function fitSlide(slide: HTMLElement) {
  const body = slide.querySelector<HTMLElement>('[data-slide-body]');
  if (!body) return;
  // A slide off screen is laid out just for the measurement, within this task: nothing paints
  // it, and the islands on it do not see it as visible.
  const offScreen = getComputedStyle(slide).display === 'none';
  if (offScreen) slide.style.cssText += ';display:block;visibility:hidden';
  const measure = () =>
    fitTextScale((scale) => {
      slide.style.setProperty('--fit', String(scale));
      return body.scrollHeight <= body.clientHeight + 1;
    }, 0.5);
  delete slide.dataset.columns;
  let fit = measure();
  if (fit < 0.8 && slide.querySelector(LONG_LIST)) {
    slide.dataset.columns = '';
    const inColumns = measure();
    if (inColumns > fit) fit = inColumns;
    else delete slide.dataset.columns;
  }
  slide.style.setProperty('--fit', String(fit));
  const scrolls = body.scrollHeight > body.clientHeight + 1;
  if (offScreen) {
    slide.style.removeProperty('display');
    slide.style.removeProperty('visibility');
  }
  // An overfull slide must be reachable by keyboard to scroll it.
  if (scrolls) {
    body.tabIndex = 0;
    body.dataset.scrollable = '';
  } else {
    body.removeAttribute('tabindex');
    delete body.dataset.scrollable;
  }
}

export const mountScale: Controller = (ctx) => {
  // The frame takes its size from --scale in deck.css.
  const stopStage = observeScale(ctx.stage);
  // Content changes size when fonts load, islands hydrate, a supplement opens or its slide
  // comes on screen: fit again.
  const ro = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const slide = (entry.target as HTMLElement).closest<HTMLElement>('.slide');
      if (slide) fitSlide(slide);
    }
  });
  for (const slide of ctx.slides) {
    const content = slide.querySelector('[data-slide-content]');
    if (content) ro.observe(content);
  }
  document.fonts?.ready.then(() => ctx.slides.forEach(fitSlide));
  return () => {
    stopStage();
    ro.disconnect();
  };
};
