import { z } from 'zod';

import { KEBAB_ID, LANGS, type Lang } from '../lib/langs.ts';

export { KEBAB_ID, LANGS, type Lang };

/** Frontmatter of `content/lessons/<slug>/<lang>.mdx`. */
export const lessonFrontmatterSchema = z
  .object({
    /** Lesson title in the file's language, shown as the page heading and in the course list. */
    title: z.string().trim().min(1),
    /** One line for the course home, in the file's language (at most 160 characters). */
    summary: z.string().trim().min(1).max(160),
    /** Position in the syllabus (1 = first lesson). Unique across lessons, equal in zh and en. */
    order: z.number().int().min(1),
    /** Estimated study time in minutes. Equal in zh and en. */
    minutes: z.number().int().min(5).max(300),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

/** How to fix each frontmatter field, quoted in build errors. */
export const lessonFieldHints: Record<string, string> = {
  title: 'add a line `title: <lesson title>` to the frontmatter',
  summary: 'add a line `summary: <one sentence, at most 160 characters>` to the frontmatter',
  order: 'add a line `order: <syllabus number, e.g. 6>` to the frontmatter',
  minutes: 'add a line `minutes: <estimated study time, e.g. 45>` to the frontmatter',
};
