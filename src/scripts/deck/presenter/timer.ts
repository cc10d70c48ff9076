/**
 * Timer controller (presenter): elapsed time (pause, resume, reset; kept across a reload of the
 * presenter window), the time of day, and pacing against the lesson's planned minutes.
 */
import { $deck, onDeckCommand } from '../../../stores/deck.ts';
import {
  elapsed,
  formatDuration,
  pace,
  parseTimer,
  resetTimer,
  startTimer,
  toggleTimer,
  type TimerState,
} from '../../../lib/deck-timer.ts';
import type { Controller } from '../context.ts';

export const mountTimer: Controller = (ctx) => {
  const key = `deck:v1:timer:${ctx.slug}`;
  const $ = <T extends HTMLElement>(sel: string) => document.querySelector<T>(sel);
  const elapsedEl = $('[data-elapsed]');
  const clockEl = $('[data-clock]');
  const paceEl = $('[data-pace]');
  const paceText = $('[data-pace-text]');
  const toggle = $<HTMLButtonElement>('[data-timer-toggle]');
  const toggleLabel = $('[data-timer-label]');
  const clock = new Intl.DateTimeFormat(ctx.lang === 'zh' ? 'zh-CN' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });

  let stored: string | null = null;
  try {
    stored = sessionStorage.getItem(key);
  } catch {
    /* storage blocked: the timer still runs, it just is not kept across reloads */
  }
  let timer: TimerState = parseTimer(stored, Date.now()) ?? startTimer(Date.now());
  const save = () => {
    try {
      sessionStorage.setItem(key, JSON.stringify(timer));
    } catch {
      /* see above */
    }
  };
  save();

  const render = () => {
    const now = Date.now();
    const ms = elapsed(timer, now);
    if (elapsedEl) elapsedEl.textContent = formatDuration(ms);
    if (clockEl) clockEl.textContent = clock.format(now);
    const s = $deck.get();
    const p = pace(ms, ctx.minutes, s.slide, s.ids.length);
    if (paceEl) paceEl.dataset.status = p.status;
    if (paceText) {
      const status =
        p.status === 'onTrack'
          ? ctx.t('presenter.onTrack')
          : ctx.t(`presenter.${p.status}`, { n: p.minutes });
      const left =
        p.remaining >= 0
          ? ctx.t('presenter.left', { n: p.remaining })
          : ctx.t('presenter.over', { n: -p.remaining });
      paceText.textContent = `${status} · ${left}`;
    }
    if (toggle) {
      const label = toggle.dataset[timer.running ? 'labelPause' : 'labelResume'] ?? '';
      toggle.setAttribute('aria-pressed', String(!timer.running));
      toggle.title = label;
      if (toggleLabel) toggleLabel.textContent = label;
    }
  };
  const change = (next: TimerState) => {
    timer = next;
    save();
    render();
  };
  toggle?.addEventListener('click', () => change(toggleTimer(timer, Date.now())));
  $('[data-timer-reset]')?.addEventListener('click', () => change(resetTimer(timer, Date.now())));
  const off = onDeckCommand((c) => c === 'timer' && change(toggleTimer(timer, Date.now())));
  const unsubscribe = $deck.subscribe(render);
  const tick = window.setInterval(render, 500);
  return () => {
    off();
    unsubscribe();
    clearInterval(tick);
  };
};
