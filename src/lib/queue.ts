/**
 * A service counter as a discrete-event simulation: customers arrive at random (Poisson), take
 * the first free server in arrival order, and are served for a random (exponential) time. That is
 * the M/M/c queue, so long runs must agree with the Erlang C formulas, which the tests check.
 * Times are in minutes; the random source is seeded so a run can be repeated.
 */
import { seededRandom } from './quiz/random.ts';

export interface QueueParams {
  /** Customers per hour. */
  arrivalsPerHour: number;
  /** Servers (counters, tellers) working in parallel. */
  servers: number;
  /** Average service time per customer, minutes. */
  serviceMinutes: number;
  /** Opening hours: customers arrive until closing; those inside are still served. */
  hours: number;
}

export interface SimResult {
  customers: number;
  /** Average wait before service, minutes. */
  avgWait: number;
  /** Longest wait, minutes. */
  maxWait: number;
  /** Share of customers who had to wait at all. */
  waitedShare: number;
  /** Share of server time spent serving, from opening until the last customer leaves. */
  utilisation: number;
  /** Time-average number waiting, over the same span. */
  avgQueue: number;
  maxQueue: number;
  /** Minutes from opening until the last customer leaves. */
  span: number;
  /** Queue length after each change, as [minute, length]; starts at [0, 0]. */
  trace: [number, number][];
}

/** An exponential variate with the given mean (inverse transform; 1 − u avoids log 0). */
export const exponential = (random: () => number, mean: number) => -mean * Math.log(1 - random());

export function simulate(p: QueueParams, seed: string | number, keepTrace = true): SimResult {
  const random = seededRandom(seed);
  const close = p.hours * 60;
  const meanGap = 60 / p.arrivalsPerHour;
  const freeAt = new Array<number>(Math.max(1, Math.round(p.servers))).fill(0);
  const events: [number, number][] = [];
  let t = exponential(random, meanGap);
  let n = 0;
  let totalWait = 0;
  let maxWait = 0;
  let waited = 0;
  let busy = 0;
  let end = 0;
  while (t < close) {
    let k = 0;
    for (let i = 1; i < freeAt.length; i++) if (freeAt[i] < freeAt[k]) k = i;
    const start = Math.max(t, freeAt[k]);
    const service = exponential(random, p.serviceMinutes);
    const wait = start - t;
    freeAt[k] = start + service;
    end = Math.max(end, freeAt[k]);
    busy += service;
    totalWait += wait;
    if (wait > 0) {
      waited++;
      maxWait = Math.max(maxWait, wait);
      events.push([t, 1], [start, -1]);
    }
    n++;
    t += exponential(random, meanGap);
  }
  // Departures from the queue before arrivals at the same instant.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const trace: [number, number][] = [[0, 0]];
  let length = 0;
  let area = 0;
  let last = 0;
  let maxQueue = 0;
  for (const [time, change] of events) {
    area += length * (time - last);
    last = time;
    length += change;
    maxQueue = Math.max(maxQueue, length);
    if (keepTrace) trace.push([time, length]);
  }
  const span = Math.max(end, close);
  return {
    customers: n,
    avgWait: n ? totalWait / n : 0,
    maxWait,
    waitedShare: n ? waited / n : 0,
    utilisation: span ? busy / (freeAt.length * span) : 0,
    avgQueue: span ? area / span : 0,
    maxQueue,
    span,
    trace,
  };
}

export interface ErlangC {
  /** Server utilisation ρ = λ / (c μ). */
  rho: number;
  /** Probability that an arriving customer has to wait. */
  pWait: number;
  /** Average wait in the queue, minutes. */
  wq: number;
  /** Average number waiting. */
  lq: number;
}

/** The long-run M/M/c figures; undefined when arrivals meet or exceed capacity (no steady state). */
export function erlangC(p: Pick<QueueParams, 'arrivalsPerHour' | 'servers' | 'serviceMinutes'>): ErlangC | undefined {
  const c = Math.max(1, Math.round(p.servers));
  const lambda = p.arrivalsPerHour / 60;
  const mu = 1 / p.serviceMinutes;
  const a = lambda / mu;
  const rho = a / c;
  if (!(rho < 1)) return undefined;
  // Σ a^k / k! for k < c, and a^c / c!, built term by term so nothing overflows.
  let term = 1;
  let sum = 0;
  for (let k = 0; k < c; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  const top = term / (1 - rho);
  const pWait = top / (sum + top);
  const wq = pWait / (c * mu - lambda);
  return { rho, pWait, wq, lq: lambda * wq };
}
