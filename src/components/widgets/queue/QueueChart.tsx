/** Queue length over the simulated day as a small SVG step chart, with the closing time marked. */
import { ticks } from '../../../lib/chart-ticks.ts';
import { stepPath, type SimResult } from '../../../lib/queue-widget.ts';

interface Props {
  sim: SimResult;
  hours: number;
  id: string;
  title: string;
  summary: string;
  timeAxis: string;
  queueAxis: string;
  closing: string;
}

const BOX = { width: 640, height: 250, left: 46, right: 14, top: 14, bottom: 40 };

export function QueueChart({ sim, hours, id, title, summary, timeAxis, queueAxis, closing }: Props) {
  const spanHours = Math.max(hours, Math.ceil(sim.span / 60));
  const span = spanHours * 60;
  const yTicks = ticks(sim.maxQueue);
  const top = yTicks[yTicks.length - 1] || 1;
  const w = BOX.width - BOX.left - BOX.right;
  const h = BOX.height - BOX.top - BOX.bottom;
  const x = (minutes: number) => BOX.left + (minutes / span) * w;
  const y = (n: number) => BOX.top + h - (n / top) * h;
  const every = spanHours > 12 ? Math.ceil(spanHours / 12) : 1;
  const xTicks = Array.from({ length: Math.floor(spanHours / every) + 1 }, (_, i) => i * every);
  return (
    <svg class="w-chart q-chart" viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{summary}</desc>
      {yTicks.map((v) => (
        <g key={v}>
          <line class="axis q-grid" x1={BOX.left} x2={BOX.width - BOX.right} y1={y(v)} y2={y(v)} />
          <text x={BOX.left - 6} y={y(v) + 4} text-anchor="end">{v}</text>
        </g>
      ))}
      {xTicks.map((t) => (
        <text key={t} x={x(t * 60)} y={BOX.height - BOX.bottom + 16} text-anchor="middle">{t}</text>
      ))}
      <text x={BOX.left + w / 2} y={BOX.height - 4} text-anchor="middle">{timeAxis}</text>
      <text x={12} y={BOX.top + h / 2} text-anchor="middle" transform={`rotate(-90 12 ${BOX.top + h / 2})`}>{queueAxis}</text>
      <line class="q-close" x1={x(hours * 60)} x2={x(hours * 60)} y1={BOX.top} y2={BOX.top + h} />
      <text class="q-close-label" x={x(hours * 60) - 4} y={BOX.top + 12} text-anchor="end">{closing}</text>
      <path class="q-line" d={stepPath(sim.trace, span, top, BOX)} />
    </svg>
  );
}
