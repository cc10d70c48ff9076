/** The five ratings as a radar chart, drawn as plain SVG; its text alternative lists the values. */
import { FORCES, MAX_RATING, pointsAttr, radarPoints, type Force } from '../../../lib/five-forces.ts';
import { fill } from '../../../lib/widget-text.ts';
import type { FiveForcesStrings } from './strings.ts';

const CX = 210;
const CY = 165;
const R = 90;
const RINGS = [1, 2, 3, 4, 5];

export function ForcesRadar({ ratings, t, uid }: { ratings: Record<Force, number>; t: FiveForcesStrings; uid: string }) {
  const values = FORCES.map((f) => ratings[f]);
  const ring = (n: number) => pointsAttr(radarPoints(FORCES.map(() => n), MAX_RATING, CX, CY, R));
  const axes = radarPoints(FORCES.map(() => MAX_RATING), MAX_RATING, CX, CY, R);
  const labels = radarPoints(FORCES.map(() => MAX_RATING), MAX_RATING, CX, CY, R + 16);
  const dots = radarPoints(values, MAX_RATING, CX, CY, R);
  const desc = fill(t.chartDesc, { list: FORCES.map((f) => `${t.short[f]} ${ratings[f] || '–'}`).join(', ') });
  return (
    <svg class="ff-radar" viewBox="0 0 420 320" role="img" aria-labelledby={`${uid}-chart-t ${uid}-chart-d`}>
      <title id={`${uid}-chart-t`}>{t.chartTitle}</title>
      <desc id={`${uid}-chart-d`}>{desc}</desc>
      {RINGS.map((n) => <polygon key={n} class="ff-ring" points={ring(n)} />)}
      {axes.map(([x, y], i) => <line key={i} class="ff-axis" x1={CX} y1={CY} x2={x} y2={y} />)}
      {values.some((v) => v > 0) && <polygon class="ff-area" points={pointsAttr(dots)} />}
      {dots.map(([x, y], i) => values[i] > 0 && <circle key={i} class="ff-dot" cx={x} cy={y} r={4} />)}
      {labels.map(([x, y], i) => (
        <text key={i} x={x} y={y} text-anchor={x < CX - 5 ? 'end' : x > CX + 5 ? 'start' : 'middle'} dominant-baseline="middle" class="ff-label">
          {t.short[FORCES[i]]} {values[i] || '–'}
        </text>
      ))}
    </svg>
  );
}
