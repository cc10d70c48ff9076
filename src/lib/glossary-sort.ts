/** Sorting and grouping glossary terms for display. Pure; the collator comes from ICU. */

const pinyinCollator = new Intl.Collator('zh-CN-u-co-pinyin', { sensitivity: 'base' });
const englishCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export interface NamedTerm {
  id: string;
  zh: string;
  en: string;
}

/**
 * Chinese names in pinyin order (as a Chinese dictionary), English names alphabetically. Names
 * starting with a Latin letter (SWOT 分析) file under that letter among the pinyin ones, so each
 * index letter forms one group; names starting with a digit or symbol come last.
 */
export function sortTerms<T extends NamedTerm>(terms: readonly T[], lang: 'zh' | 'en'): T[] {
  const collator = lang === 'zh' ? pinyinCollator : englishCollator;
  const letter = (t: T) => {
    const l = indexLetter(t[lang], lang);
    return l === '#' ? '~' : l;
  };
  const byLetter = (a: T, b: T) => (letter(a) < letter(b) ? -1 : letter(a) > letter(b) ? 1 : 0);
  return [...terms].sort((a, b) => byLetter(a, b) || collator.compare(a[lang], b[lang]) || a.id.localeCompare(b.id));
}

/**
 * The index letter of a term: the first letter of the English name, or of the pinyin of the
 * Chinese name, found by the collator against the boundary characters of each pinyin letter.
 */
const PINYIN_BOUNDARIES: [string, string][] = [
  ['A', '阿'], ['B', '八'], ['C', '嚓'], ['D', '哒'], ['E', '妸'], ['F', '发'], ['G', '旮'],
  ['H', '哈'], ['J', '丌'], ['K', '咔'], ['L', '垃'], ['M', '妈'], ['N', '拿'], ['O', '噢'],
  ['P', '妑'], ['Q', '七'], ['R', '呥'], ['S', '仨'], ['T', '他'], ['W', '屲'], ['X', '夕'],
  ['Y', '丫'], ['Z', '帀'],
];

export function indexLetter(name: string, lang: 'zh' | 'en'): string {
  const first = name.trim().charAt(0);
  if (/[a-z0-9]/i.test(first)) return /[0-9]/.test(first) ? '#' : first.toUpperCase();
  if (lang === 'en') return '#';
  let letter = '#';
  for (const [l, boundary] of PINYIN_BOUNDARIES) {
    if (pinyinCollator.compare(first, boundary) >= 0) letter = l;
    else break;
  }
  return letter;
}
