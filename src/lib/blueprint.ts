/**
 * Service blueprint builder: the steps of a service, in time order, placed into the four lanes
 * (customer actions, onstage contact, backstage contact, support processes), with fail points
 * and waiting points marked, compared with a model blueprint.
 */
import type { Lang } from './langs.ts';
import { cleanPlacement, gradeSort, type Placement, type SortGrade } from './sorting.ts';
import { isRecord } from './widget-state.ts';

export const LANES = ['customer', 'onstage', 'backstage', 'support'] as const;
export type Lane = (typeof LANES)[number];
type Text = Record<Lang, string>;

export interface BlueprintStep {
  id: string;
  lane: Lane;
  text: Text;
  /** Why the step is in its lane, where that is not obvious. */
  why?: Text;
  /** Set when the model marks a fail point here: what can go wrong. */
  fail?: Text;
  /** Set when the model marks a waiting point here: who waits, and for what. */
  wait?: Text;
}

export interface BlueprintCase {
  id: string;
  title: Text;
  /** Steps in time order. */
  steps: BlueprintStep[];
}

export interface CaseWork {
  placement: Placement;
  fail: string[];
  wait: string[];
}

export interface BlueprintState {
  caseId: string;
  work: Record<string, CaseWork>;
  compared: boolean;
}

export const emptyWork = (): CaseWork => ({ placement: {}, fail: [], wait: [] });

export function defaultBlueprintState(cases: readonly BlueprintCase[], preset?: string): BlueprintState {
  return { caseId: cases.some((c) => c.id === preset) ? preset! : cases[0].id, work: {}, compared: false };
}

const stepList = (raw: unknown, ids: readonly string[]) => (Array.isArray(raw) ? ids.filter((id) => raw.includes(id)) : []);

export function validateBlueprintState(raw: unknown, cases: readonly BlueprintCase[]): BlueprintState | undefined {
  if (!isRecord(raw)) return undefined;
  const saved = isRecord(raw.work) ? raw.work : {};
  const work: Record<string, CaseWork> = {};
  for (const c of cases) {
    const w = saved[c.id];
    if (!isRecord(w)) continue;
    const ids = c.steps.map((s) => s.id);
    work[c.id] = { placement: cleanPlacement(w.placement, ids, LANES), fail: stepList(w.fail, ids), wait: stepList(w.wait, ids) };
  }
  const caseId = cases.some((c) => c.id === raw.caseId) ? (raw.caseId as string) : cases[0].id;
  return { caseId, work, compared: raw.compared === true };
}

/** Adds the step to the list, or takes it out. */
export function toggle(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

export interface PointGrade {
  /** Model points the learner marked too. */
  found: number;
  /** Model points in all. */
  total: number;
  /** Points the learner marked that the model does not have. */
  extra: number;
}

function gradePoints(steps: readonly BlueprintStep[], marked: readonly string[], key: 'fail' | 'wait'): PointGrade {
  const model = steps.filter((s) => s[key]).map((s) => s.id);
  return { found: model.filter((id) => marked.includes(id)).length, total: model.length, extra: marked.filter((id) => !model.includes(id)).length };
}

export interface BlueprintGrade {
  lanes: SortGrade;
  fail: PointGrade;
  wait: PointGrade;
}

export function gradeBlueprint(c: BlueprintCase, work: CaseWork): BlueprintGrade {
  return {
    lanes: gradeSort(Object.fromEntries(c.steps.map((s) => [s.id, s.lane])), work.placement),
    fail: gradePoints(c.steps, work.fail, 'fail'),
    wait: gradePoints(c.steps, work.wait, 'wait'),
  };
}

export interface BlueprintLabels {
  title: string;
  lanes: Record<Lane, string>;
  unplaced: string;
  failPoint: string;
  waitPoint: string;
  step: string;
  lane: string;
  model: string;
}

/** The take-away: the learner's blueprint as a table, lane by lane, with the model beside it. */
export function blueprintMarkdown(c: BlueprintCase, work: CaseWork, lang: Lang, l: BlueprintLabels): string {
  const marks = (fail: boolean, wait: boolean) => [fail && `⚠ ${l.failPoint}`, wait && `⏱ ${l.waitPoint}`].filter(Boolean).join(', ');
  const rows = c.steps.map((s, i) => {
    const lane = work.placement[s.id] as Lane | undefined;
    const mine = [lane ? l.lanes[lane] : l.unplaced, marks(work.fail.includes(s.id), work.wait.includes(s.id))].filter(Boolean).join('; ');
    const model = [l.lanes[s.lane], marks(!!s.fail, !!s.wait)].filter(Boolean).join('; ');
    return `| ${i + 1} | ${s.text[lang]} | ${mine} | ${model} |`;
  });
  return [`## ${l.title}: ${c.title[lang]}`, '', `| # | ${l.step} | ${l.lane} | ${l.model} |`, '| --- | --- | --- | --- |', ...rows, ''].join('\n');
}
