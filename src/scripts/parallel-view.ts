/**
 * Reading in two languages on a lesson page: the whole lesson side by side (two columns on a wide
 * screen, alternating on a phone), or one section at a time. The other language's page is fetched
 * once and its sections are paired with this page's by their shared ids.
 */
import { $parallel } from '../stores/prefs.ts';
import { otherId, pairSections } from '../lib/parallel.ts';

const article = document.querySelector<HTMLElement>('article.lesson[data-other-url]');
if (article) {
  const otherLang = article.dataset.otherLang!;
  const otherHtmlLang = article.dataset.otherHtmlLang!;
  let other: Promise<Map<string, HTMLElement>> | null = null;

  /** The other language's sections, made safe to insert: no islands or scripts, ids suffixed. */
  const loadOther = () =>
    (other ??= fetch(article.dataset.otherUrl!)
      .then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.text();
      })
      .then((html) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const map = new Map<string, HTMLElement>();
        for (const section of doc.querySelectorAll<HTMLElement>('section[data-section]')) {
          section.querySelectorAll('astro-island, script, .quiz, .widget-slot, [data-other-lang-toggle]').forEach((el) => el.remove());
          section.querySelectorAll<HTMLElement>('[id]').forEach((el) => (el.id = otherId(el.id, otherLang)));
          [section, ...section.querySelectorAll<HTMLElement>('[aria-labelledby], [aria-describedby]')].forEach((el) => {
            for (const attr of ['aria-labelledby', 'aria-describedby']) {
              const v = el.getAttribute(attr);
              if (v) el.setAttribute(attr, v.split(' ').map((x) => otherId(x, otherLang)).join(' '));
            }
          });
          section.lang = otherHtmlLang;
          section.classList.add('other-lang-section');
          map.set(section.dataset.section!, section);
        }
        return map;
      })
      .catch((e) => {
        other = null;
        throw e;
      }));

  const ownSections = () => [...article.querySelectorAll<HTMLElement>(':scope > section[data-section], :scope > .parallel-row > section[data-section]:not(.other-lang-section)')];

  async function setParallel(on: boolean) {
    const button = document.querySelector<HTMLButtonElement>('[data-parallel-toggle]');
    button?.setAttribute('aria-pressed', String(on));
    if (!on) {
      for (const row of article!.querySelectorAll<HTMLElement>('.parallel-row')) {
        row.querySelectorAll('.other-lang-section').forEach((el) => el.remove());
        row.replaceWith(...row.childNodes);
      }
      article!.classList.remove('is-parallel');
      return;
    }
    let sections: Map<string, HTMLElement>;
    try {
      sections = await loadOther();
    } catch {
      button?.setAttribute('aria-pressed', 'false');
      document.querySelector('[data-parallel-status]')!.textContent = button?.dataset.error ?? '';
      return;
    }
    if (article!.classList.contains('is-parallel')) return;
    const own = new Map(ownSections().map((s) => [s.dataset.section!, s]));
    let previous: Element | null = null;
    for (const row of pairSections([...own.keys()], [...sections.keys()])) {
      const wrap = document.createElement('div');
      wrap.className = 'parallel-row';
      wrap.dataset.row = row.id;
      const mine = own.get(row.id);
      if (mine) mine.replaceWith(wrap);
      else if (previous) previous.after(wrap);
      else article!.querySelector('.lesson-header')!.after(wrap);
      if (mine) wrap.append(mine);
      if (row.other) wrap.append(sections.get(row.id)!.cloneNode(true));
      previous = wrap;
    }
    article!.classList.add('is-parallel');
  }

  // One section in the other language, under its heading.
  article.addEventListener('click', async (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-other-lang-toggle]');
    if (!button) return;
    const section = button.closest<HTMLElement>('section[data-section]')!;
    const shown = section.querySelector(':scope > .other-lang-inline');
    if (shown) {
      shown.remove();
      button.setAttribute('aria-expanded', 'false');
      return;
    }
    try {
      const source = (await loadOther()).get(section.dataset.section!);
      if (!source) return;
      const inline = document.createElement('div');
      inline.className = 'other-lang-inline';
      inline.lang = otherHtmlLang;
      inline.id = otherId(`${section.dataset.section}-inline`, otherLang);
      const copy = source.cloneNode(true) as HTMLElement;
      copy.querySelector(':scope > h2')?.remove();
      inline.append(...copy.childNodes);
      section.querySelector(':scope > h2')!.after(inline);
      button.setAttribute('aria-controls', inline.id);
      button.setAttribute('aria-expanded', 'true');
    } catch {
      button.setAttribute('aria-expanded', 'false');
    }
  });
  document.querySelectorAll<HTMLElement>('[data-other-lang-toggle]').forEach((b) => (b.hidden = false));

  const toggle = document.querySelector<HTMLButtonElement>('[data-parallel-toggle]');
  if (toggle) {
    toggle.hidden = false;
    toggle.addEventListener('click', () => $parallel.set($parallel.get() === 'on' ? 'off' : 'on'));
    $parallel.subscribe((v) => void setParallel(v === 'on'));
  }
}
