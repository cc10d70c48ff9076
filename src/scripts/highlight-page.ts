/**
 * Loaded only when a page is opened from a search result (?hl=…): marks the searched words in the
 * page's main text, then brings the first mark in the target section into view.
 */
import { highlightRanges } from '../lib/highlight.ts';
import { parseHighlight } from '../lib/search-links.ts';

/** Islands are left alone (Preact owns their DOM), as are scripts, forms and hidden text. */
const SKIP =
  'script, style, noscript, astro-island, form, [hidden], .visually-hidden, mark.search-hit';
const MAX_MARKS = 300;

function highlight(root: HTMLElement, words: string[]): HTMLElement[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const marks: HTMLElement[] = [];
  for (const node of nodes) {
    const ranges = highlightRanges(node.data, words).slice(0, MAX_MARKS - marks.length);
    const inNode: HTMLElement[] = [];
    // Back to front, so earlier offsets stay valid while the node is split.
    for (const [start, end] of ranges.reverse()) {
      const hit = node.splitText(start);
      hit.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      hit.replaceWith(mark);
      mark.append(hit);
      inNode.unshift(mark);
    }
    marks.push(...inNode);
  }
  return marks;
}

const words = parseHighlight(location.search);
const main = document.getElementById('main');
if (main && words.length) {
  const marks = highlight(main, words);
  document.documentElement.dataset.searchHits = String(marks.length);
  const target =
    location.hash.length > 1
      ? document.getElementById(decodeURIComponent(location.hash.slice(1)))
      : null;
  const section = target?.closest('section') ?? target;
  const first = section ? marks.find((m) => section.contains(m)) : undefined;
  // The heading is already in view; scroll further only if the first hit lies below the fold.
  if (first && first.getBoundingClientRect().bottom > innerHeight)
    first.scrollIntoView({ block: 'center' });
}
