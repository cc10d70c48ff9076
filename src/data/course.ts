/** Build-time queries over the content collections, shared by the pages. */
import { getCollection, getEntry } from 'astro:content';
import type { Lang } from '../lib/langs.ts';
import { scanLesson } from '../lib/mdx-scan.ts';
import { sortTerms } from '../lib/glossary-sort.ts';

export async function getLessons(lang: Lang) {
  const all = await getCollection('lessons', (e) => e.id.endsWith(`/${lang}`));
  return all
    .map((entry) => ({
      entry,
      slug: entry.id.split('/')[0],
      sections: scanLesson(entry.body ?? '').sections,
    }))
    .sort((a, b) => a.entry.data.order - b.entry.data.order);
}

/**
 * Glossary terms sorted for `lang`, each with the lessons that teach it: those its entry names
 * plus every lesson that links it with <Term>, in syllabus order.
 */
export async function getGlossary(lang: Lang) {
  const lessons = await getLessons(lang);
  // term id → lesson slug → the section of its first link there
  const linkedFrom = new Map<string, Map<string, string>>();
  for (const l of lessons) {
    const scan = scanLesson(l.entry.body ?? '');
    for (const term of scan.terms) {
      const section = scan.sections.filter((s) => s.line <= term.line).at(-1)?.id ?? '';
      if (!linkedFrom.has(term.id)) linkedFrom.set(term.id, new Map());
      if (!linkedFrom.get(term.id)!.has(l.slug)) linkedFrom.get(term.id)!.set(l.slug, section);
    }
  }
  const order = lessons.map((l) => l.slug);
  const terms = (await getCollection('glossary')).map((e) => {
    const links = linkedFrom.get(e.data.id) ?? new Map<string, string>();
    const all = new Set([...e.data.lessons, ...links.keys()]);
    const taughtIn = order.filter((slug) => all.has(slug)).map((slug) => ({ slug, section: links.get(slug) ?? '' }));
    return { ...e.data, lessons: taughtIn.map((t) => t.slug), taughtIn };
  });
  return sortTerms(terms, lang);
}

export async function getGlossaryMap() {
  return new Map((await getCollection('glossary')).map((e) => [e.data.id, e.data]));
}

/** A lesson's question bank, each question tagged with its lesson; empty when it has none. */
export async function getQuiz(slug: string) {
  const entry = await getEntry('quizzes', slug);
  if (!entry) return { passMark: 0.7, questions: [] };
  return { passMark: entry.data.passMark, questions: entry.data.questions.map((q) => ({ ...q, lesson: slug })) };
}

/** Every question of the course, in lesson order. */
export async function getAllQuestions() {
  const lessons = await getLessons('en');
  const banks = await Promise.all(lessons.map((l) => getQuiz(l.slug)));
  return banks.flatMap((b) => b.questions);
}
