import { describe, expect, it } from 'vitest';
import { erlangC, exponential, simulate } from '../../src/lib/queue.ts';
import { seededRandom } from '../../src/lib/quiz/random.ts';

describe('Erlang C', () => {
  it('matches the textbook M/M/1 figures', () => {
    // λ = 10/h, μ = 12/h: ρ = 5/6, Wq = ρ / (μ − λ) = 25 minutes, Lq = ρ² / (1 − ρ).
    const e = erlangC({ arrivalsPerHour: 10, servers: 1, serviceMinutes: 5 })!;
    expect(e.rho).toBeCloseTo(5 / 6, 10);
    expect(e.pWait).toBeCloseTo(5 / 6, 10);
    expect(e.wq).toBeCloseTo(25, 8);
    expect(e.lq).toBeCloseTo(25 / 6, 8);
  });

  it('matches a worked M/M/2 example', () => {
    // λ = 10/h, μ = 6/h, c = 2: P0 = 1/11, P(wait) = 25/33, Wq = P(wait) / (cμ − λ) h.
    const e = erlangC({ arrivalsPerHour: 10, servers: 2, serviceMinutes: 10 })!;
    expect(e.pWait).toBeCloseTo(25 / 33, 10);
    expect(e.wq).toBeCloseTo((25 / 33 / 2) * 60, 8);
  });

  it('has no steady state when arrivals meet or exceed capacity', () => {
    expect(erlangC({ arrivalsPerHour: 60, servers: 2, serviceMinutes: 2 })).toBeUndefined();
    expect(erlangC({ arrivalsPerHour: 61, servers: 1, serviceMinutes: 1 })).toBeUndefined();
  });

  it('stays finite for many servers', () => {
    const e = erlangC({ arrivalsPerHour: 1150, servers: 40, serviceMinutes: 2 })!;
    expect(Number.isFinite(e.wq)).toBe(true);
    expect(e.pWait).toBeGreaterThan(0);
    expect(e.pWait).toBeLessThan(1);
  });
});

describe('queue simulation', () => {
  it('draws exponential times with the right mean', () => {
    const random = seededRandom('exp');
    let sum = 0;
    for (let i = 0; i < 100_000; i++) sum += exponential(random, 4);
    expect(sum / 100_000).toBeCloseTo(4, 1);
  });

  it('is repeatable from its seed, and differs between seeds', () => {
    const p = { arrivalsPerHour: 40, servers: 2, serviceMinutes: 2.5, hours: 8 };
    expect(simulate(p, 7)).toEqual(simulate(p, 7));
    expect(simulate(p, 7).avgWait).not.toBe(simulate(p, 8).avgWait);
  });

  // Long runs against the analytic M/M/c figures: wait, chance of waiting, queue length, utilisation.
  const cases = [
    { arrivalsPerHour: 10, servers: 1, serviceMinutes: 4 },
    { arrivalsPerHour: 50, servers: 3, serviceMinutes: 3 },
    { arrivalsPerHour: 100, servers: 5, serviceMinutes: 2.5 },
    { arrivalsPerHour: 30, servers: 2, serviceMinutes: 3.5 },
  ];
  for (const c of cases) {
    it(`agrees with Erlang C for λ=${c.arrivalsPerHour}/h, c=${c.servers}, service ${c.serviceMinutes} min`, () => {
      const hours = 300_000 / c.arrivalsPerHour;
      const sim = simulate({ ...c, hours }, `erlang-${c.servers}`, false);
      const e = erlangC(c)!;
      expect(Math.abs(sim.avgWait - e.wq) / e.wq).toBeLessThan(0.06);
      expect(Math.abs(sim.waitedShare - e.pWait)).toBeLessThan(0.02);
      expect(Math.abs(sim.avgQueue - e.lq) / e.lq).toBeLessThan(0.06);
      expect(Math.abs(sim.utilisation - e.rho)).toBeLessThan(0.01);
    });
  }

  it('grows a long queue when demand exceeds capacity', () => {
    const over = simulate({ arrivalsPerHour: 80, servers: 1, serviceMinutes: 1, hours: 8 }, 's');
    expect(over.maxQueue).toBeGreaterThan(50);
    expect(over.maxWait).toBeGreaterThan(60);
    expect(over.span).toBeGreaterThan(8 * 60);
  });

  it('traces the queue as a step series that starts and ends empty', () => {
    const sim = simulate({ arrivalsPerHour: 60, servers: 1, serviceMinutes: 0.9, hours: 4 }, 'trace');
    expect(sim.trace[0]).toEqual([0, 0]);
    expect(sim.trace.at(-1)![1]).toBe(0);
    expect(Math.max(...sim.trace.map((p) => p[1]))).toBe(sim.maxQueue);
    for (let i = 1; i < sim.trace.length; i++) expect(sim.trace[i][0]).toBeGreaterThanOrEqual(sim.trace[i - 1][0]);
    expect(sim.trace.every(([, l]) => l >= 0)).toBe(true);
  });

  it('makes nobody wait when servers are always free', () => {
    const sim = simulate({ arrivalsPerHour: 1, servers: 10, serviceMinutes: 0.5, hours: 8 }, 1);
    expect(sim.avgWait).toBe(0);
    expect(sim.maxQueue).toBe(0);
  });
});

describe('felt wait (Maister)', async () => {
  const { feltFactor, feltWait, PRINCIPLES } = await import('../../src/lib/waiting-perception.ts');
  it('feels longest with no principle looked after, and equal to the clock with all of them', () => {
    expect(feltFactor([])).toBeCloseTo(1 + PRINCIPLES.reduce((s, p) => s + p.extra, 0), 10);
    expect(feltFactor(PRINCIPLES.map((p) => p.id))).toBe(1);
  });
  it('shortens with each principle applied, most for occupied time', () => {
    const none = feltFactor([]);
    for (const p of PRINCIPLES) expect(feltFactor([p.id])).toBeLessThan(none);
    expect(feltFactor(['occupied'])).toBeLessThan(feltFactor(['valued']));
    expect(feltWait(10, ['occupied', 'known'])).toBeCloseTo(10 * (feltFactor([]) - 0.3), 10);
  });
  it('ignores unknown principle ids', () => {
    expect(feltFactor(['teleport'])).toBe(feltFactor([]));
  });
});
