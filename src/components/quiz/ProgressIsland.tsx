/** The progress page: per-lesson progress, review due count, export and import (validated, merged). */
import { useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { dueQuestionIds, lessonProgress, mergeProgress, repairProgress } from '../../lib/progress.ts';
import { $progress, $progressRepairs } from '../../stores/progress.ts';
import type { Lang } from '../../lib/langs.ts';
import { useBank } from './use-bank.ts';
import { makeT, type Strings } from './types.tsx';

interface Props { lang: Lang; strings: Strings; base: string }

export default function ProgressIsland({ lang, strings, base }: Props) {
  if (import.meta.env.SSR) return null;
  const t = useMemo(() => makeT(strings), [strings]);
  const { bank, error } = useBank(base);
  const progress = useStore($progress);
  const repairs = useStore($progressRepairs);
  const [status, setStatus] = useState('');

  const exportFile = () => {
    const blob = new Blob([JSON.stringify(progress, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    Object.assign(document.createElement('a'), { href: url, download: `service-marketing-progress-${new Date().toISOString().slice(0, 10)}.json` }).click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    let raw: unknown;
    try {
      raw = JSON.parse(await file.text());
    } catch {
      return setStatus(t('progress.importError'));
    }
    const { data } = repairProgress(raw);
    const looksLikeExport = !!raw && typeof raw === 'object' && 'questions' in (raw as object);
    if (!looksLikeExport || Object.keys(data.questions).length === 0) return setStatus(t('progress.importError'));
    const before = $progress.get();
    const added = Object.keys(data.questions).filter((id) => !before.questions[id]).length;
    const merged = mergeProgress(before, data);
    const updated = Object.keys(data.questions).filter((id) => before.questions[id] && merged.questions[id] !== before.questions[id]).length;
    $progress.set(merged);
    setStatus(t('progress.imported', { added, updated }));
  };

  return (
    <div class="progress-view">
      {repairs.length > 0 && <p class="notice" role="alert">{t('progress.repaired', { n: repairs.length })}</p>}
      {error && <p role="alert">{t('review.loadError')}</p>}
      {bank && (
        <>
          <p data-due-total>{t('progress.reviewDue', { n: dueQuestionIds(progress, Date.now(), new Set(bank.questions.map((q) => q.id))).length })}</p>
          <table class="exam-table progress-table">
            <thead><tr><th scope="col">{t('progress.lesson')}</th><th scope="col">{t('progress.attempted')}</th><th scope="col">{t('progress.correct')}</th></tr></thead>
            <tbody>
              {bank.lessons.map((l) => {
                const p = lessonProgress(progress, bank.questions.filter((q) => q.lesson === l.slug).map((q) => q.id));
                return (
                  <tr key={l.slug} data-progress-row={l.slug}>
                    <th scope="row"><a href={`${base}/${lang}/lessons/${l.slug}/`}>{l.title[lang]}</a></th>
                    <td>{p.attempted} / {p.total}</td>
                    <td>{p.correct} / {p.total}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      <div class="quiz-actions">
        <button type="button" class="button" onClick={exportFile}>{t('progress.export')}</button>
        <label class="button file-button">
          {t('progress.import')}
          <input type="file" accept="application/json,.json" class="visually-hidden" data-import onChange={(e) => { const input = e.currentTarget as HTMLInputElement; void importFile(input.files?.[0]); input.value = ''; }} />
        </label>
      </div>
      <p role="status" aria-live="polite" data-import-status>{status}</p>
    </div>
  );
}
