import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import { cardId, dayKey, dueCardCount, dueCards, emptyFlashcards, newLeftToday, nextCard, recordCard, repairFlashcards, termOfCard } from '../../src/lib/flashcards.ts';
import { reviewCard } from '../../src/lib/review.ts';

const now = Date.UTC(2026, 10, 24, 9);
const terms = ['service-recovery', 'empowerment', 'complaint'];

describe('flashcards', () => {
  it('names cards by term and direction', () => {
    expect(cardId('empowerment', 'zh-en')).toBe('empowerment~zh-en');
    expect(termOfCard('empowerment~zh-en')).toBe('empowerment');
  });

  it('introduces new cards in order, then schedules them', () => {
    let data = emptyFlashcards();
    const first = nextCard(data, terms, 'zh-en', now)!;
    expect(first).toEqual({ id: 'service-recovery~zh-en', isNew: true });
    data = recordCard(data, first.id, reviewCard(undefined, Rating.Good, now), true, now);
    expect(nextCard(data, terms, 'zh-en', now)).toEqual({ id: 'empowerment~zh-en', isNew: true });
    expect(newLeftToday(data, now)).toBe(9);
    expect(data.newPerDay[dayKey(now)]).toBe(1);
    // the other direction is a separate card
    expect(nextCard(data, terms, 'en-zh', now)?.id).toBe('service-recovery~en-zh');
  });

  it('shows due cards before new ones and counts them for the badge', () => {
    let data = emptyFlashcards();
    data = recordCard(data, 'complaint~zh-en', reviewCard(undefined, Rating.Again, now), true, now);
    const later = data.cards['complaint~zh-en'].due + 1;
    expect(dueCards(data, 'zh-en', later)).toEqual(['complaint~zh-en']);
    expect(nextCard(data, terms, 'zh-en', later)).toEqual({ id: 'complaint~zh-en', isNew: false });
    expect(dueCardCount(data, later)).toBe(1);
    expect(dueCardCount(data, now - 1)).toBe(0);
  });

  it('stops at the daily limit of new cards', () => {
    let data = emptyFlashcards();
    for (const t of terms) data = recordCard(data, cardId(t, 'en-zh'), reviewCard(undefined, Rating.Easy, now), true, now);
    expect(newLeftToday(data, now, 3)).toBe(0);
    expect(nextCard(data, ['x-term', ...terms], 'zh-en', now, 3)).toBeNull();
    expect(nextCard(data, ['x-term'], 'zh-en', now + 86_400_000, 3)).toEqual({ id: 'x-term~zh-en', isNew: true });
  });

  it('repairs stored data field by field', () => {
    const good = reviewCard(undefined, Rating.Good, now);
    const data = repairFlashcards({ cards: { 'a~zh-en': good, 'b~xx': good, 'c~en-zh': { due: 'x' } }, newPerDay: { '2026-11-24': 3, bad: 1, '2026-11-25': -2 } });
    expect(Object.keys(data.cards)).toEqual(['a~zh-en']);
    expect(data.newPerDay).toEqual({ '2026-11-24': 3 });
    for (const junk of [null, 'x', 5, []]) expect(repairFlashcards(junk)).toEqual(emptyFlashcards());
  });
});
