/**
 * `node scripts/make-icons.ts`: renders the app icons in public/icons/ from the brand mark (the
 * same drawing as public/favicon.svg) in Chromium. The PNGs are committed; run this again only
 * when the mark changes.
 *   icon-192.png, icon-512.png   rounded tile, for launchers that show the icon as is
 *   maskable-512.png             full-bleed tile with the mark inside the safe zone (Android masks)
 *   apple-touch-icon.png         180 px full-bleed tile (iOS rounds the corners itself)
 */
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './browser-env.ts';

const TEAL = '#0f5c5a';
const MARK =
  '<path d="M9 20c2 3 12 3 14-1s-12-5-12-9 10-4 12-1" stroke="#fff" stroke-width="3" fill="none" stroke-linecap="round"/>';

/** The mark on a 32-unit tile; `scale` shrinks it about the centre (maskable icons keep it in the middle 80%). */
function svg(rounded: boolean, scale: number): string {
  const offset = (32 - 32 * scale) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="100%" height="100%"><rect width="32" height="32" rx="${rounded ? 7 : 0}" fill="${TEAL}"/><g transform="translate(${offset} ${offset}) scale(${scale})">${MARK}</g></svg>`;
}

const icons: [string, number, boolean, number][] = [
  ['icon-192.png', 192, true, 1],
  ['icon-512.png', 512, true, 1],
  ['maskable-512.png', 512, false, 0.72],
  ['apple-touch-icon.png', 180, false, 0.86],
];

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const [name, size, rounded, scale] of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style>${svg(rounded, scale)}`,
  );
  writeFileSync(`public/icons/${name}`, await page.screenshot({ omitBackground: true }));
  await page.close();
}
await browser.close();
console.log(`wrote ${icons.length} icons to public/icons/`);
