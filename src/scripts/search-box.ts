/**
 * Enhances every form[data-search]. The header box is a combobox: live results in a listbox,
 * ↑/↓ to choose, Enter to open, Esc to close. The search page lists the results as ordinary links
 * (with "show on slide" beside lesson sections) and filters by lesson and kind: ↓ from the box
 * moves into the list and ↑/↓ move between results. Searching itself (both languages' indexes,
 * glossary pairs) lives in search-engine.ts, loaded on first use.
 */
import type { Lang } from '../lib/langs.ts';
import { flattenResults, moveActive, type PagefindResultData } from '../lib/search-results.ts';
import {
  filtersToParams,
  keepPlace,
  NO_FILTERS,
  parseFilters,
  placeOf,
  type SearchFilters,
} from '../lib/search-filters.ts';
import { renderOption, renderPaired, type ResultOption } from './search-render.ts';
import type { EngineHit } from './search-engine.ts';

let enginePromise: Promise<typeof import('./search-engine.ts')> | null = null;
function engine() {
  enginePromise ??= import('./search-engine.ts');
  enginePromise.catch(() => (enginePromise = null));
  return enginePromise;
}

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

function enhance(form: HTMLFormElement) {
  const combobox = form.dataset.search === 'header';
  const input = form.querySelector<HTMLInputElement>('[data-search-input]')!;
  const panel = form.querySelector<HTMLElement>('[data-search-panel]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const pairedLine = form.querySelector<HTMLElement>('[data-search-paired]')!;
  const list = form.querySelector<HTMLUListElement>('[data-search-list]')!;
  const more = form.querySelector<HTMLButtonElement>('[data-search-more]');
  const selects = [...form.querySelectorAll<HTMLSelectElement>('[data-search-filter]')];
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Record<string, string>;
  const base = form.dataset.base ?? '/';
  const pageLang = (form.dataset.lang === 'zh' ? 'zh' : 'en') as Lang;
  const ctx = { combobox, inputId: input.id, pageLang, strings };
  const lessons = [...(form.querySelector<HTMLSelectElement>('[name=lesson]')?.options ?? [])]
    .map((o) => o.value)
    .filter(Boolean);
  // Each result's data is a separate download (a page fragment): fetch a few at a time.
  const pageSize = combobox ? 3 : 4;
  let pending: EngineHit[] = [];
  let loaded: { hit: EngineHit; data: PagefindResultData }[] = [];
  let lessonsOfTerm = new Map<string, string[]>();
  let options: ResultOption[] = [];
  let active = -1;
  let query = '';

  const fill = (s: string, q: string, n = 0) => s.replace('{q}', q).replace('{n}', String(n));
  const filters = (): SearchFilters =>
    selects.length
      ? parseFilters(new URLSearchParams(selects.map((s) => [s.name, s.value])), lessons)
      : NO_FILTERS;

  function setOpen(open: boolean) {
    if (!combobox) return;
    panel.hidden = !open;
    input.setAttribute('aria-expanded', String(open && options.length > 0));
  }

  function setActive(index: number) {
    active = index;
    [...list.children].forEach((el, i) => el.setAttribute('aria-selected', String(i === index)));
    const el = index >= 0 ? list.children[index] : null;
    if (el) {
      input.setAttribute('aria-activedescendant', el.id);
      el.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function render() {
    list.replaceChildren(...options.map((o, i) => renderOption(o, i, ctx)));
    active = -1;
    input.removeAttribute('aria-activedescendant');
  }

  function toOptions(): ResultOption[] {
    const f = filters();
    const keep = (url: string) => keepPlace(placeOf(url, base), f, lessonsOfTerm);
    return loaded.flatMap(({ hit, data }) =>
      flattenResults([data], combobox ? 3 : 5, keep).map((o) => ({
        ...o,
        lang: hit.lang,
        query: hit.query,
      })),
    );
  }

  async function loadMore(q: string) {
    const batch = await Promise.all(
      pending.splice(0, pageSize).map(async (hit) => ({ hit, data: await hit.data() })),
    );
    if (q !== query) return;
    loaded = [...loaded, ...batch];
    const keep = active;
    options = toOptions();
    render();
    if (keep >= 0) setActive(Math.min(keep, options.length - 1));
    if (more) more.hidden = pending.length === 0;
  }

  async function run(q: string) {
    query = q;
    pending = [];
    if (more) more.hidden = true;
    if (!q.trim()) {
      options = [];
      render();
      status.textContent = '';
      pairedLine.hidden = true;
      setOpen(false);
      return;
    }
    status.textContent = strings.loading;
    setOpen(true);
    await wait(150); // typing: search once the reader pauses
    if (q !== query) return;
    try {
      const found = await (await engine()).search(q, pageLang, base, filters());
      if (q !== query) return; // superseded by a newer query
      pending = found.hits;
      loaded = [];
      lessonsOfTerm = found.lessonsOfTerm;
      const total = pending.length;
      // Filters can empty a batch (a page whose sections are all filtered out): keep loading.
      do await loadMore(q);
      while (q === query && options.length < pageSize && pending.length > 0);
      if (q !== query) return;
      renderPaired(pairedLine, found.paired, strings.paired);
      status.textContent = options.length ? fill(strings.count, q, total) : fill(strings.none, q);
      setOpen(true);
    } catch {
      status.textContent = strings.error;
    }
  }

  function syncUrl() {
    const params = filtersToParams(filters(), new URLSearchParams(location.search));
    if (input.value.trim()) params.set('q', input.value);
    history.replaceState(history.state, '', `${location.pathname}?${params}${location.hash}`);
  }

  more?.addEventListener('click', () => void loadMore(query));
  input.addEventListener('input', () => void run(input.value));
  for (const select of selects) {
    select.addEventListener('change', () => {
      syncUrl();
      void run(input.value);
    });
  }
  input.addEventListener('focus', () => {
    void engine()
      .then((e) => e.warm(base, pageLang))
      .catch(() => {});
    if (input.value.trim()) setOpen(true);
  });
  input.addEventListener('keydown', (e) => {
    if (combobox && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      setOpen(true);
      setActive(moveActive(active, e.key === 'ArrowDown' ? 1 : -1, options.length));
    } else if (!combobox && e.key === 'ArrowDown' && options.length) {
      e.preventDefault();
      list.querySelector<HTMLAnchorElement>('a')?.focus();
    } else if (e.key === 'Enter' && combobox && active >= 0) {
      e.preventDefault();
      location.href = (list.children[active] as HTMLElement).dataset.href!;
    } else if (e.key === 'Escape') {
      if (combobox && !panel.hidden) {
        e.preventDefault();
        setOpen(false);
      } else if (input.value) {
        input.value = '';
        void run('');
      }
    }
  });
  if (!combobox) {
    // Arrow keys move between results, one stop each (Tab reaches "show on slide"); ↑ from the first returns to the box.
    list.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
      const links = [...list.querySelectorAll<HTMLAnchorElement>('a.result-link')];
      const i = links.indexOf(document.activeElement as HTMLAnchorElement);
      if (i < 0) return;
      e.preventDefault();
      if (e.key === 'ArrowUp' && i === 0) input.focus();
      else
        links[
          Math.max(0, Math.min(links.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))
        ].focus();
    });
  }
  form.addEventListener('focusout', (e) => {
    if (combobox && !form.contains(e.relatedTarget as Node | null)) setOpen(false);
  });

  if (!combobox) {
    const params = new URLSearchParams(location.search);
    const f = parseFilters(params, lessons);
    for (const select of selects) select.value = f[select.name as keyof SearchFilters];
    const q = params.get('q') ?? '';
    if (q) {
      input.value = q;
      void run(q);
    }
  }
}

document.querySelectorAll<HTMLFormElement>('form[data-search]').forEach(enhance);

// Arrived from a search result: highlight the words it matched (loaded only then).
if (/[?&]hl=/.test(location.search)) void import('./highlight-page.ts');
