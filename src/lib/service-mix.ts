/**
 * Service mix sorter: the elements of an offering sorted into core, facilitating and supporting
 * services. Saved state, grading and the Markdown take-away.
 */
import type { Lang } from './langs.ts';
import { cleanPlacement, gradeSort, type Placement, type SortGrade } from './sorting.ts';
import { isRecord } from './widget-state.ts';

export const MIX_GROUPS = ['core', 'facilitating', 'supporting'] as const;
export type MixGroup = (typeof MIX_GROUPS)[number];
export type Text = Record<Lang, string>;

export interface MixElement {
  id: string;
  group: MixGroup;
  text: Text;
  /** Why it belongs to its group, shown after checking. */
  why: Text;
}

export interface MixCase {
  id: string;
  title: Text;
  elements: MixElement[];
}

export interface MixState {
  /** The case on screen. */
  caseId: string;
  /** Case id → that case's placement, so switching case keeps the work. */
  placements: Record<string, Placement>;
  /** Whether the answers are shown for the case on screen. */
  checked: boolean;
}

export function defaultMixState(cases: readonly MixCase[], preset?: string): MixState {
  const caseId = cases.some((c) => c.id === preset) ? preset! : cases[0].id;
  return { caseId, placements: {}, checked: false };
}

/** Keeps what still fits the cases; an unknown case falls back to the first. */
export function validateMixState(raw: unknown, cases: readonly MixCase[]): MixState | undefined {
  if (!isRecord(raw)) return undefined;
  const current = cases.find((c) => c.id === raw.caseId) ?? cases[0];
  const saved = isRecord(raw.placements) ? raw.placements : {};
  const placements: Record<string, Placement> = {};
  for (const c of cases) {
    const p = cleanPlacement(saved[c.id], c.elements.map((e) => e.id), MIX_GROUPS);
    if (Object.keys(p).length) placements[c.id] = p;
  }
  return { caseId: current.id, placements, checked: raw.checked === true };
}

export function answerKey(c: MixCase): Record<string, string> {
  return Object.fromEntries(c.elements.map((e) => [e.id, e.group]));
}

export function gradeMix(c: MixCase, placement: Placement): SortGrade {
  return gradeSort(answerKey(c), placement);
}

export interface MixLabels {
  title: string;
  groups: Record<MixGroup, string>;
  unsorted: string;
  element: string;
  yourGroup: string;
  answer: string;
  score: string;
}

/** The take-away: one table row per element, with the right group and the reason. */
export function mixMarkdown(c: MixCase, placement: Placement, lang: Lang, l: MixLabels): string {
  const g = gradeMix(c, placement);
  const rows = c.elements.map((e) => {
    const mine = placement[e.id] as MixGroup | undefined;
    const mark = mine ? (mine === e.group ? '✓' : '✗') : '–';
    return `| ${e.text[lang]} | ${mine ? l.groups[mine] : l.unsorted} ${mark} | ${l.groups[e.group]}: ${e.why[lang]} |`;
  });
  return [
    `## ${l.title}: ${c.title[lang]}`,
    '',
    l.score.replace('{right}', String(g.right)).replace('{total}', String(g.total)),
    '',
    `| ${l.element} | ${l.yourGroup} | ${l.answer} |`,
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
