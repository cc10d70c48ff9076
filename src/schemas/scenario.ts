import { z } from 'zod';
import { KEBAB_ID } from '../lib/langs.ts';
// The five strategies (ids of the service-recovery lesson's sections) live with the player.
import { STRATEGIES } from '../lib/recovery-scenario.ts';

export { STRATEGIES };

/** What a choice can stand for: one of the five strategies, or a mistake. */
export const CHOICE_KINDS = [...STRATEGIES, 'mistake'] as const;
export const ENDINGS = ['good', 'mixed', 'bad'] as const;

const text = z.object({
  /** Simplified Chinese. */
  zh: z.string().trim().min(1),
  /** English. */
  en: z.string().trim().min(1),
}).strict();

const id = z.string().regex(KEBAB_ID, 'use lower-case kebab-case, e.g. guest-arrives');

/** One thing the learner can do at a decision point. */
export const choiceSchema = z.object({
  /** What the learner does, shown on the button. */
  text,
  /** The recovery strategy the choice applies, or `mistake`. */
  strategy: z.enum(CHOICE_KINDS),
  /** How far the customer's satisfaction moves, in points from −50 to +50 (the meter runs 0–100). */
  effect: z.number().int().min(-50).max(50),
  /** What happens and why, shown once the choice is made. */
  feedback: text,
  /** Id of the node the choice leads to. */
  next: id,
}).strict();

/** A decision point (with choices) or an ending (with `ending`). */
export const nodeSchema = z.object({
  /** Stable id, unique within the scenario; choices name it in `next`. */
  id,
  /** The situation at this point, or how the story ends. */
  text,
  /** What the learner can do here: two or more choices. Leave out on an ending. */
  choices: z.array(choiceSchema).min(2).optional(),
  /** Marks the node as an ending, and how it ends for the firm: good, mixed or bad. */
  ending: z.enum(ENDINGS).optional(),
}).strict();

/** `content/scenarios/<id>.yaml`: one branching service-recovery case, both languages side by side. */
export const scenarioSchema = z.object({
  /** Stable id; must equal the file name without `.yaml`. Saved progress is kept under it. */
  id,
  /** Position in the list of scenarios, lowest first. */
  order: z.number().int().min(1).default(100),
  /** The lesson the scenario belongs to; strategies link to its sections. */
  lesson: id.default('service-recovery'),
  /** Title of the case. */
  title: text,
  /** One or two sentences that set the scene. */
  intro: text,
  /** What the satisfaction meter measures, e.g. the guest's satisfaction. */
  meterLabel: text,
  /** The meter's value at the start, 0–100. */
  meter: z.number().int().min(0).max(100),
  /** Id of the first node. */
  start: id,
  /** Decision points and endings, in any order. */
  nodes: z.array(nodeSchema).min(2),
}).strict();

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioNode = z.infer<typeof nodeSchema>;
export type Strategy = (typeof STRATEGIES)[number];
export type ChoiceKind = (typeof CHOICE_KINDS)[number];
export type Ending = (typeof ENDINGS)[number];

/** How to fix each field, quoted in build errors. */
export const scenarioFieldHints: Record<string, string> = {
  zh: 'add the Simplified Chinese text under `zh:`',
  en: 'add the English text under `en:`',
  strategy: `use one of: ${CHOICE_KINDS.join(', ')}`,
  effect: 'give a whole number of points from -50 to 50, e.g. `effect: 15`',
  next: 'name the id of the node this choice leads to, e.g. `next: guest-arrives`',
  ending: `use one of: ${ENDINGS.join(', ')}`,
  choices: 'give a decision point at least two choices, or mark it as an ending with `ending: good`',
  meter: 'give the starting satisfaction as a whole number from 0 to 100, e.g. `meter: 40`',
  start: 'name the id of the first node, e.g. `start: afternoon`',
  id: 'use a lower-case kebab-case id such as `guest-arrives`',
  feedback: 'add `feedback:` with `zh:` and `en:` saying what happens and why',
  text: 'add `text:` with `zh:` and `en:`',
  title: 'add `title:` with `zh:` and `en:`',
  intro: 'add `intro:` with `zh:` and `en:` setting the scene',
  meterLabel: 'add `meterLabel:` with `zh:` and `en:`, e.g. the guest’s satisfaction',
  nodes: 'add the decision points and endings under `nodes:`',
};
