/**
 * `/quiz-bank.json`: every question of the course with the lesson and section titles in both
 * languages. The review, exam and progress pages fetch it instead of inlining it in each page.
 */
import type { APIRoute } from 'astro';
import { getAllQuestions, getLessons } from '../data/course.ts';
import type { QuizBankFile } from '../lib/quiz/bank.ts';

export const GET: APIRoute = async () => {
  const [zh, en] = await Promise.all([getLessons('zh'), getLessons('en')]);
  const lessons = en.map((l) => {
    const z = zh.find((x) => x.slug === l.slug)!;
    return {
      slug: l.slug,
      order: l.entry.data.order,
      title: { zh: z.entry.data.title, en: l.entry.data.title },
      sections: l.sections.map((s, i) => ({ id: s.id, title: { zh: z.sections[i]?.title ?? s.title, en: s.title } })),
    };
  });
  const body: QuizBankFile = { lessons, questions: await getAllQuestions() };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};
