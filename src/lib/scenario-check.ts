/**
 * Checks `content/scenarios/<id>.yaml` beyond its schema, so a malformed case stops the build
 * naming file, field and fix: the id matches the file name, the start and every choice point to
 * real nodes, every node is reachable, every decision point can still reach an ending, and the
 * lesson exists. Pure: it receives the file text.
 */
import { parse as parseYaml } from 'yaml';
import { scenarioFieldHints, scenarioSchema, type Scenario } from '../schemas/scenario.ts';
import { type ContentIssue, zodToIssues } from '../schemas/format-issues.ts';

export const SCENARIOS_DIR = 'content/scenarios';
export const isScenarioFile = (path: string) => /^content\/scenarios\/[^/]+\.ya?ml$/.test(path);

/** Every node reached from `from` by following `edges` (node id → ids it leads to). */
function reach(from: Iterable<string>, edges: Map<string, string[]>): Set<string> {
  const seen = new Set<string>();
  const todo = [...from];
  while (todo.length) {
    const n = todo.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    todo.push(...(edges.get(n) ?? []));
  }
  return seen;
}

function graphIssues(s: Scenario, base: string, lessons: ReadonlySet<string>): Omit<ContentIssue, 'file'>[] {
  const out: Omit<ContentIssue, 'file'>[] = [];
  const at = (i: number) => `nodes[${i}] (${s.nodes[i].id})`;
  if (s.id !== base) out.push({ field: 'id', message: `"${s.id}" does not match the file name ${base}.yaml`, fix: `rename the file to ${s.id}.yaml or set \`id: ${base}\`` });
  if (lessons.size && !lessons.has(s.lesson)) out.push({ field: 'lesson', message: `"${s.lesson}" is not a lesson of the course`, fix: `use one of: ${[...lessons].join(', ')}` });

  const ids = new Set<string>();
  s.nodes.forEach((n, i) => {
    if (ids.has(n.id)) out.push({ field: `${at(i)}.id`, message: `"${n.id}" is used by two nodes`, fix: 'give every node its own id' });
    ids.add(n.id);
  });
  const known = [...ids].join(', ');
  if (!ids.has(s.start)) out.push({ field: 'start', message: `names node "${s.start}", which does not exist`, fix: `use one of the node ids: ${known}` });

  const edges = new Map<string, string[]>();
  let broken = !ids.has(s.start);
  s.nodes.forEach((n, i) => {
    if (!n.choices && !n.ending) out.push({ field: at(i), message: 'has no choices and is not marked as an ending', fix: 'add at least two `choices:`, or `ending: good`, `mixed` or `bad` if the story ends here' });
    if (n.choices && n.ending) out.push({ field: at(i), message: 'has choices but is also marked as an ending', fix: 'remove `ending:` or the choices' });
    n.choices?.forEach((c, j) => {
      if (!ids.has(c.next)) broken = true;
      if (!ids.has(c.next)) out.push({ field: `${at(i)}.choices[${j}].next`, message: `points to node "${c.next}", which does not exist`, fix: `use one of the node ids: ${known}` });
    });
    edges.set(n.id, (n.choices ?? []).map((c) => c.next).filter((x) => ids.has(x)));
  });
  // Reachability is only meaningful once every link points somewhere; otherwise it repeats the same mistake.
  if (broken) return out;

  const reachable = reach([s.start], edges);
  s.nodes.forEach((n, i) => {
    if (reachable.has(n.id)) return;
    const what = n.ending ? 'this ending' : 'this node';
    out.push({ field: at(i), message: `${what} cannot be reached from the start: no choice leads to it`, fix: `add a choice with \`next: ${n.id}\` on the way, or delete the node` });
  });

  const endings = s.nodes.filter((n) => n.ending).map((n) => n.id);
  if (!endings.length) {
    out.push({ field: 'nodes', message: 'has no ending', fix: 'mark at least one node with `ending: good`, `mixed` or `bad`' });
    return out;
  }
  const back = new Map<string, string[]>();
  for (const [from, tos] of edges) for (const to of tos) back.set(to, [...(back.get(to) ?? []), from]);
  const canEnd = reach(endings, back);
  s.nodes.forEach((n, i) => {
    if (reachable.has(n.id) && !canEnd.has(n.id) && n.choices) {
      out.push({ field: at(i), message: 'no ending can be reached from here: its choices go round in a loop', fix: 'let at least one choice lead on towards a node with `ending:`' });
    }
  });
  return out;
}

/** Adds the node id to fields like `nodes[3].choices[0].strategy` so authors can find it. */
function labelNodes(issues: ContentIssue[], data: unknown): ContentIssue[] {
  const nodes = (data as { nodes?: { id?: unknown }[] })?.nodes;
  return issues.map((i) => {
    const m = /^nodes\[(\d+)\]/.exec(i.field);
    const nid = m && Array.isArray(nodes) ? nodes[Number(m[1])]?.id : undefined;
    return typeof nid === 'string' ? { ...i, field: i.field.replace(/^nodes\[(\d+)\]/, `nodes[$1] (${nid})`) } : i;
  });
}

export interface CheckedScenario {
  issues: ContentIssue[];
  scenario?: Scenario;
}

/** Checks one scenario file. `lessons` holds the course's lesson slugs (empty: not checked). */
export function checkScenario(file: string, text: string, lessons: ReadonlySet<string> = new Set()): CheckedScenario {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    return { issues: [{ file, field: '', message: `is not valid YAML: ${(e as Error).message.split('\n')[0].replace(/:$/, '')}`, fix: 'check indentation and quote values that contain a colon' }] };
  }
  const result = scenarioSchema.safeParse(data);
  if (!result.success) return { issues: labelNodes(zodToIssues(file, '', result.error, data, scenarioFieldHints), data) };
  const base = file.split('/').pop()!.replace(/\.ya?ml$/, '');
  const issues = graphIssues(result.data, base, lessons).map((i) => ({ file, ...i }));
  return { issues, scenario: issues.length ? undefined : result.data };
}

/** Checks every scenario in the content tree. */
export function checkScenarios(files: ReadonlyMap<string, string>, lessons: ReadonlySet<string>): ContentIssue[] {
  return [...files].filter(([path]) => isScenarioFile(path)).flatMap(([path, text]) => checkScenario(path, text, lessons).issues);
}
