/** Unique, deterministic element ids per rendered page (a Term can appear several times on one page). */
const counters = new WeakMap<Request, number>();

export function nextElementId(request: Request, prefix: string): string {
  const n = (counters.get(request) ?? 0) + 1;
  counters.set(request, n);
  return `${prefix}-${n}`;
}
