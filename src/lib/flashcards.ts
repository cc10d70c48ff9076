/**
 * Glossary flashcards: two cards per term (Chinese → English, English → Chinese), scheduled with
 * the same ts-fsrs cards as missed questions. Pure: the clock and the deck come in as arguments.
 */
import { repairCard, type StoredCard } from './progress.ts';

export type Direction = 'zh-en' | 'en-zh';

export interface FlashcardData {
  version: 1;
  /** Card id (`<term id>~<direction>`) → its schedule. Only cards seen at least once are here. */
  cards: Record<string, StoredCard>;
  /** How many new cards were introduced on each day (YYYY-MM-DD), for the daily limit. */
  newPerDay: Record<string, number>;
}

export const emptyFlashcards = (): FlashcardData => ({ version: 1, cards: {}, newPerDay: {} });
export const NEW_PER_DAY = 10;

export const cardId = (termId: string, direction: Direction) => `${termId}~${direction}`;
export const termOfCard = (id: string) => id.split('~')[0];
const CARD_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*~(zh-en|en-zh)$/;

export function dayKey(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

/** Keeps valid cards and day counts, drops the rest. */
export function repairFlashcards(raw: unknown): FlashcardData {
  const out = emptyFlashcards();
  if (!raw || typeof raw !== 'object') return out;
  const r = raw as Record<string, unknown>;
  if (r.cards && typeof r.cards === 'object') {
    for (const [id, value] of Object.entries(r.cards as Record<string, unknown>)) {
      const card = CARD_ID.test(id) ? repairCard(value) : undefined;
      if (card) out.cards[id] = card;
    }
  }
  if (r.newPerDay && typeof r.newPerDay === 'object') {
    for (const [day, n] of Object.entries(r.newPerDay as Record<string, unknown>)) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(day) && typeof n === 'number' && n >= 0) out.newPerDay[day] = Math.floor(n);
    }
  }
  return out;
}

/** Cards due now for the given direction, most overdue first. */
export function dueCards(data: FlashcardData, direction: Direction, now: number, known?: ReadonlySet<string>): string[] {
  return Object.entries(data.cards)
    .filter(([id, c]) => id.endsWith(`~${direction}`) && c.due <= now && (!known || known.has(termOfCard(id))))
    .sort(([, a], [, b]) => a.due - b.due)
    .map(([id]) => id);
}

/** All due cards in both directions (for the header badge). */
export function dueCardCount(data: FlashcardData, now: number): number {
  return Object.values(data.cards).filter((c) => c.due <= now).length;
}

/** New cards still allowed today. */
export function newLeftToday(data: FlashcardData, now: number, limit = NEW_PER_DAY): number {
  return Math.max(0, limit - (data.newPerDay[dayKey(now)] ?? 0));
}

/** The next card: a due one first, else a new one (terms in the given order) while today's limit lasts. */
export function nextCard(data: FlashcardData, termIds: readonly string[], direction: Direction, now: number, limit = NEW_PER_DAY): { id: string; isNew: boolean } | null {
  const due = dueCards(data, direction, now, new Set(termIds))[0];
  if (due) return { id: due, isNew: false };
  if (newLeftToday(data, now, limit) === 0) return null;
  const fresh = termIds.map((t) => cardId(t, direction)).find((id) => !data.cards[id]);
  return fresh ? { id: fresh, isNew: true } : null;
}

/** Stores a reviewed card; counts it against today's new cards if it was new. */
export function recordCard(data: FlashcardData, id: string, card: StoredCard, wasNew: boolean, now: number): FlashcardData {
  const day = dayKey(now);
  return {
    version: 1,
    cards: { ...data.cards, [id]: card },
    newPerDay: wasNew ? { ...data.newPerDay, [day]: (data.newPerDay[day] ?? 0) + 1 } : data.newPerDay,
  };
}
