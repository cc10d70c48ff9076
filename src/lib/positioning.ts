/**
 * Positioning statement rules. The template: 对(目标市场)而言,我们的(品牌)是(定位概念),即(独特之处)
 * — "For (target market), our (brand) is (positioning concept) that (point of difference)". The
 * checks are what makes a statement usable: every part filled, a target narrow enough to act on,
 * a difference that is concrete rather than a boast, distinct parts, and short enough to remember.
 */
import { isRecord } from './widget-state.ts';
import { cleanText, fill } from './widget-text.ts';

export const PARTS = ['target', 'brand', 'concept', 'difference'] as const;
export type Part = (typeof PARTS)[number];
export type PositioningState = Record<Part, string>;
export const MAX_PART = 160;

export const emptyPositioning = (): PositioningState => ({ target: '', brand: '', concept: '', difference: '' });

export function validatePositioning(raw: unknown): PositioningState | undefined {
  if (!isRecord(raw)) return undefined;
  return { target: cleanText(raw.target, MAX_PART), brand: cleanText(raw.brand, MAX_PART), concept: cleanText(raw.concept, MAX_PART), difference: cleanText(raw.difference, MAX_PART) };
}

/** Trailing punctuation a reader types would double the template's own. */
const tidy = (s: string) => s.trim().replace(/[。.,,;;!!]+$/u, '');

/** The statement with each empty part shown as its placeholder, e.g. "(目标市场)". */
export function statement(state: PositioningState, template: string, placeholders: Record<Part, string>): string {
  const params = Object.fromEntries(PARTS.map((p) => [p, tidy(state[p]) || `(${placeholders[p]})`]));
  return fill(template, params);
}

/** "Everyone" is not a target market. */
const VAGUE_TARGETS = ['everyone', 'everybody', 'anyone', 'all customers', 'all people', 'the public', 'all consumers', '所有人', '每个人', '大家', '所有顾客', '所有客户', '广大消费者', '全体', '任何人', '大众'];
/** Claims every brand makes: they position nobody. */
const CLICHES = ['best', 'high quality', 'high-quality', 'excellent', 'world-class', 'world class', 'first-class', 'top quality', 'great service', 'good service', 'quality service', 'number one', 'no. 1', '最好', '一流', '优质', '卓越', '高品质', '第一', '最优', '顶级', '服务好', '质量好'];

const hanCount = (s: string) => [...s].filter((ch) => /\p{Script=Han}/u.test(ch)).length;
const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const has = (text: string, words: string[]) => {
  const lower = text.toLowerCase();
  return words.some((w) => (/^[\x20-\x7e]+$/.test(w) ? new RegExp(`(^|[^a-z])${w.replace(/[.]/g, '\\.')}($|[^a-z])`).test(lower) : lower.includes(w)));
};

export const CHECKS = ['complete', 'specificTarget', 'concreteDifference', 'distinct', 'concise'] as const;
export type Check = (typeof CHECKS)[number];
export interface CheckResult {
  id: Check;
  pass: boolean;
  /** Words that made the check fail, to show the reader. */
  found?: string[];
}

/** Long enough to read aloud in one breath: 60 Chinese characters, or 40 English words. */
export const MAX_HAN = 60;
export const MAX_WORDS = 40;

export function checkStatement(state: PositioningState): CheckResult[] {
  const parts = PARTS.map((p) => state[p].trim());
  const all = parts.join(' ');
  const vague = VAGUE_TARGETS.filter((w) => has(state.target, [w]));
  const cliches = CLICHES.filter((w) => has(state.difference, [w]));
  const lower = parts.map((s) => s.toLowerCase()).filter(Boolean);
  const words = wordCount(all.replace(/\p{Script=Han}/gu, ' '));
  return [
    { id: 'complete', pass: parts.every(Boolean) },
    { id: 'specificTarget', pass: !!state.target.trim() && vague.length === 0, found: vague },
    { id: 'concreteDifference', pass: !!state.difference.trim() && cliches.length === 0, found: cliches },
    { id: 'distinct', pass: lower.length > 1 && new Set(lower).size === lower.length },
    { id: 'concise', pass: !!all.trim() && hanCount(all) <= MAX_HAN && words <= MAX_WORDS },
  ];
}

export const score = (results: CheckResult[]) => results.filter((r) => r.pass).length;

export interface PositioningLabels {
  title: string;
  template: string;
  placeholders: Record<Part, string>;
  parts: Record<Part, string>;
  checklistTitle: string;
  checks: Record<Check, { ok: string; no: string }>;
}

export function positioningMarkdown(state: PositioningState, l: PositioningLabels): string {
  const lines = [`# ${l.title}`, '', `> ${statement(state, l.template, l.placeholders)}`, ''];
  for (const p of PARTS) lines.push(`- **${l.parts[p]}**: ${state[p].trim() || '–'}`);
  lines.push('', `## ${l.checklistTitle}`, '');
  for (const r of checkStatement(state)) lines.push(`- [${r.pass ? 'x' : ' '}] ${r.pass ? l.checks[r.id].ok : l.checks[r.id].no}`);
  return lines.join('\n') + '\n';
}
