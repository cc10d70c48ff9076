/** The course-wide question bank as served in /quiz-bank.json, and drawing exams from it. Pure. */
import type { Question } from '../../schemas/quiz.ts';
import { seededShuffle } from './random.ts';

export type BankQuestion = Question & { lesson: string };

export interface BankLesson {
  slug: string;
  order: number;
  title: { zh: string; en: string };
  sections: { id: string; title: { zh: string; en: string } }[];
}

export interface QuizBankFile {
  lessons: BankLesson[];
  questions: BankQuestion[];
}

/**
 * Draws `count` questions balanced across lessons: lessons take turns (in a seeded order), each
 * giving its next question from its own seeded shuffle, until enough are drawn or all are used.
 * The same seed and bank always give the same exam.
 */
export function drawExam(questions: readonly BankQuestion[], count: number, seed: string): BankQuestion[] {
  const byLesson = new Map<string, BankQuestion[]>();
  for (const q of questions) {
    if (!byLesson.has(q.lesson)) byLesson.set(q.lesson, []);
    byLesson.get(q.lesson)!.push(q);
  }
  const lessons = seededShuffle([...byLesson.keys()].sort(), `${seed}:lessons`);
  const queues = new Map(lessons.map((l) => [l, seededShuffle(byLesson.get(l)!, `${seed}:${l}`)]));
  const drawn: BankQuestion[] = [];
  while (drawn.length < count) {
    let took = false;
    for (const l of lessons) {
      const next = queues.get(l)!.shift();
      if (next && drawn.length < count) {
        drawn.push(next);
        took = true;
      }
    }
    if (!took) break;
  }
  return drawn;
}

/** A short random seed for a new exam (base-36), from an injected random source. */
export function newSeed(random: () => number): string {
  return Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0');
}

/** Section title and reading-page URL for "sections to revisit". */
export function sectionLink(lessons: readonly BankLesson[], lang: 'zh' | 'en', lesson: string, section: string, base = ''): [string, string] {
  const l = lessons.find((x) => x.slug === lesson);
  const s = l?.sections.find((x) => x.id === section);
  const title = s ? `${l!.title[lang]} · ${s.title[lang]}` : `${lesson} · ${section}`;
  return [title, `${base}/${lang}/lessons/${lesson}/#${section}`];
}
