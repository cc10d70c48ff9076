/** Header behaviour on every page: theme toggle, language switch that keeps the section, search shortcut. */
import { $lang, $theme, nextTheme, type SiteLang } from '../stores/prefs.ts';
import { isSearchShortcut, sectionInView } from '../lib/section-in-view.ts';
import type { Lang } from '../lib/langs.ts';
import { $progress } from '../stores/progress.ts';
import { dueQuestionIds, type ProgressData } from '../lib/progress.ts';
import { $flashcards } from '../stores/flashcards.ts';
import { dueCardCount } from '../lib/flashcards.ts';

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
const pageLang = root.dataset.uiLang as SiteLang | undefined;
if (pageLang) $lang.set(pageLang);
// A Traditional Chinese reader on an English page: the 中文 link leads back to Traditional.
const zhLink = document.querySelector<HTMLAnchorElement>('[data-lang-switch="zh"]:not(.script-switch)');
if (pageLang === 'en' && zhLink && localStorage.getItem('prefs:v1:script') === 'hant') {
  zhLink.href = zhLink.href.replace(/\/zh\//, '/zh-hant/');
  zhLink.dataset.langSwitch = 'zh-hant';
}
if (pageLang === 'zh' || pageLang === 'zh-hant') localStorage.setItem('prefs:v1:script', pageLang === 'zh-hant' ? 'hant' : 'hans');

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
    $lang.set(link.dataset.langSwitch as SiteLang);
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

// Review badge: missed questions and term cards due now (kept in step with other tabs by the stores).
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
    const count = due.length + dueCardCount($flashcards.get(), Date.now());
    badge.hidden = count === 0;
    badge.textContent = String(count);
    badge.setAttribute('aria-label', (badge.dataset.label ?? '{n}').replace('{n}', String(count)));
  };
  $progress.subscribe(show);
  $flashcards.subscribe(() => show($progress.get()));
  // Cards and questions fall due as time passes, not only when the stores change.
  setInterval(() => show($progress.get()), 60_000);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && show($progress.get()));
}

// Glossary definitions: Esc dismisses the one on screen without moving focus (WCAG 1.4.13).
document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape') return;
  const term = (document.activeElement as HTMLElement | null)?.closest('.term') ?? document.querySelector('.term:hover');
  term?.classList.add('tip-dismissed');
});
// Entering a term again (by pointer or focus) shows its definition again.
const reshow = (e: FocusEvent | MouseEvent) => {
  const term = (e.target as HTMLElement).closest?.('.term');
  if (term && !term.contains(e.relatedTarget as Node | null)) term.classList.remove('tip-dismissed');
};
document.addEventListener('focusin', reshow);
document.addEventListener('mouseover', reshow);
