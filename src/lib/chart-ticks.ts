/** Axis ticks for the widgets' small SVG charts. */

/** Whole-number ticks from 0 to at least `max` (and at least 1): 0, step, 2·step…, about five. */
export function ticks(max: number): number[] {
  const top = Math.max(1, max);
  const rough = top / 4;
  const pow = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= rough)!);
  const out = [];
  for (let v = 0; v < top + step; v += step) out.push(v);
  return out;
}
