/** A half-dial from −10 to +10 with the needle at the overall S; red below zero, green above. */
interface Props {
  value: number;
  label: string;
  low: string;
  high: string;
}

const CX = 110;
const CY = 118;
const R = 85;
const point = (s: number, r = R) => {
  const angle = Math.PI * (1 - (Math.max(-10, Math.min(10, s)) + 10) / 20);
  return [CX + r * Math.cos(angle), CY - r * Math.sin(angle)].map((n) => n.toFixed(1)).join(' ');
};
const arc = (from: number, to: number) => `M${point(from)}A${R} ${R} 0 0 1 ${point(to)}`;

export function Gauge({ value, label, low, high }: Props) {
  return (
    <svg class="sg-gauge" viewBox="0 0 220 145" role="img" aria-label={label}>
      <path class="sgg-bad" d={arc(-10, -0.5)} />
      <path class="sgg-met" d={arc(-0.5, 0.5)} />
      <path class="sgg-good" d={arc(0.5, 10)} />
      <line class="sgg-needle" x1={CX} y1={CY} x2={point(value, R - 12).split(' ')[0]} y2={point(value, R - 12).split(' ')[1]} />
      <circle class="sgg-hub" cx={CX} cy={CY} r="5" />
      <text x={CX - R} y={CY + 20} text-anchor="middle">{low}</text>
      <text x={CX} y={CY - R - 13} text-anchor="middle">0</text>
      <text x={CX + R} y={CY + 20} text-anchor="middle">{high}</text>
    </svg>
  );
}
