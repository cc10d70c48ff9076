/**
 * Normalising free-text answers so that equivalent writings compare equal: full-width and
 * half-width forms (NFKC), letter case, spaces, punctuation of either script, and — through the
 * injected converter — Traditional and Simplified characters.
 */

/** Traditional → Simplified converter (opencc-js in the app; identity where it is not loaded). */
export type ScriptConverter = (text: string) => string;

const PUNCTUATION_AND_SPACE = /[\p{P}\p{S}\p{Z}\s]+/gu;

export function normalizeAnswer(text: string, toSimplified: ScriptConverter = (s) => s): string {
  const folded = text.normalize('NFKC').toLowerCase();
  return toSimplified(folded).replace(PUNCTUATION_AND_SPACE, '');
}

/** True when the text holds CJK ideographs (only then is the script converter worth loading). */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
