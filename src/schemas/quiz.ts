import { z } from 'zod';
import { KEBAB_ID } from '../lib/langs.ts';

/** A text in both languages. */
export const bilingual = z.object({
  /** Simplified Chinese. */
  zh: z.string().trim().min(1),
  /** English. */
  en: z.string().trim().min(1),
});

const id = z.string().regex(KEBAB_ID, 'use lower-case kebab-case, e.g. sr-empower-limits');
const optionId = z.string().regex(/^[a-z0-9-]+$/, 'use a short lower-case id such as a, b, c');

const common = {
  /** Stable id, unique across the whole course; progress and review are stored under it. */
  id,
  /** The lesson section this question tests (a `<Section id>`), so results can point back to it. */
  section: z.string().regex(KEBAB_ID),
  /** The question. For `fill`, mark each blank with three underscores `___`. */
  prompt: bilingual,
  /** Why the answer is right; shown after checking. */
  explanation: bilingual,
};

const option = z.object({
  /** Short id the answer refers to (a, b, c…). */
  id: optionId,
  /** Option text. */
  text: bilingual,
  /** Shown when a learner picks this option wrongly (optional). */
  feedback: bilingual.optional(),
}).strict();

/** One correct option. */
export const singleQuestion = z.object({ ...common, type: z.literal('single'), options: z.array(option).min(2), answer: optionId }).strict();
/** Several correct options; partial credit. */
export const multipleQuestion = z.object({ ...common, type: z.literal('multiple'), options: z.array(option).min(3), answer: z.array(optionId).min(1) }).strict();
/** A statement that is true or false. */
export const trueFalseQuestion = z.object({ ...common, type: z.literal('truefalse'), answer: z.boolean(), feedback: bilingual.optional() }).strict();
/** Blanks `___` in the prompt; each blank lists the accepted answers per language. */
export const fillQuestion = z.object({
  ...common,
  type: z.literal('fill'),
  blanks: z.array(z.object({ accept: z.object({ zh: z.array(z.string().trim().min(1)).min(1), en: z.array(z.string().trim().min(1)).min(1) }) }).strict()).min(1),
}).strict();
/** Pair every left item with its right item. */
export const matchingQuestion = z.object({
  ...common,
  type: z.literal('matching'),
  pairs: z.array(z.object({ id: optionId, left: bilingual, right: bilingual }).strict()).min(2),
}).strict();
/** Put the items in order; listed here in the correct order. */
export const orderingQuestion = z.object({
  ...common,
  type: z.literal('ordering'),
  items: z.array(z.object({ id: optionId, text: bilingual }).strict()).min(3),
}).strict();
/** Sort the items into groups. */
export const categoriseQuestion = z.object({
  ...common,
  type: z.literal('categorise'),
  groups: z.array(z.object({ id: optionId, label: bilingual }).strict()).min(2),
  items: z.array(z.object({ id: optionId, text: bilingual, group: optionId }).strict()).min(3),
}).strict();

export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'fill', 'matching', 'ordering', 'categorise'] as const;

export const questionSchema = z.discriminatedUnion('type', [
  singleQuestion, multipleQuestion, trueFalseQuestion, fillQuestion, matchingQuestion, orderingQuestion, categoriseQuestion,
]);

/** `content/lessons/<slug>/quiz.yaml`. */
export const quizFileSchema = z.object({
  /** Share of the points needed to pass, 0–1 (default 0.7). */
  passMark: z.number().min(0).max(1).default(0.7),
  /** The lesson's question bank. */
  questions: z.array(questionSchema).min(1),
}).strict();

export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type QuizFile = z.infer<typeof quizFileSchema>;
export type Bilingual = z.infer<typeof bilingual>;

export const quizFieldHints: Record<string, string> = {
  zh: 'add the Simplified Chinese text under `zh:`',
  en: 'add the English text under `en:`',
  type: `use one of: ${QUESTION_TYPES.join(', ')}`,
  id: 'give the question a unique kebab-case id',
  section: 'name the lesson section the question tests, e.g. `section: empower-front-line`',
  explanation: 'add `explanation:` with `zh:` and `en:` saying why the answer is right',
  answer: 'single: an option id; multiple: a list of option ids; truefalse: true or false',
};
