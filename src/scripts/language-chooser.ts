/** The `/` page: go straight to the remembered language, else suggest the browser's one. */
import { $lang, type SiteLang } from '../stores/prefs.ts';
import { suggestSiteLang } from '../lib/routes.ts';

const saved = $lang.get();
const chooser = document.querySelector<HTMLElement>('[data-chooser]');
if (saved) {
  location.replace(document.querySelector<HTMLAnchorElement>(`[data-choose="${saved}"]`)!.href);
} else if (chooser) {
  const suggested = suggestSiteLang(navigator.languages ?? [navigator.language]);
  const item = chooser.querySelector<HTMLElement>(`[data-lang="${suggested}"]`)!;
  chooser.prepend(item);
  item.classList.add('is-suggested');
  item.querySelector<HTMLElement>('.chooser-suggested')!.hidden = false;
  item.querySelector('a')!.focus();
}
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-choose]')) {
  link.addEventListener('click', () => $lang.set(link.dataset.choose as SiteLang));
}
