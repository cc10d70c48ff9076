/** Today's cost curve, today's position and the new one, as plain SVG. */
import { BASE_COST, BASE_SERVICE, COST_RANGE, curvePoints, SERVICE_RANGE, type CostServiceState } from '../../../lib/cost-service.ts';
import { fill } from '../../../lib/widget-text.ts';
import type { CostServiceStrings } from './strings.ts';

const W = 420;
const H = 300;
const M = { left: 48, right: 16, top: 16, bottom: 48 };
const x = (service: number) => M.left + ((service - SERVICE_RANGE[0]) / (SERVICE_RANGE[1] - SERVICE_RANGE[0])) * (W - M.left - M.right);
const y = (cost: number) => H - M.bottom - ((cost - COST_RANGE[0]) / (COST_RANGE[1] - COST_RANGE[0])) * (H - M.top - M.bottom);
const X_TICKS = [60, 70, 80, 90];
const Y_TICKS = [50, 100, 150, 200];

export function CostServiceChart({ state, t, uid }: { state: CostServiceState; t: CostServiceStrings; uid: string }) {
  const curve = curvePoints(1).map(([s, c]) => `${x(s).toFixed(1)},${y(c).toFixed(1)}`).join(' ');
  const moved = state.service !== BASE_SERVICE || state.cost !== BASE_COST;
  const [x0, y0, x1, y1] = [x(BASE_SERVICE), y(BASE_COST), x(state.service), y(state.cost)];
  // The arrow stops at the edge of the new point instead of covering it.
  const len = Math.hypot(x1 - x0, y1 - y0);
  const k = len > 14 ? (len - 9) / len : 1;
  return (
    <svg class="cs-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${uid}-chart-t ${uid}-chart-d`}>
      <title id={`${uid}-chart-t`}>{t.chartTitle}</title>
      <desc id={`${uid}-chart-d`}>{fill(t.chartDesc, { s: state.service, c: state.cost })}</desc>
      <defs>
        <marker id={`${uid}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" class="cs-arrowhead" />
        </marker>
      </defs>
      {X_TICKS.map((s) => (
        <g key={`x${s}`}>
          <line class="cs-grid" x1={x(s)} x2={x(s)} y1={M.top} y2={H - M.bottom} />
          <text x={x(s)} y={H - M.bottom + 16} text-anchor="middle" class="cs-tick">{s}%</text>
        </g>
      ))}
      {Y_TICKS.map((c) => (
        <g key={`y${c}`}>
          <line class="cs-grid" x1={M.left} x2={W - M.right} y1={y(c)} y2={y(c)} />
          <text x={M.left - 6} y={y(c)} text-anchor="end" dominant-baseline="middle" class="cs-tick">{c}</text>
        </g>
      ))}
      <text x={(M.left + W - M.right) / 2} y={H - 8} text-anchor="middle" class="cs-axis">{t.service} →</text>
      <text x={14} y={(M.top + H - M.bottom) / 2} text-anchor="middle" class="cs-axis" transform={`rotate(-90 14 ${(M.top + H - M.bottom) / 2})`}>{t.costAxis} →</text>
      <polyline class="cs-curve" points={curve} />
      {moved && <line class="cs-move" x1={x0} y1={y0} x2={x0 + (x1 - x0) * k} y2={y0 + (y1 - y0) * k} marker-end={`url(#${uid}-arrow)`} />}
      <circle class="cs-today" cx={x0} cy={y0} r={6} />
      <text x={x0 - 10} y={y0 - 10} text-anchor="end" class="cs-label">{t.today}</text>
      {moved && (
        <>
          <circle class="cs-new" cx={x1} cy={y1} r={7} />
          <text x={x1 + 10} y={y1 - 10} class="cs-label cs-label--new">{t.newPosition}</text>
        </>
      )}
    </svg>
  );
}
