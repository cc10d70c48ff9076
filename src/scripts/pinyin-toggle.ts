/** Pinyin above glossary terms: a remembered on/off preference applied to <html data-pinyin>. */
import { $showPinyin } from '../stores/prefs.ts';

$showPinyin.subscribe((value) => {
  const show = value === 'show';
  if (show) document.documentElement.dataset.pinyin = 'show';
  else delete document.documentElement.dataset.pinyin;
  document.querySelectorAll('[data-pinyin-toggle]').forEach((b) => b.setAttribute('aria-pressed', String(show)));
});
document.querySelectorAll('[data-pinyin-toggle]').forEach((b) =>
  b.addEventListener('click', () => $showPinyin.set($showPinyin.get() === 'show' ? 'hide' : 'show')),
);
