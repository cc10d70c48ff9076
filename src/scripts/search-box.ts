/** Enhances every form[data-search]: live Pagefind results, arrow keys + Enter, Esc to close. */
import { flattenResults, moveActive, safeExcerpt, type PagefindResultData, type SearchOption } from '../lib/search-results.ts';

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  debouncedSearch(q: string, o?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

let pagefindPromise: Promise<Pagefind> | null = null;
function loadPagefind(base: string): Promise<Pagefind> {
  pagefindPromise ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
    await pf.options({ baseUrl: base, excerptLength: 24 });
    return pf;
  });
  return pagefindPromise;
}

function enhance(form: HTMLFormElement) {
  const variant = form.dataset.search as 'header' | 'page';
  const input = form.querySelector<HTMLInputElement>('[data-search-input]')!;
  const panel = form.querySelector<HTMLElement>('[data-search-panel]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const list = form.querySelector<HTMLUListElement>('[data-search-list]')!;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Record<string, string>;
  const base = form.dataset.base ?? '/';
  const maxPages = variant === 'header' ? 6 : 20;
  let options: SearchOption[] = [];
  let active = -1;
  let query = '';

  const fill = (s: string, q: string, n = 0) => s.replace('{q}', q).replace('{n}', String(n));

  function setOpen(open: boolean) {
    if (variant === 'header') panel.hidden = !open;
    input.setAttribute('aria-expanded', String(open && options.length > 0));
  }

  function setActive(index: number) {
    active = index;
    list.querySelectorAll('[role=option]').forEach((el, i) => el.setAttribute('aria-selected', String(i === index)));
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
        li.role = 'option';
        li.id = `${input.id}-opt-${i}`;
        li.setAttribute('aria-selected', 'false');
        li.dataset.kind = o.kind;
        const a = document.createElement('a');
        a.href = o.url;
        a.tabIndex = -1;
        a.innerHTML = `<span class="result-page"></span><span class="result-title"></span><span class="result-excerpt">${safeExcerpt(o.excerpt)}</span>`;
        a.querySelector('.result-page')!.textContent = o.kind === 'section' ? o.pageTitle : '';
        a.querySelector('.result-title')!.textContent = o.title;
        li.append(a);
        return li;
      }),
    );
    active = -1;
    input.removeAttribute('aria-activedescendant');
  }

  async function run(q: string) {
    query = q;
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
      const data = await Promise.all(search.results.slice(0, maxPages).map((r) => r.data()));
      if (q !== query) return;
      options = flattenResults(data, variant === 'header' ? 3 : 5);
      render();
      status.textContent = options.length ? fill(strings.count, q, options.length) : fill(strings.none, q);
      setOpen(true);
    } catch {
      status.textContent = strings.error;
    }
  }

  input.addEventListener('input', () => void run(input.value));
  input.addEventListener('focus', () => {
    void loadPagefind(base).catch(() => {});
    if (input.value.trim() && variant === 'header') setOpen(true);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (variant === 'header') setOpen(true);
      setActive(moveActive(active, e.key === 'ArrowDown' ? 1 : -1, options.length));
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      location.href = options[active].url;
    } else if (e.key === 'Escape') {
      if (variant === 'header' && !panel.hidden) {
        e.preventDefault();
        setOpen(false);
      } else if (input.value) {
        input.value = '';
        void run('');
      }
    }
  });
  form.addEventListener('focusout', (e) => {
    if (variant === 'header' && !form.contains(e.relatedTarget as Node | null)) setOpen(false);
  });

  if (variant === 'page') {
    const q = new URLSearchParams(location.search).get('q') ?? '';
    if (q) {
      input.value = q;
      void run(q);
    }
  }
}

document.querySelectorAll<HTMLFormElement>('form[data-search]').forEach(enhance);
