/** Links from a search result: to the exact section with the matched words to highlight, and to its slide. Pure. */

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

/** The words Pagefind marked in an excerpt (it wraps each match in <mark>), unescaped, without surrounding punctuation or repeats. */
export function markedWords(excerpt: string): string[] {
  const words: string[] = [];
  for (const m of excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)) {
    const word = m[1]
      .replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e])
      .replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '');
    if (word && !words.some((w) => w.toLowerCase() === word.toLowerCase())) words.push(word);
  }
  return words;
}

/**
 * What to highlight on the page a result opens: the searched text itself where the excerpt shows
 * it whole (so 服务补救 is marked, not every 服务 and 补救 Pagefind matched separately), otherwise
 * the words Pagefind marked, otherwise the searched words.
 */
export function wordsToHighlight(excerpt: string, searched: string): string[] {
  const phrase = searched.trim().replace(/\s+/g, ' ');
  const text = excerpt
    .replace(/<\/?mark>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e])
    .replace(/\s+/g, ' ');
  if (phrase && text.toLowerCase().includes(phrase.toLowerCase())) return [phrase];
  const marked = markedWords(excerpt);
  return marked.length ? marked : phrase.split(' ').filter(Boolean);
}

/** The query parameter that carries the words to highlight on the target page. */
export const HIGHLIGHT_PARAM = 'hl';

/** `url` with each word or phrase to highlight as an ?hl=… parameter, before any #fragment; unchanged when there are none. */
export function withHighlight(url: string, words: readonly string[]): string {
  const list = words.map((w) => w.trim()).filter(Boolean);
  if (list.length === 0) return url;
  const hashAt = url.indexOf('#');
  const [path, hash] = hashAt >= 0 ? [url.slice(0, hashAt), url.slice(hashAt)] : [url, ''];
  const sep = path.includes('?') ? '&' : '?';
  return `${path}${sep}${list.map((w) => `${HIGHLIGHT_PARAM}=${encodeURIComponent(w)}`).join('&')}${hash}`;
}

/** The words and phrases in a page's ?hl= parameters: at most eight, each at most 60 characters. */
export function parseHighlight(search: string): string[] {
  const words: string[] = [];
  for (const raw of new URLSearchParams(search).getAll(HIGHLIGHT_PARAM)) {
    const word = raw.trim().replace(/\s+/g, ' ').slice(0, 60);
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
