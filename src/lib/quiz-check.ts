/**
 * Checks a lesson's quiz.yaml beyond its schema: answers that name real options, partners for
 * every matching pair, groups that exist, blanks that match the prompt, ids unique course-wide,
 * sections that exist in the lesson.
 */
import { parse as parseYaml } from 'yaml';
import { quizFieldHints, quizFileSchema, type Question, type QuizFile } from '../schemas/quiz.ts';
import { type ContentIssue, zodToIssues } from '../schemas/format-issues.ts';

const BLANK = /_{3,}/g;

function semanticIssues(q: Question, index: number, sectionIds: ReadonlySet<string>): { field: string; message: string; fix: string }[] {
  const at = `questions[${index}] (${q.id})`;
  const out: { field: string; message: string; fix: string }[] = [];
  if (sectionIds.size && !sectionIds.has(q.section)) {
    out.push({ field: `${at}.section`, message: `"${q.section}" is not a section of this lesson`, fix: `use one of: ${[...sectionIds].join(', ')}` });
  }
  const dup = (ids: string[], what: string) => {
    const seen = new Set<string>();
    for (const i of ids) {
      if (seen.has(i)) out.push({ field: `${at}.${what}`, message: `id "${i}" is used twice`, fix: `give every ${what} item its own id` });
      seen.add(i);
    }
  };
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const ids = q.options.map((o) => o.id);
      dup(ids, 'options');
      const answers = Array.isArray(q.answer) ? q.answer : [q.answer];
      for (const a of answers) {
        if (!ids.includes(a)) out.push({ field: `${at}.answer`, message: `names option "${a}", which does not exist`, fix: `use one of the option ids ${ids.join(', ')}` });
      }
      if (q.type === 'multiple' && new Set(answers).size === ids.length) {
        out.push({ field: `${at}.answer`, message: 'every option is correct, so the question tests nothing', fix: 'add a wrong option or use another question type' });
      }
      break;
    }
    case 'fill':
      for (const lang of ['zh', 'en'] as const) {
        const count = (q.prompt[lang].match(BLANK) ?? []).length;
        if (count !== q.blanks.length) {
          out.push({ field: `${at}.prompt.${lang}`, message: `has ${count} blank(s) ___ but ${q.blanks.length} blank(s) are defined`, fix: 'write one ___ in the prompt per entry under blanks' });
        }
      }
      break;
    case 'matching': {
      dup(q.pairs.map((p) => p.id), 'pairs');
      break;
    }
    case 'ordering':
      dup(q.items.map((i) => i.id), 'items');
      break;
    case 'categorise': {
      const groups = q.groups.map((g) => g.id);
      dup(groups, 'groups');
      dup(q.items.map((i) => i.id), 'items');
      q.items.forEach((item, i) => {
        if (!groups.includes(item.group)) out.push({ field: `${at}.items[${i}].group`, message: `names group "${item.group}", which does not exist`, fix: `use one of the group ids ${groups.join(', ')}` });
      });
      break;
    }
  }
  return out;
}

/** Matching pairs are written as `left`/`right`; a pair missing one side gets a clear message before zod's. */
function pairIssues(file: string, data: unknown): ContentIssue[] {
  const out: ContentIssue[] = [];
  const questions = (data as { questions?: unknown[] })?.questions;
  if (!Array.isArray(questions)) return out;
  questions.forEach((q, qi) => {
    const pairs = (q as { type?: string; pairs?: unknown[] })?.pairs;
    if ((q as { type?: string })?.type !== 'matching' || !Array.isArray(pairs)) return;
    pairs.forEach((p, pi) => {
      const pair = p as { left?: unknown; right?: unknown; id?: unknown };
      for (const side of ['left', 'right'] as const) {
        const other = side === 'left' ? 'right' : 'left';
        if (pair?.[side] === undefined && pair?.[other] !== undefined) {
          out.push({ file, field: `questions[${qi}] (${String((q as { id?: unknown }).id)}).pairs[${pi}]`, message: `pair "${String(pair.id)}" has a ${other} item but no ${side} partner`, fix: `add \`${side}:\` with zh and en text to the pair` });
        }
      }
    });
  });
  return out;
}

export interface CheckedQuiz {
  issues: ContentIssue[];
  quiz?: QuizFile;
}

/** Checks one quiz file. `knownIds` collects question ids across files to catch duplicates course-wide. */
export function checkQuiz(file: string, text: string, sectionIds: ReadonlySet<string>, knownIds: Map<string, string>): CheckedQuiz {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    return { issues: [{ file, field: '', message: `is not valid YAML: ${(e as Error).message.split('\n')[0]}`, fix: 'check indentation and quote values that contain a colon' }] };
  }
  const pairs = pairIssues(file, data);
  const result = quizFileSchema.safeParse(data);
  if (!result.success) {
    const schemaIssues = zodToIssues(file, '', result.error, data, quizFieldHints).filter(
      (i) => !pairs.some((p) => i.field.startsWith(p.field.replace(/ \([^)]*\)/, ''))),
    );
    return { issues: [...pairs, ...labelQuestions(schemaIssues, data)] };
  }
  const issues: ContentIssue[] = [];
  result.data.questions.forEach((q, i) => {
    const other = knownIds.get(q.id);
    if (other) issues.push({ file, field: `questions[${i}].id`, message: `"${q.id}" is already used in ${other}`, fix: 'question ids are unique across the course: rename one' });
    else knownIds.set(q.id, file);
    for (const s of semanticIssues(q, i, sectionIds)) issues.push({ file, ...s });
  });
  return { issues, quiz: issues.length ? undefined : result.data };
}

/** Adds the question id to fields like `questions[3].answer` so authors can find it. */
function labelQuestions(issues: ContentIssue[], data: unknown): ContentIssue[] {
  const questions = (data as { questions?: { id?: unknown }[] })?.questions;
  return issues.map((i) => {
    const m = /^questions\[(\d+)\]/.exec(i.field);
    const qid = m && Array.isArray(questions) ? questions[Number(m[1])]?.id : undefined;
    return typeof qid === 'string' ? { ...i, field: i.field.replace(/^questions\[(\d+)\]/, `questions[$1] (${qid})`) } : i;
  });
}
