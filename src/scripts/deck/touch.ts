/** Touch controller: a horizontal swipe on the slide turns it; clicks on the left or right edge do too. */
import { $deck, deckCommand } from '../../stores/deck.ts';
import { swipeDirection } from '../../lib/deck-layout.ts';
import type { Controller } from './context.ts';

export const mountTouch: Controller = (ctx) => {
  let start: { x: number; y: number; time: number; id: number } | null = null;
  const down = (e: PointerEvent) => {
    if (e.pointerType === 'mouse' || $deck.get().tool !== 'none') return;
    start = { x: e.clientX, y: e.clientY, time: e.timeStamp, id: e.pointerId };
  };
  const up = (e: PointerEvent) => {
    if (!start || e.pointerId !== start.id) return;
    const dir = swipeDirection(e.clientX - start.x, e.clientY - start.y, e.timeStamp - start.time);
    start = null;
    if (dir) deckCommand(dir);
  };
  const cancel = () => (start = null);
  const click = (e: MouseEvent) => {
    const zone = (e.target as HTMLElement).closest<HTMLElement>('[data-zone]');
    if (zone) deckCommand(zone.dataset.zone === 'prev' ? 'prev' : 'next');
  };
  ctx.stage.addEventListener('pointerdown', down);
  ctx.stage.addEventListener('pointerup', up);
  ctx.stage.addEventListener('pointercancel', cancel);
  ctx.stage.addEventListener('click', click);
  return () => {
    ctx.stage.removeEventListener('pointerdown', down);
    ctx.stage.removeEventListener('pointerup', up);
    ctx.stage.removeEventListener('pointercancel', cancel);
    ctx.stage.removeEventListener('click', click);
  };
};
