import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { lessonFrontmatterSchema } from './schemas/lesson.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { quizFileSchema } from './schemas/quiz.ts';

/** Where the course content lives (COURSE_CONTENT lets a build use another copy, e.g. a snapshot). */
const CONTENT = process.env.COURSE_CONTENT || './content';

/** `content/lessons/<slug>/<lang>.mdx`, with ids `<slug>/<lang>`. */
const lessons = defineCollection({
  loader: glob({
    pattern: '*/{zh,en}.mdx',
    base: `${CONTENT}/lessons`,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: lessonFrontmatterSchema,
});

/** `content/glossary.yaml`: one entry per term, both languages side by side. */
const glossary = defineCollection({
  loader: file(`${CONTENT}/glossary.yaml`),
  schema: glossaryTermSchema,
});

/** `content/lessons/<slug>/quiz.yaml`, with ids `<slug>`. */
const quizzes = defineCollection({
  loader: glob({
    pattern: '*/quiz.yaml',
    base: `${CONTENT}/lessons`,
    generateId: ({ entry }) => entry.replace(/\/quiz\.yaml$/, ''),
  }),
  schema: quizFileSchema,
});

export const collections = { lessons, glossary, quizzes };
