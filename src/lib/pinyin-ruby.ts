/**
 * Pinyin for Chinese text, one syllable per character, for <ruby> annotations. Uses pinyin-pro
 * (context-aware for polyphonic characters such as 重 in 重视 / 重新), dictionary tones.
 */
import { pinyin } from 'pinyin-pro';

export interface RubySegment {
  text: string;
  /** Pinyin for a Han character; absent for anything else (Latin, digits, punctuation). */
  reading?: string;
}

const HAN = /\p{Script=Han}/u;

export function rubySegments(text: string): RubySegment[] {
  const chars = [...text];
  const readings = pinyin(text, { type: 'array', toneSandhi: false });
  const out: RubySegment[] = [];
  chars.forEach((ch, i) => {
    if (HAN.test(ch)) out.push({ text: ch, reading: readings[i] });
    else if (out.length && out.at(-1)!.reading === undefined) out.at(-1)!.text += ch;
    else out.push({ text: ch });
  });
  return out;
}

/** Escapes text for use inside HTML. */
export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** HTML for a phrase with pinyin above each character; the <rt> is hidden until pinyin is turned on. */
export function rubyHtml(text: string, escape: (s: string) => string = escapeHtml): string {
  return rubySegments(text)
    .map((s) => (s.reading ? `<ruby>${escape(s.text)}<rt data-pagefind-ignore>${escape(s.reading)}</rt></ruby>` : escape(s.text)))
    .join('');
}
