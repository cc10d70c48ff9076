/**
 * What every deck controller is given: the page's slides read from the DOM (ids, step items,
 * notes), its settings and strings. A controller mounts with a context and returns its teardown.
 */
import type { DeckView } from '../../lib/deck-keys.ts';

export interface DeckContext {
  view: DeckView;
  root: HTMLElement;
  slug: string;
  lang: string;
  minutes: number;
  stage: HTMLElement;
  frame: HTMLElement;
  canvas: HTMLElement;
  slides: HTMLElement[];
  ids: string[];
  titles: string[];
  /** The step items of each slide, in reveal order. */
  fragments: HTMLElement[][];
  /** The speaker notes of each slide (moved just after it, so a handout prints them beneath). */
  notes: (HTMLElement | null)[];
  presenterUrl: string;
  audienceUrl: string;
  t(key: string, params?: Record<string, string | number>): string;
}

export type Controller = (ctx: DeckContext) => (() => void) | void;

export function readContext(root: HTMLElement): DeckContext {
  const canvas = root.querySelector<HTMLElement>('[data-canvas]')!;
  const slides = [...canvas.querySelectorAll<HTMLElement>(':scope > .slide')];
  const fragments = slides.map((s) => {
    const items = [
      ...s.querySelectorAll<HTMLElement>('[data-steps] > ul > li, [data-steps] > ol > li'),
    ];
    items.forEach((li, i) => (li.dataset.fragment = String(i + 1)));
    return items;
  });
  const notes = slides.map((s) => {
    const all = [...s.querySelectorAll<HTMLElement>('[data-slide-notes]')];
    if (all.length === 0) return null;
    // Several <Notes> in one section read as one block.
    const first = all[0];
    for (const extra of all.slice(1)) {
      first.append(...extra.childNodes);
      extra.remove();
    }
    s.after(first);
    return first;
  });
  let strings: Record<string, string> = {};
  try {
    strings = JSON.parse(root.querySelector('[data-deck-strings]')?.textContent ?? '{}');
  } catch {
    strings = {};
  }
  return {
    view: root.dataset.deck === 'presenter' ? 'presenter' : 'deck',
    root,
    slug: root.dataset.slug ?? '',
    lang: document.documentElement.dataset.uiLang ?? 'en',
    minutes: Number(root.dataset.minutes) || 0,
    stage: root.querySelector<HTMLElement>('[data-stage]')!,
    frame: root.querySelector<HTMLElement>('[data-frame]')!,
    canvas,
    slides,
    ids: slides.map((s) => s.dataset.slide ?? ''),
    titles: slides.map((s) => s.querySelector('.slide-title')?.textContent?.trim() ?? ''),
    fragments,
    notes,
    presenterUrl: root.dataset.presenterUrl ?? '',
    audienceUrl: root.dataset.audienceUrl ?? '',
    t: (key, params = {}) =>
      (strings[key] ?? key).replace(/\{(\w+)\}/g, (_, n) => String(params[n] ?? `{${n}}`)),
  };
}

/** Announces a message politely to screen readers. */
export function announce(ctx: DeckContext, message: string) {
  const live = ctx.root.querySelector<HTMLElement>('[data-live]');
  if (live) live.textContent = message;
}

/** A copy of a slide for thumbnails and previews: inert, no ids, no live islands, no form names. */
export function cloneSlide(slide: HTMLElement): HTMLElement {
  const copy = slide.cloneNode(true) as HTMLElement;
  copy.classList.remove('is-current');
  copy.classList.add('is-copy');
  copy.removeAttribute('aria-roledescription');
  copy.removeAttribute('aria-labelledby');
  for (const el of [copy, ...copy.querySelectorAll<HTMLElement>('[id]')]) el.removeAttribute('id');
  for (const el of copy.querySelectorAll('script, template, [data-slide-notes]')) el.remove();
  // A copied island would hydrate a second quiz or widget; keep only its rendered markup.
  for (const island of copy.querySelectorAll('astro-island')) {
    const div = document.createElement('div');
    div.append(...island.childNodes);
    island.replaceWith(div);
  }
  for (const el of copy.querySelectorAll<HTMLInputElement>('input, select, textarea, button')) {
    el.removeAttribute('name');
    el.disabled = true;
  }
  for (const el of copy.querySelectorAll('[aria-labelledby], [aria-describedby], [for]')) {
    el.removeAttribute('aria-labelledby');
    el.removeAttribute('aria-describedby');
    el.removeAttribute('for');
  }
  copy.inert = true;
  return copy;
}
