import { en, type UiKey } from './en.ts';
import { zh } from './zh.ts';
import type { Lang } from '../lib/langs.ts';

export type { UiKey };
export const dictionaries: Record<Lang, Record<UiKey, string>> = { zh, en };

/** BCP 47 tag for the `lang` attribute of each site language. */
export const htmlLang: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** Looks up a UI string and fills `{name}` placeholders. */
export function t(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? `{${name}}`));
}

/** A translator bound to one language, for use in components. */
export function useT(lang: Lang) {
  return (key: UiKey, params?: Record<string, string | number>) => t(lang, key, params);
}
