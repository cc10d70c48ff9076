/**
 * The four service styles as an SVG 2×2: procedural side across, personal side up, both from 1 to
 * 5 and split at 3. The service's quadrant is highlighted and its point drawn once both sides
 * have a rating.
 */
import './style-plot.css';
import { RATING_MAX, RATING_MIN, STRONG_ABOVE, type Style } from '../../../lib/service-style.ts';
import type { ServiceStyleStrings } from './strings.ts';

const SIZE = 400;
const X0 = 48;
const Y0 = 12;
const SPAN = 320;
const scale = (v: number) => ((v - RATING_MIN) / (RATING_MAX - RATING_MIN)) * SPAN;
const toX = (v: number) => X0 + scale(v);
const toY = (v: number) => Y0 + SPAN - scale(v);
const MID = scale(STRONG_ABOVE);

/** Each style's cell: [left, top, width, height], with its label near the outer corner. */
const CELLS: Record<Style, [number, number, number, number]> = {
  zoo: [X0, Y0, MID, SPAN - MID],
  quality: [X0 + MID, Y0, SPAN - MID, SPAN - MID],
  freezer: [X0, Y0 + SPAN - MID, MID, MID],
  factory: [X0 + MID, Y0 + SPAN - MID, SPAN - MID, MID],
};

interface Props {
  t: ServiceStyleStrings;
  style: Style | null;
  procedural: number | null;
  personal: number | null;
  label: string;
}

export function StylePlot({ t, style, procedural, personal, label }: Props) {
  return (
    <svg class="ss-plot" viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={label}>
      {(Object.keys(CELLS) as Style[]).map((s) => {
        const [x, y, w, h] = CELLS[s];
        return (
          <g key={s} class={`ss-cell ss-cell--${s}${s === style ? ' is-current' : ''}`} data-cell={s}>
            <rect x={x} y={y} width={w} height={h} />
            <text x={x + w / 2} y={y + h / 2 + 6} text-anchor="middle">{t.styles[s].short}</text>
          </g>
        );
      })}
      <rect class="ss-frame" x={X0} y={Y0} width={SPAN} height={SPAN} />
      {[RATING_MIN, STRONG_ABOVE, RATING_MAX].map((v) => (
        <g key={v} class="ss-tick">
          <text x={toX(v)} y={Y0 + SPAN + 20} text-anchor="middle">{v}</text>
          <text x={X0 - 8} y={toY(v) + 5} text-anchor="end">{v}</text>
        </g>
      ))}
      <text class="ss-axis" x={X0 + SPAN / 2} y={SIZE - 6} text-anchor="middle">{t.axisProcedural} →</text>
      <text class="ss-axis" x={16} y={Y0 + SPAN / 2} text-anchor="middle" transform={`rotate(-90 16 ${Y0 + SPAN / 2})`}>{t.axisPersonal} →</text>
      {procedural !== null && personal !== null && (
        <circle class="ss-point" data-point cx={toX(procedural).toFixed(1)} cy={toY(personal).toFixed(1)} r="11" />
      )}
    </svg>
  );
}
