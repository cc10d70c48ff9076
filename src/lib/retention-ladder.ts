/**
 * Retention ladder: tactics placed on the four levels of customer bonds. Each level up is harder
 * for a competitor to copy: a price incentive is matched overnight, personal relationships less
 * easily, one-to-one solutions less still, and shared investments and systems hardest of all.
 * Quality service is the foundation under every level.
 */
import type { Lang } from './langs.ts';
import { cleanPlacement, gradeSort, type Placement, type SortGrade } from './sorting.ts';
import { isRecord } from './widget-state.ts';

/** The bonds from the bottom rung up. */
export const BONDS = ['financial', 'social', 'customisation', 'structural'] as const;
export type Bond = (typeof BONDS)[number];

/** How hard a bond is for a competitor to copy: 1 (easy) to 4 (hardest). */
export const copyDifficulty = (bond: Bond) => BONDS.indexOf(bond) + 1;

type Text = Record<Lang, string>;
export interface Tactic {
  id: string;
  bond: Bond;
  text: Text;
  why: Text;
}

export interface LadderState {
  placement: Placement;
  checked: boolean;
}

export const defaultLadderState = (): LadderState => ({ placement: {}, checked: false });

export function validateLadderState(raw: unknown, tactics: readonly Tactic[]): LadderState | undefined {
  if (!isRecord(raw)) return undefined;
  return { placement: cleanPlacement(raw.placement, tactics.map((t) => t.id), BONDS), checked: raw.checked === true };
}

export function gradeLadder(tactics: readonly Tactic[], placement: Placement): SortGrade {
  return gradeSort(Object.fromEntries(tactics.map((t) => [t.id, t.bond])), placement);
}

/** How many tactics the learner put on each rung. */
export function rungCounts(placement: Placement): Record<Bond, number> {
  const counts = { financial: 0, social: 0, customisation: 0, structural: 0 };
  for (const bond of Object.values(placement)) if (bond in counts) counts[bond as Bond]++;
  return counts;
}

export interface LadderLabels {
  title: string;
  bonds: Record<Bond, string>;
  difficulty: string[];
  unplaced: string;
  tactic: string;
  yours: string;
  answer: string;
}

/** The take-away: each tactic with the learner's rung, the right rung, how hard it is to copy, why. */
export function ladderMarkdown(tactics: readonly Tactic[], placement: Placement, lang: Lang, l: LadderLabels): string {
  const rows = tactics.map((t) => {
    const mine = placement[t.id] as Bond | undefined;
    const mark = mine ? (mine === t.bond ? ' ✓' : ' ✗') : '';
    return `| ${t.text[lang]} | ${mine ? l.bonds[mine] : l.unplaced}${mark} | ${l.bonds[t.bond]} (${l.difficulty[copyDifficulty(t.bond) - 1]}): ${t.why[lang]} |`;
  });
  return [`## ${l.title}`, '', `| ${l.tactic} | ${l.yours} | ${l.answer} |`, '| --- | --- | --- |', ...rows, ''].join('\n');
}
