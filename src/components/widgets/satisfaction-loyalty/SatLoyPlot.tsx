/**
 * The satisfaction × loyalty plane in SVG: four shaded quadrants, the active market's curve (solid)
 * and the other market's (dashed), and one numbered point per customer. Points follow a mouse,
 * pen or finger (pointer capture keeps the drag when the pointer leaves the point); a click on
 * the plane moves the selected customer there. Keyboard users place points with the sliders.
 */
import './sl-plot.css';
import { useRef } from 'preact/hooks';
import { curvePoints, customerType, MARKETS, SCALE_MAX, TYPES, type Customer, type CustomerType, type Market } from '../../../lib/satisfaction-loyalty.ts';
import type { SatisfactionLoyaltyStrings } from './strings.ts';

const SIZE = 440;
const X0 = 60;
const Y0 = 14;
const SPAN = 360;
const toX = (s: number) => X0 + (s / SCALE_MAX) * SPAN;
const toY = (l: number) => Y0 + SPAN - (l / SCALE_MAX) * SPAN;
const HALF = SPAN / 2;

/** Quadrant corner for each type: [x, y] of the cell and where its label sits. */
const CELLS: Record<CustomerType, { x: number; y: number; anchor: 'start' | 'end'; ty: number }> = {
  hostage: { x: X0, y: Y0, anchor: 'start', ty: Y0 + 24 },
  apostle: { x: X0 + HALF, y: Y0, anchor: 'end', ty: Y0 + 24 },
  // Top of its cell: the competitive curve runs flat along the bottom.
  terrorist: { x: X0, y: Y0 + HALF, anchor: 'start', ty: Y0 + HALF + 24 },
  mercenary: { x: X0 + HALF, y: Y0 + HALF, anchor: 'end', ty: Y0 + SPAN - 10 },
};

const path = (market: Market) =>
  curvePoints(market, 60)
    .map(([s, l], i) => `${i ? 'L' : 'M'}${toX(s).toFixed(1)} ${toY(l).toFixed(1)}`)
    .join('');

interface Props {
  t: SatisfactionLoyaltyStrings;
  market: Market;
  customers: Customer[];
  selected: string | undefined;
  summary: string;
  onSelect: (id: string) => void;
  onMove: (id: string, to: { satisfaction: number; loyalty: number }) => void;
}

export function SatLoyPlot({ t, market, customers, selected, summary, onSelect, onMove }: Props) {
  const svg = useRef<SVGSVGElement>(null);
  const dragging = useRef<string | null>(null);
  const valuesAt = (e: PointerEvent | MouseEvent) => {
    const r = svg.current!.getBoundingClientRect();
    const x = ((e.clientX - r.left) / r.width) * SIZE;
    const y = ((e.clientY - r.top) / r.height) * SIZE;
    return { satisfaction: ((x - X0) / SPAN) * SCALE_MAX, loyalty: ((Y0 + SPAN - y) / SPAN) * SCALE_MAX };
  };
  const inPlane = (v: { satisfaction: number; loyalty: number }) => v.satisfaction >= -2 && v.satisfaction <= 102 && v.loyalty >= -2 && v.loyalty <= 102;

  const pct = (v: number) => `${((v / SIZE) * 100).toFixed(2)}%`;

  return (
    <div
      class="sl-plane"
      onClick={(e) => {
        // Clicks that end a drag land on a point: only a click on the plane itself moves the selection.
        if (!selected || (e.target as Element).closest('.sl-point')) return;
        const v = valuesAt(e);
        if (inPlane(v)) onMove(selected, v);
      }}
    >
      <svg ref={svg} class="sl-plot" viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={`${t.plotTitle}. ${summary}`}>
        {TYPES.map((type) => {
          const c = CELLS[type];
          return <rect key={type} class={`sl-cell sl-cell--${type}`} x={c.x} y={c.y} width={HALF} height={HALF} />;
        })}
        <rect class="sl-frame" x={X0} y={Y0} width={SPAN} height={SPAN} />
        {[0, 50, 100].map((v) => (
          <g key={v} class="sl-tick">
            <text x={toX(v)} y={Y0 + SPAN + 22} text-anchor="middle">{v}</text>
            <text x={X0 - 8} y={toY(v) + 5} text-anchor="end">{v}</text>
          </g>
        ))}
        <text class="sl-axis" x={X0 + HALF} y={SIZE - 4} text-anchor="middle">{t.axisSatisfaction} →</text>
        <text class="sl-axis" x={16} y={Y0 + HALF} text-anchor="middle" transform={`rotate(-90 16 ${Y0 + HALF})`}>{t.axisLoyalty} →</text>
        {MARKETS.map((m) => (
          <path key={m} class={m === market ? 'sl-curve sl-curve--active' : 'sl-curve sl-curve--other'} d={path(m)} data-curve={m} />
        ))}
        {/* Labels go over the curves, with a halo, so a curve crossing a label never hides it. */}
        {TYPES.map((type) => {
          const c = CELLS[type];
          return (
            <text key={type} class="sl-cell-label" x={c.anchor === 'start' ? c.x + 10 : c.x + HALF - 10} y={c.ty} text-anchor={c.anchor}>
              {t.types[type].name}
            </text>
          );
        })}
      </svg>
      {/* Points are HTML over the SVG: touch-action works on HTML boxes (not on SVG shapes), so a
          finger on a point drags it while a finger elsewhere on the plot still scrolls the page. */}
      {customers.map((c, i) => (
        <span
          key={c.id}
          aria-hidden="true"
          class={`sl-point sl-point--${customerType(c.satisfaction, c.loyalty)}${c.id === selected ? ' is-selected' : ''}`}
          data-point={c.id}
          style={{ left: pct(toX(c.satisfaction)), top: pct(toY(c.loyalty)) }}
          onPointerDown={(e) => {
            e.preventDefault();
            e.currentTarget.setPointerCapture(e.pointerId);
            dragging.current = c.id;
            onSelect(c.id);
          }}
          onPointerMove={(e) => {
            if (dragging.current === c.id) onMove(c.id, valuesAt(e));
          }}
          onPointerUp={() => (dragging.current = null)}
          onPointerCancel={() => (dragging.current = null)}
        >
          <span class="sl-dot">{i + 1}</span>
        </span>
      ))}
    </div>
  );
}
