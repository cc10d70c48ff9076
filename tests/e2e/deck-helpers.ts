/** Shared steps for the deck tests: open a deck, read where it is, and what its slides are. */
import type { Page } from 'playwright-core';

export const DECK = '/en/lessons/service-recovery/slides/';
export const DECK_ZH = '/zh/lessons/service-recovery/slides/';
export const PRESENTER = '/en/lessons/service-recovery/slides/presenter/';

export async function openDeck(page: Page, url: string) {
  await page.goto(url);
  await page.waitForSelector('[data-deck][data-ready]');
}

/** The slides of the open deck as the page has them: section ids and number of steps. */
export async function slidesOf(page: Page) {
  return page.$$eval('[data-canvas] > .slide', (els) =>
    els.map((s) => ({
      id: (s as HTMLElement).dataset.slide!,
      steps: s.querySelectorAll('[data-fragment]').length,
    })),
  );
}

/** Where the deck is: the URL fragment, the visible slide, and how many of its steps are shown. */
export async function where(page: Page) {
  return page.evaluate(() => {
    const current = document.querySelector<HTMLElement>('[data-canvas] > .slide.is-current');
    return {
      hash: location.hash,
      slide: current?.dataset.slide ?? null,
      shown: current?.querySelectorAll('[data-fragment].is-shown').length ?? -1,
    };
  });
}

export async function press(page: Page, ...keys: string[]) {
  for (const k of keys) await page.keyboard.press(k);
}
