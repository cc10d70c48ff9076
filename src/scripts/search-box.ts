/**
 * Enhances every form[data-search]. The header box is a combobox: live Pagefind results in a
 * listbox, ↑/↓ to choose, Enter to open, Esc to close. The search page lists the results as
 * ordinary links (open in a new tab, copy the link…): ↓ from the box moves into the list and
 * ↑/↓ move between links.
 */
import { flattenResults, moveActive, safeExcerpt, type PagefindResultData, type SearchOption } from '../lib/search-results.ts';

interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  debouncedSearch(q: string, o?: object, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

let pagefindPromise: Promise<Pagefind> | null = null;
function loadPagefind(base: string): Promise<Pagefind> {
  pagefindPromise ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
    await pf.options({ baseUrl: base, excerptLength: 24 });
    return pf;
  });
  pagefindPromise.catch(() => (pagefindPromise = null));
  return pagefindPromise;
}

function resultContent(o: SearchOption): string {
  return `<span class="result-page"></span><span class="result-title"></span><span class="result-excerpt">${safeExcerpt(o.excerpt)}</span>`;
}

function enhance(form: HTMLFormElement) {
  const variant = form.dataset.search as 'header' | 'page';
  const combobox = variant === 'header';
  const input = form.querySelector<HTMLInputElement>('[data-search-input]')!;
  const panel = form.querySelector<HTMLElement>('[data-search-panel]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const list = form.querySelector<HTMLUListElement>('[data-search-list]')!;
  const more = form.querySelector<HTMLButtonElement>('[data-search-more]');
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Record<string, string>;
  const base = form.dataset.base ?? '/';
  // Each result's data is a separate download (a page fragment): fetch a few at a time.
  const pageSize = combobox ? 3 : 4;
  let pending: PagefindResult[] = [];
  let loaded: PagefindResultData[] = [];
  let options: SearchOption[] = [];
  let active = -1;
  let query = '';

  const fill = (s: string, q: string, n = 0) => s.replace('{q}', q).replace('{n}', String(n));

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
    list.replaceChildren(
      ...options.map((o, i) => {
        const li = document.createElement('li');
        li.dataset.kind = o.kind;
        li.dataset.href = o.url;
        const body = combobox ? li : li.appendChild(Object.assign(document.createElement('a'), { href: o.url }));
        body.innerHTML = resultContent(o);
        body.querySelector('.result-page')!.textContent = o.kind === 'section' ? o.pageTitle : '';
        body.querySelector('.result-title')!.textContent = o.title;
        if (combobox) {
          li.role = 'option';
          li.id = `${input.id}-opt-${i}`;
          li.setAttribute('aria-selected', 'false');
          li.addEventListener('click', () => (location.href = o.url));
        }
        return li;
      }),
    );
    active = -1;
    input.removeAttribute('aria-activedescendant');
  }

  async function loadMore(q: string) {
    const data = await Promise.all(pending.splice(0, pageSize).map((r) => r.data()));
    if (q !== query) return;
    loaded = [...loaded, ...data];
    const keep = active;
    options = flattenResults(loaded, combobox ? 3 : 5);
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
      setOpen(false);
      return;
    }
    status.textContent = strings.loading;
    setOpen(true);
    try {
      const pagefind = await loadPagefind(base);
      const search = await pagefind.debouncedSearch(q, {}, 150);
      if (search === null || q !== query) return; // superseded by a newer query
      pending = [...search.results];
      loaded = [];
      await loadMore(q);
      if (q !== query) return;
      status.textContent = options.length ? fill(strings.count, q, search.results.length) : fill(strings.none, q);
      setOpen(true);
    } catch {
      status.textContent = strings.error;
    }
  }

  more?.addEventListener('click', () => void loadMore(query));
  input.addEventListener('input', () => void run(input.value));
  input.addEventListener('focus', () => {
    void loadPagefind(base).catch(() => {});
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
      location.href = options[active].url;
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
    // Arrow keys move between result links; ↑ from the first one returns to the box.
    list.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
      const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
      const i = links.indexOf(document.activeElement as HTMLAnchorElement);
      if (i < 0) return;
      e.preventDefault();
      if (e.key === 'ArrowUp' && i === 0) input.focus();
      else links[Math.max(0, Math.min(links.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))].focus();
    });
  }
  form.addEventListener('focusout', (e) => {
    if (combobox && !form.contains(e.relatedTarget as Node | null)) setOpen(false);
  });

  if (!combobox) {
    const q = new URLSearchParams(location.search).get('q') ?? '';
    if (q) {
      input.value = q;
      void run(q);
    }
  }
}

document.querySelectorAll<HTMLFormElement>('form[data-search]').forEach(enhance);
