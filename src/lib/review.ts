/**
 * Spaced repetition for missed questions with ts-fsrs: conversion between the stored card and
 * ts-fsrs's Card, the suggested rating for a score, and the interval each rating would give.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { StoredCard } from './progress.ts';

const scheduler = fsrs({ enable_fuzz: false });

export const RATINGS = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const;
export type ReviewRating = (typeof RATINGS)[number];

export function toCard(stored: StoredCard | undefined, now: number): Card {
  if (!stored) return createEmptyCard(new Date(now));
  return { ...stored, due: new Date(stored.due), last_review: stored.last_review ? new Date(stored.last_review) : undefined };
}

export function fromCard(card: Card): StoredCard {
  const { due, last_review, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state } = card;
  return { due: due.getTime(), stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, ...(last_review ? { last_review: last_review.getTime() } : {}) };
}

/** Wrong → Again, partly right → Hard, right → Good. The learner may pick another. */
export function suggestedRating(score: number): ReviewRating {
  if (score >= 1) return Rating.Good;
  return score > 0 ? Rating.Hard : Rating.Again;
}

/** The card after reviewing it with `rating` at `now`. */
export function reviewCard(stored: StoredCard | undefined, rating: ReviewRating, now: number): StoredCard {
  return fromCard(scheduler.next(toCard(stored, now), new Date(now), rating as Grade).card);
}

/** Milliseconds until the next review for each rating, to show on the rating buttons. */
export function previewIntervals(stored: StoredCard | undefined, now: number): Record<ReviewRating, number> {
  const log = scheduler.repeat(toCard(stored, now), new Date(now));
  return Object.fromEntries(RATINGS.map((r) => [r, log[r as Grade].card.due.getTime() - now])) as Record<ReviewRating, number>;
}

/** "1 min", "10 min", "3 h", "4 d", "2 mo" in English; the Chinese units in Chinese. */
export function formatInterval(ms: number, lang: 'zh' | 'en'): string {
  const min = Math.max(1, Math.round(ms / 60000));
  const units: [number, string, string][] = [[60 * 24 * 30, 'mo', '个月'], [60 * 24, 'd', '天'], [60, 'h', '小时'], [1, 'min', '分钟']];
  for (const [size, en, zh] of units) {
    if (min >= size) {
      const n = Math.round(min / size);
      return lang === 'zh' ? `${n} ${zh}` : `${n} ${en}`;
    }
  }
  return lang === 'zh' ? '1 分钟' : '1 min';
}
