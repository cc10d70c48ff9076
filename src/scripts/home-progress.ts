/** Course home: each lesson card shows how many of its questions the learner has tried. */
import { $progress } from '../stores/progress.ts';
import { lessonProgress } from '../lib/progress.ts';

$progress.subscribe((progress) => {
  for (const el of document.querySelectorAll<HTMLElement>('[data-lesson-progress]')) {
    const ids = (el.dataset.lessonProgress ?? '').split(' ').filter(Boolean);
    const p = lessonProgress(progress, ids);
    el.hidden = p.attempted === 0;
    el.querySelector('.progress-text')!.textContent = (el.dataset.label ?? '').replace('{attempted}', String(p.attempted)).replace('{total}', String(p.total));
    (el.querySelector('.progress-bar > span') as HTMLElement).style.width = `${Math.round((p.attempted / Math.max(1, p.total)) * 100)}%`;
  }
});
