/** Loads /quiz-bank.json once per page. */
import { useEffect, useState } from 'preact/hooks';
import type { QuizBankFile } from '../../lib/quiz/bank.ts';

let cache: Promise<QuizBankFile> | null = null;

export function useBank(base: string): { bank?: QuizBankFile; error: boolean } {
  const [state, setState] = useState<{ bank?: QuizBankFile; error: boolean }>({ error: false });
  useEffect(() => {
    cache ??= fetch(`${base}/quiz-bank.json`).then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json() as Promise<QuizBankFile>;
    });
    cache.then((bank) => setState({ bank, error: false })).catch(() => {
      cache = null;
      setState({ error: true });
    });
  }, [base]);
  return state;
}
