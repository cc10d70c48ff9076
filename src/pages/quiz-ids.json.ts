/**
 * `/quiz-ids.json`: the ids of every question in the course. The header's review badge counts
 * only saved questions that still exist (a question removed from the course stays in the learner's
 * saved progress, but is never due), without fetching the whole bank on every page.
 */
import type { APIRoute } from 'astro';
import { getAllQuestions } from '../data/course.ts';

export const GET: APIRoute = async () => {
  const ids = (await getAllQuestions()).map((q) => q.id);
  return new Response(JSON.stringify(ids), { headers: { 'content-type': 'application/json' } });
};
