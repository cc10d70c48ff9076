/**
 * How long a wait feels, after Maister's principles of waiting ("the psychology of waiting lines",
 * 1985). Each principle not looked after makes the wait feel longer by a share of its length.
 * The shares are illustrative, chosen to show the direction and rough order of each effect; they
 * are not measured values. Maister's first law (S = P − E) is why the felt wait matters.
 */

export const PRINCIPLES = [
  /** Unoccupied time feels longer than occupied time. */
  { id: 'occupied', extra: 0.2 },
  /** Pre-process waits feel longer than in-process waits. */
  { id: 'started', extra: 0.1 },
  /** Anxiety makes waits seem longer. */
  { id: 'calm', extra: 0.15 },
  /** Uncertain waits are longer than known, finite waits. */
  { id: 'known', extra: 0.1 },
  /** Unexplained waits are longer than explained waits. */
  { id: 'explained', extra: 0.1 },
  /** Unfair waits are longer than equitable waits. */
  { id: 'fair', extra: 0.15 },
  /** The more valuable the service, the longer people will wait. */
  { id: 'valued', extra: 0.05 },
  /** Solo waits feel longer than group waits. */
  { id: 'together', extra: 0.05 },
] as const;

export type PrincipleId = (typeof PRINCIPLES)[number]['id'];
export const PRINCIPLE_IDS: readonly string[] = PRINCIPLES.map((p) => p.id);

/** How many times longer the wait feels than it is, given the principles looked after. */
export function feltFactor(applied: readonly string[]): number {
  return PRINCIPLES.reduce((f, p) => (applied.includes(p.id) ? f : f + p.extra), 1);
}

/** The felt length of a wait of `minutes`. */
export function feltWait(minutes: number, applied: readonly string[]): number {
  return minutes * feltFactor(applied);
}
