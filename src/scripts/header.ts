/** Header behaviour on every page: theme toggle, language switch that keeps the section, search shortcut. */
import { $lang, $theme, nextTheme } from '../stores/prefs.ts';
import { isSearchShortcut, sectionInView } from '../lib/section-in-view.ts';
import type { Lang } from '../lib/langs.ts';
import { $progress } from '../stores/progress.ts';
import { dueQuestionIds } from '../lib/progress.ts';
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

// Review badge: how many missed questions and term cards are due now (kept in step with other tabs by the store).
const badge = document.querySelector<HTMLElement>('[data-due-badge]');
if (badge) {
  const update = () => {
    const due = dueQuestionIds($progress.get(), Date.now()).length + dueCardCount($flashcards.get(), Date.now());
    badge.hidden = due === 0;
    badge.textContent = String(due);
    badge.setAttribute('aria-label', (badge.dataset.label ?? '{n}').replace('{n}', String(due)));
  };
  $progress.subscribe(update);
  $flashcards.subscribe(update);
  // Cards and questions fall due as time passes, not only when the stores change.
  setInterval(update, 60_000);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && update());
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
