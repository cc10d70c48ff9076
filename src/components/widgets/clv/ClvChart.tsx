/** Cumulative value of two customers over the years, as two lines in a small SVG chart. */
import { ticks } from '../../../lib/chart-ticks.ts';

interface Props {
  a: number[];
  b: number[];
  id: string;
  title: string;
  summary: string;
  labels: [string, string];
  yearAxis: string;
  valueAxis: string;
  format: (n: number) => string;
}

const BOX = { width: 640, height: 260, left: 70, right: 16, top: 16, bottom: 42 };

export function ClvChart({ a, b, id, title, summary, labels, yearAxis, valueAxis, format }: Props) {
  const years = Math.max(a.length, b.length) - 1;
  const yTicks = ticks(Math.max(...a, ...b));
  const top = yTicks[yTicks.length - 1];
  const w = BOX.width - BOX.left - BOX.right;
  const h = BOX.height - BOX.top - BOX.bottom;
  const x = (t: number) => BOX.left + (t / Math.max(1, years)) * w;
  const y = (v: number) => BOX.top + h - (v / top) * h;
  const line = (series: number[]) => series.map((v, t) => `${t ? 'L' : 'M'}${x(t).toFixed(1)} ${y(v).toFixed(1)}`).join('');
  const step = Math.max(1, Math.ceil(years / 10));
  const xTicks = Array.from({ length: Math.floor(years / step) + 1 }, (_, i) => i * step);
  return (
    <figure class="clv-figure">
      <svg class="w-chart clv-chart" viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{summary}</desc>
        {yTicks.map((v) => (
          <g key={v}>
            <line class="axis clv-grid" x1={BOX.left} x2={BOX.width - BOX.right} y1={y(v)} y2={y(v)} />
            <text x={BOX.left - 6} y={y(v) + 4} text-anchor="end">{format(v)}</text>
          </g>
        ))}
        {xTicks.map((t) => (
          <text key={t} x={x(t)} y={BOX.height - BOX.bottom + 16} text-anchor="middle">{t}</text>
        ))}
        <text x={BOX.left + w / 2} y={BOX.height - 4} text-anchor="middle">{yearAxis}</text>
        <text x={12} y={BOX.top + h / 2} text-anchor="middle" transform={`rotate(-90 12 ${BOX.top + h / 2})`}>{valueAxis}</text>
        <path class="clv-line clv-line--a" d={line(a)} />
        <path class="clv-line clv-line--b" d={line(b)} />
        {a.map((v, t) => <circle key={`a${t}`} class="clv-dot--a" cx={x(t)} cy={y(v)} r="3" />)}
        {b.map((v, t) => <circle key={`b${t}`} class="clv-dot--b" cx={x(t)} cy={y(v)} r="3" />)}
      </svg>
      <figcaption class="clv-legend">
        <span><span class="clv-key clv-key--a" aria-hidden="true" /> {labels[0]}</span>
        <span><span class="clv-key clv-key--b" aria-hidden="true" /> {labels[1]}</span>
      </figcaption>
    </figure>
  );
}
