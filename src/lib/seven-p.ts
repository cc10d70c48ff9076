/**
 * 7P canvas rules: notes per case and per P, how complete an analysis is, and the check for the
 * common mistake of naming the seventh P "Proof" (the standard term is Physical Evidence).
 */
import { clampNumber, isRecord, isString } from './widget-state.ts';
import { cleanText } from './widget-text.ts';

/** Booms and Bitner's order: the four classic Ps, then the three service Ps. */
export const PS = ['product', 'price', 'place', 'promotion', 'people', 'evidence', 'process'] as const;
export type P = (typeof PS)[number];
export const CASES = ['hotel', 'cafe', 'airline', 'own'] as const;
export type CaseId = (typeof CASES)[number];
export const MAX_NOTE = 1200;
export const MAX_NAME = 80;

export type Notes = Record<P, string>;
export interface SevenPState {
  case: CaseId;
  /** Name of the reader's own case. */
  own: string;
  /** Which P is open (index into PS). */
  step: number;
  /** Notes are kept per case, so switching case never loses work. */
  notes: Record<CaseId, Notes>;
}

const emptyNotes = (): Notes => Object.fromEntries(PS.map((p) => [p, ''])) as Notes;
export const isCase = (x: unknown): x is CaseId => isString(x) && (CASES as readonly string[]).includes(x);

export const emptySevenP = (start: CaseId = 'hotel'): SevenPState => ({
  case: start,
  own: '',
  step: 0,
  notes: Object.fromEntries(CASES.map((c) => [c, emptyNotes()])) as Record<CaseId, Notes>,
});

export function setNote(state: SevenPState, p: P, text: string): SevenPState {
  const notes = { ...state.notes[state.case], [p]: text.slice(0, MAX_NOTE) };
  return { ...state, notes: { ...state.notes, [state.case]: notes } };
}

export const setStep = (state: SevenPState, step: number): SevenPState => ({ ...state, step: Math.round(clampNumber(step, 0, PS.length - 1, 0)) });

/**
 * A note counts once it says something: about a phrase (six Chinese characters, a dozen letters). Chinese packs a word into one or two
 * characters, so a Han character weighs as much as two letters.
 */
export function isFilled(text: string): boolean {
  let weight = 0;
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch)) weight += 2;
    else if (/[\p{L}\p{N}]/u.test(ch)) weight += 1;
  }
  return weight >= 12;
}

export interface Completeness {
  filled: number;
  total: number;
  percent: number;
  missing: P[];
}

export function completeness(notes: Notes): Completeness {
  const missing = PS.filter((p) => !isFilled(notes[p]));
  const filled = PS.length - missing.length;
  return { filled, total: PS.length, percent: Math.round((filled / PS.length) * 100), missing };
}

/**
 * True when a note names a P "Proof": the English word, or the Chinese 证明 used as a P's name
 * (证明策略, 证明(…), "第七个 P 是证明", "P:证明"). Plain uses such as 证明了质量 pass.
 */
export function mentionsProof(text: string): boolean {
  if (/\bproofs?\b/i.test(text)) return true;
  return /证明\s*(策略|[((:：])|(第[七7]\s*个?\s*P|[七7]\s*P|P\s*[::])[^。.\n]{0,8}证明/i.test(text);
}

export const proofFlags = (notes: Notes): P[] => PS.filter((p) => mentionsProof(notes[p]));

export function validateSevenP(raw: unknown): SevenPState | undefined {
  if (!isRecord(raw)) return undefined;
  const saved = isRecord(raw.notes) ? raw.notes : {};
  const notes = {} as Record<CaseId, Notes>;
  for (const c of CASES) {
    const n = isRecord(saved[c]) ? saved[c] : {};
    notes[c] = Object.fromEntries(PS.map((p) => [p, cleanText(n[p], MAX_NOTE)])) as Notes;
  }
  return { case: isCase(raw.case) ? raw.case : 'hotel', own: cleanText(raw.own, MAX_NAME), step: Math.round(clampNumber(raw.step, 0, PS.length - 1, 0)), notes };
}

export interface SevenPLabels {
  title: string;
  caseName: string;
  ps: Record<P, string>;
  empty: string;
  completeness: string;
}

export function sevenPMarkdown(state: SevenPState, l: SevenPLabels): string {
  const notes = state.notes[state.case];
  const lines = [`# ${l.title}: ${l.caseName}`, '', l.completeness, ''];
  for (const p of PS) lines.push(`## ${l.ps[p]}`, '', notes[p].trim() || l.empty, '');
  return lines.join('\n').trimEnd() + '\n';
}
