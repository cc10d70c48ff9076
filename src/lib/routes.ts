/** URL rules shared by pages and scripts. Every path ends with a slash (trailingSlash: 'always'). */
import { LANGS, type Lang } from './langs.ts';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export const homePath = (lang: Lang) => `/${lang}/`;
export const lessonPath = (lang: Lang, slug: string) => `/${lang}/lessons/${slug}/`;
export const deckPath = (lang: Lang, slug: string) => `/${lang}/lessons/${slug}/slides/`;
export const presenterPath = (lang: Lang, slug: string) => `/${lang}/lessons/${slug}/slides/presenter/`;
export const glossaryPath = (lang: Lang, termId?: string) => `/${lang}/glossary/${termId ? `#${termId}` : ''}`;
export const searchPath = (lang: Lang) => `/${lang}/search/`;

export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/**
 * The same page in another language: swaps the leading /zh/ or /en/ segment, keeps the rest,
 * and appends `hash` (the section in view) when given. Paths outside a language go home.
 */
export function switchLanguagePath(pathname: string, to: Lang, hash = ''): string {
  const m = /^\/(zh|en)(\/.*)?$/.exec(pathname);
  const rest = m ? (m[2] ?? '/') : '/';
  const frag = hash && !hash.startsWith('#') ? `#${hash}` : hash;
  return `/${to}${rest}${frag}`;
}

/** Picks the site language that best fits the browser's preferred languages (zh-* → zh). */
export function suggestLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

/** Like suggestLang, but zh-TW, zh-HK, zh-MO and zh-Hant browsers get Traditional Chinese. */
export function suggestSiteLang(preferred: readonly string[]): Lang | 'zh-hant' {
  for (const tag of preferred) {
    const t = tag.toLowerCase();
    if (/^zh-(hant|tw|hk|mo)\b/.test(t)) return 'zh-hant';
    const base = t.split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}
