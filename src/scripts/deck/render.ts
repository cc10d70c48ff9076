/**
 * Steps controller: shows the current slide and its revealed steps, hides the rest from sight,
 * focus and screen readers, marks held quiz answers, and announces slide changes politely.
 */
import { $deck } from '../../stores/deck.ts';
import { answersHeld, type DeckState } from '../../lib/deck-state.ts';
import { atEnd, atStart } from '../../lib/deck-nav.ts';
import { announce, type Controller } from './context.ts';

export const mountRender: Controller = (ctx) => {
  const counters = document.querySelectorAll<HTMLElement>('[data-counter]');
  const counterText = document.querySelector<HTMLElement>('[data-counter-text]');
  const blank = ctx.root.querySelector<HTMLElement>('[data-blank]');
  const total = ctx.slides.length;
  let prev: DeckState | undefined;

  return $deck.subscribe((s) => {
    // Laser moves and pen strokes change nothing here, and they come many times a second.
    const same = (k: keyof DeckState) => prev && prev[k] === s[k];
    if (
      same('slide') &&
      same('step') &&
      same('blank') &&
      same('tool') &&
      same('classMode') &&
      same('revealed')
    )
      return;
    const slideChanged = !prev || prev.slide !== s.slide;
    // Focus inside a slide that is leaving would be lost: it moves to the new slide instead.
    const focusLeaving =
      !!prev && slideChanged && !!ctx.slides[prev.slide]?.contains(document.activeElement);
    ctx.slides.forEach((slide, i) => {
      const current = i === s.slide;
      slide.classList.toggle('is-current', current);
      slide.inert = !current;
      if (answersHeld(s, i)) slide.dataset.answers = 'held';
      else delete slide.dataset.answers;
      ctx.fragments[i].forEach((f, j) =>
        f.classList.toggle('is-shown', i < s.slide || (current && j < s.step)),
      );
    });
    if (focusLeaving) {
      ctx.slides[s.slide].tabIndex = -1;
      ctx.slides[s.slide].focus({ preventScroll: true });
    }
    ctx.root.dataset.tool = s.tool;
    if (blank) blank.hidden = !s.blank;
    for (const c of counters) c.textContent = `${s.slide + 1} / ${total}`;
    if (counterText) counterText.textContent = ctx.t('deck.slideOf', { n: s.slide + 1, total });
    // aria-disabled rather than disabled: a focused button at the end of the deck keeps focus.
    const ends = { prev: atStart(s), next: atEnd(s, s) };
    for (const [command, at] of Object.entries(ends)) {
      for (const b of document.querySelectorAll(`[data-command="${command}"]`))
        b.setAttribute('aria-disabled', String(at));
    }
    if (prev) {
      if (slideChanged)
        announce(
          ctx,
          ctx.t('deck.announce', { n: s.slide + 1, total, title: ctx.titles[s.slide] }),
        );
      else if (prev.step !== s.step && s.step > 0) {
        const item = ctx.fragments[s.slide][s.step - 1]?.textContent?.trim() ?? '';
        announce(
          ctx,
          `${ctx.t('deck.announceStep', { n: s.step, total: ctx.fragments[s.slide].length })}: ${item}`,
        );
      }
    }
    prev = s;
  });
};
