/**
 * The progress page: per-lesson progress, review due count, export and import (validated, merged),
 * and — when stored progress had to be repaired — what was set aside, with its backup to download.
 */
import { useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { DROPPED_QUESTIONS, DROPPED_RECORD, dueQuestionIds, lessonProgress, mergeProgress, repairProgress } from '../../lib/progress.ts';
import { $progress, $progressRepairs, dismissRepairs, progressBackup } from '../../stores/progress.ts';
import type { Lang } from '../../lib/langs.ts';
import { useBank } from './use-bank.ts';
import { makeT, useFocusAfterRender, type Strings } from './types.tsx';

/** `root`: this page's language root, e.g. /zh/ (the Traditional Chinese site rewrites it). */
interface Props { lang: Lang; strings: Strings; root: string }

function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  Object.assign(document.createElement('a'), { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const today = () => new Date().toISOString().slice(0, 10);

export default function ProgressIsland({ lang, strings, root }: Props) {
  if (import.meta.env.SSR) return null;
  const t = useMemo(() => makeT(strings), [strings]);
  const { bank, error } = useBank(root);
  const progress = useStore($progress);
  const repairs = useStore($progressRepairs);
  const [status, setStatus] = useState('');
  const focusSoon = useFocusAfterRender();

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    let raw: unknown;
    try {
      raw = JSON.parse(await file.text());
    } catch {
      return setStatus(t('progress.importError'));
    }
    const { data, dropped } = repairProgress(raw);
    const looksLikeExport = !!raw && typeof raw === 'object' && !Array.isArray(raw) && 'questions' in (raw as object);
    if (!looksLikeExport || Object.keys(data.questions).length === 0) return setStatus(t('progress.importError'));
    const before = $progress.get();
    const added = Object.keys(data.questions).filter((id) => !before.questions[id]).length;
    const merged = mergeProgress(before, data);
    const updated = Object.keys(data.questions).filter((id) => before.questions[id] && merged.questions[id] !== before.questions[id]).length;
    $progress.set(merged);
    const skipped = dropped.filter((d) => !d.includes('.')).length;
    setStatus([t('progress.imported', { added, updated }), skipped ? t('progress.importSkipped', { n: skipped }) : ''].filter(Boolean).join(' '));
  };

  const label = (d: string) => (d === DROPPED_RECORD ? t('progress.wholeRecord') : d === DROPPED_QUESTIONS ? t('progress.questionList') : d);
  const backup = repairs.length > 0 ? progressBackup() : null;
  const sep = lang === 'zh' ? '、' : ', ';

  return (
    <div class="progress-view">
      {repairs.length > 0 && (
        <div class="notice" role="alert" data-repairs>
          <p>{t('progress.repaired', { n: repairs.length })}</p>
          <p>{t('progress.setAside', { items: repairs.map(label).join(sep) })}</p>
          <div class="quiz-actions">
            {backup !== null && <button type="button" class="button" onClick={() => download(backup, `service-marketing-progress-set-aside-${today()}.json`)}>{t('progress.downloadBackup')}</button>}
            <button type="button" class="button" onClick={() => { dismissRepairs(); focusSoon('progress-export'); }}>{t('progress.dismiss')}</button>
          </div>
        </div>
      )}
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
                    <th scope="row"><a href={`${root}lessons/${l.slug}/`}>{l.title[lang]}</a></th>
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
        <button type="button" class="button" id="progress-export" data-export onClick={() => download(JSON.stringify($progress.get(), null, 2), `service-marketing-progress-${today()}.json`)}>{t('progress.export')}</button>
        <label class="button file-button">
          {t('progress.import')}
          <input type="file" accept="application/json,.json" class="visually-hidden" data-import onChange={(e) => { const input = e.currentTarget as HTMLInputElement; void importFile(input.files?.[0]); input.value = ''; }} />
        </label>
      </div>
      <p role="status" aria-live="polite" data-import-status>{status}</p>
    </div>
  );
}
