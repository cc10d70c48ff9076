import { z } from 'zod';
import { KEBAB_ID } from './lesson.ts';

const bilingualText = z.object({
  /** Simplified Chinese. */
  zh: z.string().trim().min(1),
  /** English. */
  en: z.string().trim().min(1),
});

/** One entry of `content/glossary.yaml`. */
export const glossaryTermSchema = z
  .object({
    /** Stable English kebab-case id; the anchor on the glossary page and the `id` of `<Term>`. */
    id: z.string().regex(KEBAB_ID, 'use lower-case kebab-case, e.g. service-recovery'),
    /** The term in Simplified Chinese. */
    zh: z.string().trim().min(1),
    /** The term in English. */
    en: z.string().trim().min(1),
    /** One-sentence definition in both languages. */
    definition: bilingualText,
    /** Slugs of the lessons that teach this term. */
    lessons: z.array(z.string().regex(KEBAB_ID)).default([]),
  })
  .strict();

export const glossaryFileSchema = z.array(glossaryTermSchema);

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export const glossaryFieldHints: Record<string, string> = {
  id: 'give the term an id such as `service-recovery`',
  zh: 'add the Chinese name: `zh: 服务补救`',
  en: 'add the English name: `en: service recovery`',
  definition: 'add `definition:` with a `zh:` and an `en:` sentence',
  zh_definition: 'add `zh:` under `definition:`',
  en_definition: 'add `en:` under `definition:`',
};
