import { describe, expect, it } from 'vitest';
import { applyScenario, compare, emptyProductivity, keepAsBaseline, productivity, SCENARIOS, setLever, START, validateProductivity } from '../../src/lib/productivity.ts';

describe('service productivity', () => {
  it('multiplies the three levers into an index out of 100', () => {
    expect(productivity({ internal: 100, external: 100, capacity: 100 })).toBe(100);
    expect(productivity({ internal: 50, external: 100, capacity: 100 })).toBe(50);
    expect(productivity(START)).toBe(29.4);
  });
  it('reports no change and no driver when nothing moved', () => {
    const c = compare(START, START);
    expect(c).toMatchObject({ percent: 0, driver: undefined, against: [] });
  });
  it('names the lever that moved the result most', () => {
    const c = compare(START, { ...START, capacity: 75 });
    expect(c.percent).toBe(25);
    expect(c.driver).toBe('capacity');
    expect(c.changes.find((x) => x.lever === 'capacity')).toEqual({ lever: 'capacity', from: 60, to: 75, percent: 25 });
  });
  it('shows the cost-cutting trap: internal efficiency up, external down, productivity down', () => {
    const s = applyScenario(emptyProductivity(), 'cut-staff');
    const c = compare(s.baseline, s.current);
    expect(s.current).toEqual({ internal: 85, external: 50, capacity: 60 });
    expect(c.percent).toBeLessThan(0);
    expect(c.driver).toBe('external');
    expect(c.against).toEqual(['internal']);
  });
  it('compares levers by ratio, since they multiply', () => {
    // +10 points on a low lever is a bigger change than +12 on a high one.
    const c = compare({ internal: 90, external: 20, capacity: 50 }, { internal: 100, external: 30, capacity: 50 });
    expect(c.driver).toBe('external');
  });
  it('applies each scenario from the baseline, within range', () => {
    for (const id of Object.keys(SCENARIOS) as (keyof typeof SCENARIOS)[]) {
      const s = applyScenario({ ...emptyProductivity(), baseline: { internal: 98, external: 12, capacity: 95 } }, id);
      for (const v of Object.values(s.current)) expect(v).toBeGreaterThanOrEqual(10), expect(v).toBeLessThanOrEqual(100);
      expect(s.scenario).toBe(id);
    }
  });
  it('moves a lever, clears the scenario, and keeps a new baseline', () => {
    let s = applyScenario(emptyProductivity(), 'training');
    s = setLever(s, 'capacity', 500);
    expect(s.current.capacity).toBe(100);
    expect(s.scenario).toBe('');
    s = keepAsBaseline(s);
    expect(s.baseline).toEqual(s.current);
    expect(compare(s.baseline, s.current).percent).toBe(0);
  });
  it('repairs saved state', () => {
    expect(validateProductivity({ baseline: { internal: 0, external: 'x', capacity: 55.4 }, current: START, scenario: 'magic' })).toEqual({
      baseline: { internal: 10, external: 70, capacity: 55 },
      current: START,
      scenario: '',
    });
    expect(validateProductivity({ baseline: START })).toBeUndefined();
    expect(validateProductivity(null)).toBeUndefined();
  });
});
