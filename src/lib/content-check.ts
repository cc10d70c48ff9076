/**
 * Cross-file checks of the course content that a per-file schema cannot do: both languages
 * present, same sections in the same order, glossary links that resolve, unique orders and slugs.
 * Pure: it receives the files as a path → text map, so tests can feed it fixtures.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { KEBAB_ID, LANGS, lessonFieldHints, lessonFrontmatterSchema } from '../schemas/lesson.ts';
import type { LessonFrontmatter } from '../schemas/lesson.ts';
import { glossaryFieldHints, glossaryFileSchema } from '../schemas/glossary.ts';
import { type ContentIssue, zodToIssues } from '../schemas/format-issues.ts';
import { scanLesson, type ScannedLesson } from './mdx-scan.ts';
import { checkQuiz } from './quiz-check.ts';
import { widgetNames } from '../components/widgets/registry.ts';
import { checkScenarios } from './scenario-check.ts';

export const LESSONS_DIR = 'content/lessons';
export const GLOSSARY_FILE = 'content/glossary.yaml';

interface LessonFile {
  path: string;
  scan: ScannedLesson;
  frontmatter?: LessonFrontmatter;
}

function parseYamlText(file: string, field: string, text: string, issues: ContentIssue[]): unknown {
  try {
    return parseYaml(text);
  } catch (e) {
    const where = e instanceof YAMLParseError && e.linePos ? ` at line ${e.linePos[0].line}` : '';
    issues.push({ file, field, message: `is not valid YAML${where}: ${(e as Error).message.split('\n')[0]}`, fix: 'check indentation and quote values that contain a colon' });
    return undefined;
  }
}

function checkLessonFile(path: string, text: string, issues: ContentIssue[]): LessonFile {
  const scan = scanLesson(text);
  for (const p of scan.problems) issues.push({ file: path, field: `line ${p.line}`, message: p.message, fix: p.fix });
  const file: LessonFile = { path, scan };
  if (scan.frontmatter === null) {
    issues.push({ file: path, field: 'frontmatter', message: 'is missing', fix: 'start the file with a --- block holding title, summary, order and minutes' });
  } else {
    const data = parseYamlText(path, 'frontmatter', scan.frontmatter, issues) ?? {};
    const result = lessonFrontmatterSchema.safeParse(data);
    if (result.success) file.frontmatter = result.data;
    else issues.push(...zodToIssues(path, 'frontmatter', result.error, data, lessonFieldHints));
  }
  const seen = new Set<string>();
  for (const s of scan.sections) {
    if (!KEBAB_ID.test(s.id)) issues.push({ file: path, field: `line ${s.line}: section "${s.id}"`, message: 'id is not kebab-case', fix: 'use lower-case words joined by hyphens, e.g. take-problems-seriously' });
    if (seen.has(s.id)) issues.push({ file: path, field: `line ${s.line}: section "${s.id}"`, message: 'id is used twice in this file', fix: 'give every section its own id' });
    seen.add(s.id);
  }
  if (scan.sections.length === 0) issues.push({ file: path, field: 'sections', message: 'the lesson has no <Section>', fix: 'wrap the lesson body in <Section id="…" title="…"> blocks' });
  return file;
}

function compareLanguages(slug: string, zh: LessonFile, en: LessonFile, issues: ContentIssue[]) {
  const a = zh.scan.sections.map((s) => s.id);
  const b = en.scan.sections.map((s) => s.id);
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) continue;
    const field = `sections[${i}]`;
    const message = a[i] === undefined
      ? `en.mdx has an extra section "${b[i]}" that zh.mdx lacks`
      : b[i] === undefined
        ? `zh.mdx has a section "${a[i]}" that en.mdx lacks`
        : `zh.mdx has "${a[i]}" where en.mdx has "${b[i]}"`;
    issues.push({ file: `${LESSONS_DIR}/${slug}/en.mdx`, field, message, fix: `give zh.mdx and en.mdx the same section ids in the same order (zh: ${a.join(', ')}; en: ${b.join(', ')})` });
    break;
  }
  const widgets = (f: LessonFile) => f.scan.widgets.map((w) => `${w.name}#${w.id}`).join(', ');
  if (widgets(zh) !== widgets(en)) {
    issues.push({ file: `${LESSONS_DIR}/${slug}/en.mdx`, field: 'widgets', message: `has widgets [${widgets(en)}] but zh.mdx has [${widgets(zh)}]`, fix: 'embed the same widgets, with the same ids, in both languages' });
  }
  for (const key of ['order', 'minutes'] as const) {
    if (zh.frontmatter && en.frontmatter && zh.frontmatter[key] !== en.frontmatter[key]) {
      issues.push({ file: `${LESSONS_DIR}/${slug}/en.mdx`, field: `frontmatter.${key}`, message: `is ${en.frontmatter[key]} but zh.mdx says ${zh.frontmatter[key]}`, fix: `use the same ${key} in both languages` });
    }
  }
}

export interface CheckedContent {
  issues: ContentIssue[];
  /** Lesson slugs found, in syllabus order. */
  slugs: string[];
}

export function checkContent(files: Map<string, string>): CheckedContent {
  const issues: ContentIssue[] = [];
  const glossaryIds = new Set<string>();

  const glossaryText = files.get(GLOSSARY_FILE);
  if (glossaryText === undefined) {
    issues.push({ file: GLOSSARY_FILE, field: '', message: 'is missing', fix: 'create it as a YAML list of terms (see README)' });
  } else {
    const data = parseYamlText(GLOSSARY_FILE, '', glossaryText, issues);
    const result = glossaryFileSchema.safeParse(data ?? []);
    if (!result.success) issues.push(...zodToIssues(GLOSSARY_FILE, '', result.error, data, glossaryFieldHints));
    const terms = Array.isArray(data) ? data : [];
    terms.forEach((t, i) => {
      const id = (t as { id?: unknown })?.id;
      if (typeof id !== 'string') return;
      if (glossaryIds.has(id)) issues.push({ file: GLOSSARY_FILE, field: `[${i}].id`, message: `"${id}" is used by two terms`, fix: 'merge the two entries or rename one' });
      glossaryIds.add(id);
    });
  }

  const bySlug = new Map<string, Map<string, string>>();
  for (const [path, text] of files) {
    const m = /^content\/lessons\/([^/]+)\/([^/]+)$/.exec(path);
    if (!m) continue;
    if (!bySlug.has(m[1])) bySlug.set(m[1], new Map());
    bySlug.get(m[1])!.set(m[2], text);
  }

  const lessons: { slug: string; order?: number }[] = [];
  const questionIds = new Map<string, string>();
  const normalised = new Map<string, string>();
  for (const [slug, lessonFiles] of bySlug) {
    const dir = `${LESSONS_DIR}/${slug}`;
    if (!KEBAB_ID.test(slug)) issues.push({ file: dir, field: 'slug', message: `"${slug}" is not a valid slug`, fix: 'rename the folder in lower-case kebab-case, e.g. service-recovery' });
    const key = slug.trim().toLowerCase();
    if (normalised.has(key)) issues.push({ file: dir, field: 'slug', message: `duplicates the slug of ${LESSONS_DIR}/${normalised.get(key)}`, fix: 'every lesson folder needs its own slug; merge or rename one' });
    normalised.set(key, slug);

    const parsed: Partial<Record<string, LessonFile>> = {};
    for (const lang of LANGS) {
      const text = lessonFiles.get(`${lang}.mdx`);
      if (text === undefined) {
        const other = LANGS.find((l) => l !== lang);
        issues.push({ file: `${dir}/${lang}.mdx`, field: '', message: `is missing: every lesson is written in both languages`, fix: `add ${dir}/${lang}.mdx with the same sections as ${other}.mdx` });
        continue;
      }
      const file = checkLessonFile(`${dir}/${lang}.mdx`, text, issues);
      parsed[lang] = file;
      const instances = new Set<string>();
      for (const w of file.scan.widgets) {
        if (!widgetNames().includes(w.name)) issues.push({ file: file.path, field: `line ${w.line}: <Widget name="${w.name}">`, message: 'is not a widget of the course', fix: `use one of: ${widgetNames().join(', ')}` });
        if (instances.has(w.id)) issues.push({ file: file.path, field: `line ${w.line}: <Widget id="${w.id}">`, message: 'is used twice in this lesson (its saved state would be shared)', fix: 'give every widget in a lesson its own id' });
        instances.add(w.id);
      }
      for (const t of file.scan.terms) {
        if (!glossaryIds.has(t.id)) issues.push({ file: file.path, field: `line ${t.line}: <Term id="${t.id}">`, message: 'links to a glossary term that does not exist', fix: `add a term with id "${t.id}" to ${GLOSSARY_FILE} or correct the id` });
      }
    }
    if (parsed.zh && parsed.en) compareLanguages(slug, parsed.zh, parsed.en, issues);
    const quizText = lessonFiles.get('quiz.yaml');
    if (quizText !== undefined) {
      const sectionIds = new Set((parsed.zh ?? parsed.en)?.scan.sections.map((s) => s.id) ?? []);
      issues.push(...checkQuiz(`${dir}/quiz.yaml`, quizText, sectionIds, questionIds).issues);
    }
    lessons.push({ slug, order: (parsed.zh ?? parsed.en)?.frontmatter?.order });
  }

  issues.push(...checkScenarios(files, new Set(bySlug.keys())));

  const byOrder = new Map<number, string>();
  for (const l of lessons) {
    if (l.order === undefined) continue;
    const other = byOrder.get(l.order);
    if (other) issues.push({ file: `${LESSONS_DIR}/${l.slug}/zh.mdx`, field: 'frontmatter.order', message: `${l.order} is also the order of ${LESSONS_DIR}/${other}`, fix: 'give every lesson its own syllabus number' });
    else byOrder.set(l.order, l.slug);
  }
  const slugs = lessons.filter((l) => l.order !== undefined).sort((x, y) => x.order! - y.order!).map((l) => l.slug);
  return { issues, slugs };
}
