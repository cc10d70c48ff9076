/** Finding the searched words in a text node's text, for highlighting on the target page. Pure. */

const HAN = /\p{Script=Han}/u;
const LETTER = /[\p{L}\p{N}]/u;

/**
 * Ranges [start, end) of `text` to highlight, sorted and never overlapping. Case does not matter.
 * A Latin word matches at the start of a word and may run on ("employee" marks "employees"); a
 * Chinese word matches anywhere. Words shorter than two characters are skipped (too noisy).
 */
export function highlightRanges(text: string, words: readonly string[]): [number, number][] {
  const lower = text.toLowerCase();
  const ranges: [number, number][] = [];
  for (const word of words) {
    const w = word.toLowerCase();
    if ([...w].length < 2) continue;
    const han = HAN.test(w);
    for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
      if (!han && at > 0 && LETTER.test(lower[at - 1]) && !HAN.test(lower[at - 1])) continue;
      let end = at + w.length;
      if (!han)
        while (end < lower.length && LETTER.test(lower[end]) && !HAN.test(lower[end])) end++;
      ranges.push([at, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
