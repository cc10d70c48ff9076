/** `$flashcards`: glossary card schedules in localStorage under `flashcards:v1`, repaired on read. */
import { persistentAtom } from '@nanostores/persistent';
import { emptyFlashcards, repairFlashcards, type FlashcardData } from '../lib/flashcards.ts';

export const $flashcards = persistentAtom<FlashcardData>('flashcards:v1', emptyFlashcards(), {
  encode: JSON.stringify,
  decode: (raw) => {
    try {
      return repairFlashcards(JSON.parse(raw));
    } catch {
      return emptyFlashcards();
    }
  },
});
