/**
 * Glossary flashcards: the term in one language on the front; its name and definition in the
 * other on the back. Space turns the card, 1–4 rate it; ts-fsrs schedules the next showing.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { nextCard, recordCard, dueCards, newLeftToday, termOfCard, type Direction } from '../../lib/flashcards.ts';
import { formatInterval, previewIntervals, RATINGS, reviewCard, type ReviewRating } from '../../lib/review.ts';
import { $flashcards } from '../../stores/flashcards.ts';
import type { Lang } from '../../lib/langs.ts';
import { makeT, type Strings } from './types.tsx';

interface Term { id: string; zh: string; en: string; definition: { zh: string; en: string } }
interface Props { lang: Lang; strings: Strings; base: string }

const RATING_KEYS: Record<ReviewRating, string> = { 1: 'review.again', 2: 'review.hard', 3: 'review.good', 4: 'review.easy' };
const HTML_LANG = { zh: 'zh-CN', en: 'en' } as const;

export default function FlashcardsIsland({ lang, strings, base }: Props) {
  if (import.meta.env.SSR) return null;
  const t = useMemo(() => makeT(strings), [strings]);
  const data = useStore($flashcards);
  const [terms, setTerms] = useState<Term[] | null>(null);
  const [error, setError] = useState(false);
  const [direction, setDirection] = useState<Direction>(lang === 'zh' ? 'en-zh' : 'zh-en');
  const [flipped, setFlipped] = useState(false);
  const [done, setDone] = useState(0);
  // Re-read the clock every half minute so cards falling due appear without a reload.
  const [, setTick] = useState(0);
  useEffect(() => {
    const id = setInterval(() => setTick((n) => n + 1), 30_000);
    return () => clearInterval(id);
  }, []);

  useEffect(() => {
    fetch(`${base}/glossary.json`).then((r) => (r.ok ? r.json() : Promise.reject())).then(setTerms).catch(() => setError(true));
  }, [base]);

  const ids = useMemo(() => (terms ?? []).map((x) => x.id), [terms]);
  const current = terms ? nextCard(data, ids, direction, Date.now()) : null;
  const term = current ? terms!.find((x) => x.id === termOfCard(current.id)) : undefined;
  const [front, back] = direction === 'zh-en' ? (['zh', 'en'] as const) : (['en', 'zh'] as const);

  const rate = (rating: ReviewRating) => {
    if (!current) return;
    const now = Date.now();
    $flashcards.set(recordCard($flashcards.get(), current.id, reviewCard($flashcards.get().cards[current.id], rating, now), current.isNew, now));
    setFlipped(false);
    setDone((n) => n + 1);
    requestAnimationFrame(() => document.getElementById('flashcard-front')?.focus());
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.target as HTMLElement).closest('input, select, textarea') || !current) return;
      if ((e.key === ' ' || e.key === 'Enter') && !flipped && !(e.target as HTMLElement).closest('button')) {
        e.preventDefault();
        setFlipped(true);
      } else if (flipped && /^[1-4]$/.test(e.key)) {
        e.preventDefault();
        rate(Number(e.key) as ReviewRating);
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });

  if (error) return <p role="alert">{t('review.loadError')}</p>;
  if (!terms) return <p role="status">{t('review.loading')}</p>;
  const intervals = current ? previewIntervals(data.cards[current.id], Date.now()) : null;

  return (
    <div class="flashcards">
      <div class="flashcards-bar">
        <label>
          {t('cards.direction')}{' '}
          <select value={direction} onChange={(e) => { setDirection((e.currentTarget as HTMLSelectElement).value as Direction); setFlipped(false); }}>
            <option value="zh-en">{t('cards.zhEn')}</option>
            <option value="en-zh">{t('cards.enZh')}</option>
          </select>
        </label>
        <span data-cards-stats>{t('cards.stats', { due: dueCards(data, direction, Date.now(), new Set(ids)).length, fresh: newLeftToday(data, Date.now()) })}</span>
      </div>
      {!current || !term ? (
        <p class="review-empty" role="status" data-cards-state="empty">{done ? t('review.doneSession', { n: done }) + ' ' : ''}{t('cards.none')}</p>
      ) : (
        <div class={`flashcard${flipped ? ' is-flipped' : ''}`} data-card={current.id}>
          <p class="flashcard-kind">{current.isNew ? t('cards.new') : t('cards.review')}</p>
          <p id="flashcard-front" class="flashcard-front" tabIndex={-1} lang={HTML_LANG[front]}>{term[front]}</p>
          {flipped ? (
            <div class="flashcard-back" role="status" lang={HTML_LANG[back]}>
              <p class="flashcard-answer">{term[back]}</p>
              <p>{term.definition[back]}</p>
            </div>
          ) : (
            <button type="button" class="button button--primary" onClick={() => setFlipped(true)}>{t('cards.show')} <kbd>Space</kbd></button>
          )}
          {flipped && intervals && (
            <div class="review-rating" role="group" aria-label={t('review.rate')}>
              <p>{t('review.rate')}</p>
              {RATINGS.map((r) => (
                <button key={r} type="button" class="button" data-rating={r} onClick={() => rate(r)}>
                  <kbd>{r}</kbd> {t(RATING_KEYS[r])} <small>{formatInterval(intervals[r], lang)}</small>
                </button>
              ))}
            </div>
          )}
          <p class="hint"><a href={`${base}/${lang}/glossary/#${term.id}`}>{t('cards.inGlossary')}</a></p>
        </div>
      )}
    </div>
  );
}
