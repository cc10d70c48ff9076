/**
 * `/search-terms.json`: every glossary term's Chinese and English names with the lessons that
 * teach it. Search loads it with the index to pair a query with its term in the other language
 * (see lib/search-query.ts) and to filter glossary results by lesson.
 */
import type { APIRoute } from 'astro';
import { getGlossary } from '../data/course.ts';
import type { TermPair } from '../lib/search-query.ts';

export const GET: APIRoute = async () => {
  const terms: TermPair[] = (await getGlossary('en')).map((t) => ({
    id: t.id,
    zh: t.zh,
    en: t.en,
    lessons: t.lessons,
  }));
  return new Response(JSON.stringify({ terms }), {
    headers: { 'content-type': 'application/json' },
  });
};
