/** Builds one search result's element: in the header listbox an option, on the search page links. */
import type { Lang } from '../lib/langs.ts';
import { safeExcerpt, type SearchOption } from '../lib/search-results.ts';
import { slideUrl, withHighlight, wordsToHighlight } from '../lib/search-links.ts';

export interface ResultOption extends SearchOption {
  lang: Lang;
  /** What found it, highlighted on the target page when the excerpt marks nothing. */
  query: string;
}

export interface RenderContext {
  combobox: boolean;
  inputId: string;
  pageLang: Lang;
  strings: Record<string, string>;
}

const langTag = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en');

/** The result's URL, carrying the words to highlight there. */
export const resultHref = (o: ResultOption): string =>
  withHighlight(o.url, wordsToHighlight(o.excerpt, o.query));

function content(o: ResultOption, ctx: RenderContext): DocumentFragment {
  const frag = document.createDocumentFragment();
  if (o.lang !== ctx.pageLang) {
    // Marked by language: a result from the other language's pages says so, in the page's language.
    const badge = frag.appendChild(document.createElement('span'));
    badge.className = 'result-lang';
    badge.textContent = ctx.strings[o.lang === 'zh' ? 'langZh' : 'langEn'];
  }
  const body = frag.appendChild(document.createElement('span'));
  body.className = 'result-body';
  if (o.lang !== ctx.pageLang) body.lang = langTag(o.lang);
  body.innerHTML = `<span class="result-page"></span><span class="result-title"></span><span class="result-excerpt">${safeExcerpt(o.excerpt)}</span>`;
  body.querySelector('.result-page')!.textContent = o.kind === 'section' ? o.pageTitle : '';
  body.querySelector('.result-title')!.textContent = o.title;
  return frag;
}

export function renderOption(o: ResultOption, i: number, ctx: RenderContext): HTMLLIElement {
  const li = document.createElement('li');
  const href = resultHref(o);
  li.dataset.kind = o.kind;
  li.dataset.lang = o.lang;
  li.dataset.href = href;
  if (ctx.combobox) {
    li.role = 'option';
    li.id = `${ctx.inputId}-opt-${i}`;
    li.setAttribute('aria-selected', 'false');
    li.append(content(o, ctx));
    li.addEventListener('click', () => (location.href = href));
    return li;
  }
  const link = li.appendChild(document.createElement('a'));
  link.href = href;
  link.className = 'result-link';
  link.append(content(o, ctx));
  const slide = o.kind === 'section' ? slideUrl(o.url) : null;
  if (slide) {
    const a = li.appendChild(document.createElement('a'));
    a.href = slide;
    a.className = 'result-slide';
    // The visible words come first in the accessible name (WCAG 2.5.3); the section title follows for context.
    const title = document.createElement('span');
    title.className = 'visually-hidden';
    title.textContent = o.title;
    if (o.lang !== ctx.pageLang) {
      a.hreflang = langTag(o.lang);
      title.lang = langTag(o.lang);
    }
    a.append(ctx.strings.showOnSlide, ctx.pageLang === 'zh' ? ':' : ': ', title);
  }
  return li;
}

/** "Also searched, through the glossary: 服务补救", each term in its own language. */
export function renderPaired(
  el: HTMLElement,
  paired: readonly { text: string; lang: Lang }[],
  label: string,
): void {
  el.hidden = paired.length === 0;
  if (el.hidden) return el.replaceChildren();
  el.replaceChildren(
    label,
    ...paired.flatMap((p, i) => {
      const term = document.createElement('span');
      term.className = 'search-paired-term';
      term.lang = langTag(p.lang);
      term.textContent = p.text;
      return i === 0 ? [' ', term] : [', ', term];
    }),
  );
}
