/**
 * Traditional Chinese pages, generated from the Simplified ones after the build: Han text is
 * converted run by run (a converter such as opencc-js cn → twp is injected), and the page is
 * re-addressed from /zh/ to /zh-hant/. Pure string work, so it is unit-tested without a build.
 */

export type Convert = (text: string) => string;

/** Converts every run of Han characters (and CJK punctuation), caching runs across pages. */
export function convertHanRuns(text: string, convert: Convert, cache = new Map<string, string>()): string {
  return text.replace(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu, (run) => {
    let out = cache.get(run);
    if (out === undefined) {
      out = convert(run);
      cache.set(run, out);
    }
    return out;
  });
}

export const HANT_HTML_LANG = 'zh-Hant-TW';

/**
 * Re-addresses a converted zh page as zh-hant: language tags, links into /zh/, the data files it
 * fetches, and the script switch (which now leads back to Simplified).
 */
export function readdressAsHant(html: string, base: string, labels: { toSimplified: string; toSimplifiedLabel: string }): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const esc = b.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  let out = html
    .replace(/(\s(?:lang|hreflang))="zh-CN"/g, `$1="${HANT_HTML_LANG}"`)
    .replace(/data-ui-lang="zh"/g, 'data-ui-lang="zh-hant"')
    .replace(new RegExp(`(["'(=]|&quot;)${esc}zh/`, 'g'), `$1${b}zh-hant/`);
  out = out.replace(/<a class="script-switch"([^>]*)>([^<]*)<\/a>/g, (_, attrs: string) => {
    const a = attrs
      .replace(new RegExp(`href="${esc}zh-hant/`), `href="${b}zh/`)
      .replace(/(lang|hreflang)="[^"]*"/g, '$1="zh-CN"')
      .replace(/data-lang-switch="[^"]*"/, 'data-lang-switch="zh"')
      .replace(/aria-label="[^"]*"/, `aria-label="${labels.toSimplifiedLabel}"`);
    return `<a class="script-switch"${a}>${labels.toSimplified}</a>`;
  });
  return out;
}

const HAN = /\p{Script=Han}/u;
const hantName = (name: string) => name.replace(/\.js$/, '.hant.js');

/**
 * Which JS chunks need a Traditional copy: those with Chinese text (widget strings), and every
 * chunk that imports one of them, directly or not, so a page's island loads only Traditional text.
 */
export function hantChunkSet(chunks: ReadonlyMap<string, string>): Set<string> {
  const set = new Set([...chunks].filter(([, code]) => HAN.test(code)).map(([name]) => name));
  let grew = true;
  while (grew) {
    grew = false;
    for (const [name, code] of chunks) {
      if (set.has(name)) continue;
      if ([...set].some((dep) => code.includes(`/${dep}`) || code.includes(`"./${dep}"`) || code.includes(`'./${dep}'`))) {
        set.add(name);
        grew = true;
      }
    }
  }
  return set;
}

/** Points references to chunks in `set` (in JS imports or HTML attributes) at their .hant.js copies. */
export function pointAtHantChunks(text: string, set: ReadonlySet<string>): string {
  if (set.size === 0) return text;
  const names = [...set].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return text.replace(new RegExp(`([/"'])(${names})(?=["'?#\\s)])`, 'g'), (_, lead: string, name: string) => `${lead}${hantName(name)}`);
}

export { hantName };
