/** `/glossary.json`: every term with both names and definitions, for the flashcards page. */
import type { APIRoute } from 'astro';
import { getGlossary } from '../data/course.ts';

export const GET: APIRoute = async () => {
  const terms = (await getGlossary('en')).map(({ id, zh, en, definition, lessons }) => ({ id, zh, en, definition, lessons }));
  return new Response(JSON.stringify(terms), { headers: { 'content-type': 'application/json' } });
};
