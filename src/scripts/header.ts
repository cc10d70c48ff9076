/** Header behaviour on every page: theme toggle, language switch that keeps the section, search shortcut. */
import { $lang, $theme, nextTheme } from '../stores/prefs.ts';
import { isSearchShortcut, sectionInView } from '../lib/section-in-view.ts';
import type { Lang } from '../lib/langs.ts';
import { $progress } from '../stores/progress.ts';
import { dueQuestionIds, type ProgressData } from '../lib/progress.ts';

const root = document.documentElement;
const darkQuery = matchMedia('(prefers-color-scheme: dark)');
const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');

function applyTheme() {
  const theme = $theme.get();
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  const dark = theme === 'dark' || (theme === 'system' && darkQuery.matches);
  toggle?.setAttribute('aria-pressed', String(dark));
}
$theme.subscribe(applyTheme);
darkQuery.addEventListener('change', applyTheme);
toggle?.addEventListener('click', () => $theme.set(nextTheme($theme.get(), darkQuery.matches)));

// The page language is remembered as the reader's choice.
const pageLang = root.dataset.uiLang as Lang | undefined;
if (pageLang) $lang.set(pageLang);

function currentSection(): string | null {
  const headings = [...document.querySelectorAll<HTMLElement>('[data-section-heading]')];
  return sectionInView(headings.map((h) => ({ id: h.id, top: h.getBoundingClientRect().top })), innerHeight);
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) {
  const update = () => {
    const url = new URL(link.href);
    const id = currentSection();
    url.hash = id ?? (location.hash.length > 1 ? location.hash : '');
    link.href = url.href;
  };
  // Updated just before it is followed, so it carries the section in view at that moment.
  link.addEventListener('pointerdown', update);
  link.addEventListener('focus', update);
  link.addEventListener('click', () => {
    update();
    $lang.set(link.dataset.langSwitch as Lang);
  });
}

document.addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement | null;
  const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  if (!isSearchShortcut(e, typing)) return;
  const box =
    document.querySelector<HTMLInputElement>('[data-search-input][data-primary]') ??
    document.querySelector<HTMLInputElement>('[data-search-input]');
  if (!box) return;
  e.preventDefault();
  box.focus();
  box.select();
});

// Review badge: how many missed questions are due now (kept in step with other tabs by the store).
// Only questions still in the course count; their ids are fetched once, and only when something
// saved is due at all, so most pages never make the request.
const badge = document.querySelector<HTMLElement>('[data-due-badge]');
if (badge) {
  // undefined: not loaded yet; null: could not be loaded (offline, uncached), so everything saved counts.
  let known: Set<string> | null | undefined;
  let loading = false;
  const show = (progress: ProgressData) => {
    const due = dueQuestionIds(progress, Date.now(), known ?? undefined);
    if (known === undefined && due.length > 0) {
      if (!loading) {
        loading = true;
        fetch(`${import.meta.env.BASE_URL.replace(/\/$/, '')}/quiz-ids.json`)
          .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
          .then((ids: string[]) => { known = new Set(ids); })
          .catch(() => { known = null; })
          .finally(() => show($progress.get()));
      }
      return;
    }
    badge.hidden = due.length === 0;
    badge.textContent = String(due.length);
    badge.setAttribute('aria-label', (badge.dataset.label ?? '{n}').replace('{n}', String(due.length)));
  };
  $progress.subscribe(show);
}
