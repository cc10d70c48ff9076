/**
 * `$prefs`: reader preferences kept in localStorage under versioned keys. A stored value that is
 * not one of the allowed ones (tampered, or from an older version) reads as the default.
 */
import { persistentAtom } from '@nanostores/persistent';
import type { Lang } from '../lib/langs.ts';

export type Theme = 'light' | 'dark' | 'system';

function oneOf<T extends string>(allowed: readonly T[], fallback: T) {
  return {
    encode: (value: T) => value,
    decode: (raw: string): T => ((allowed as readonly string[]).includes(raw) ? (raw as T) : fallback),
  };
}

/** Keys are read by the inline theme script in BaseLayout too: keep them in sync. */
export const PREF_KEYS = { lang: 'prefs:v1:lang', theme: 'prefs:v1:theme', notes: 'prefs:v1:notes', pinyin: 'prefs:v1:pinyin', parallel: 'prefs:v1:parallel' } as const;

export const $lang = persistentAtom<Lang | ''>(PREF_KEYS.lang, '', oneOf(['zh', 'en', ''] as const, ''));
export const $theme = persistentAtom<Theme>(PREF_KEYS.theme, 'system', oneOf(['light', 'dark', 'system'] as const, 'system'));
export const $showPinyin = persistentAtom<'show' | 'hide'>(PREF_KEYS.pinyin, 'hide', oneOf(['show', 'hide'] as const, 'hide'));
/** Lesson pages show both languages side by side. */
export const $parallel = persistentAtom<'on' | 'off'>(PREF_KEYS.parallel, 'off', oneOf(['on', 'off'] as const, 'off'));
export const $showNotes = persistentAtom<'show' | 'hide'>(PREF_KEYS.notes, 'hide', oneOf(['show', 'hide'] as const, 'hide'));

/** The theme after the next press of the toggle: it flips what the reader currently sees. */
export function nextTheme(current: Theme, systemDark: boolean): Theme {
  const effective = current === 'system' ? (systemDark ? 'dark' : 'light') : current;
  return effective === 'dark' ? 'light' : 'dark';
}
