/** Links from a search result: to the exact section with the matched words to highlight, and to its slide. Pure. */

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** The words Pagefind marked in an excerpt (it wraps each match in <mark>), unescaped and without repeats. */
export function markedWords(excerpt: string): string[] {
  const words: string[] = [];
  for (const m of excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)) {
    const word = m[1].replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e]).trim();
    if (word && !words.some((w) => w.toLowerCase() === word.toLowerCase())) words.push(word);
  }
  return words;
}

/** The query parameter that carries the words to highlight on the target page. */
export const HIGHLIGHT_PARAM = 'hl';

/** `url` with the words to highlight as ?hl=…, before any #fragment; unchanged when there are none. */
export function withHighlight(url: string, words: readonly string[]): string {
  const list = words.map((w) => w.trim()).filter(Boolean);
  if (list.length === 0) return url;
  const hashAt = url.indexOf('#');
  const [path, hash] = hashAt >= 0 ? [url.slice(0, hashAt), url.slice(hashAt)] : [url, ''];
  const sep = path.includes('?') ? '&' : '?';
  return `${path}${sep}${HIGHLIGHT_PARAM}=${encodeURIComponent(list.join(' '))}${hash}`;
}

/** The words in a page's ?hl= parameter: at most eight, each at most 40 characters. */
export function parseHighlight(search: string): string[] {
  const raw = new URLSearchParams(search).get(HIGHLIGHT_PARAM) ?? '';
  const words: string[] = [];
  for (const w of raw.split(/\s+/)) {
    const word = w.trim().slice(0, 40);
    if (word && !words.some((x) => x.toLowerCase() === word.toLowerCase())) words.push(word);
  }
  return words.slice(0, 8);
}

/**
 * The slide deck URL showing the same section as a lesson-section URL: the deck is
 * /<lang>/lessons/<slug>/slides/ and names the slide by its section id in the fragment.
 * Null for anything that is not a lesson section.
 */
export function slideUrl(url: string): string | null {
  const m = /^(.*\/(?:zh|en)\/lessons\/[a-z0-9-]+\/)(?:\?[^#]*)?#(.+)$/.exec(url);
  return m ? `${m[1]}slides/#${m[2]}` : null;
}
