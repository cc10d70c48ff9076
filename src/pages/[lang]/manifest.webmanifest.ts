/**
 * `/<lang>/manifest.webmanifest`: the installable app, named in the page's language (each
 * language's pages link their own), with shortcuts to search, review and the glossary. Both share
 * one `id`, so installing from either language gives the same app.
 */
import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../lib/langs.ts';
import { htmlLang, t } from '../../i18n/index.ts';
import { glossaryPath, homePath, searchPath } from '../../lib/routes.ts';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

/** Must match the `theme-color` meta of BaseLayout. */
const THEME = '#0f5c5a';

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Lang;
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const icon = (name: string, size: number, purpose: string) => ({
    src: `${base}/icons/${name}`,
    sizes: `${size}x${size}`,
    type: 'image/png',
    purpose,
  });
  const manifest = {
    id: `${base}/`,
    name:
      lang === 'zh'
        ? `${t('zh', 'site.title')} · ${t('en', 'site.title')}`
        : `${t('en', 'site.title')} · ${t('zh', 'site.title')}`,
    short_name: t(lang, 'app.shortName'),
    description: t(lang, 'site.tagline'),
    lang: htmlLang[lang],
    dir: 'ltr',
    start_url: base + homePath(lang),
    scope: `${base}/`,
    display: 'standalone',
    theme_color: THEME,
    background_color: '#fbfaf7',
    icons: [
      icon('icon-192.png', 192, 'any'),
      icon('icon-512.png', 512, 'any'),
      icon('maskable-512.png', 512, 'maskable'),
      { src: `${base}/favicon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
    shortcuts: [
      { name: t(lang, 'nav.search'), url: base + searchPath(lang) },
      { name: t(lang, 'nav.review'), url: `${base}/${lang}/review/` },
      { name: t(lang, 'nav.glossary'), url: base + glossaryPath(lang) },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'content-type': 'application/manifest+json' },
  });
};
