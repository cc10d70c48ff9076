import { describe, expect, it } from 'vitest';
import {
  applyScenario, compare, costCuttingTrap, emptyProductivity, explainProductivity, keepAsBaseline, productivity, productivityMarkdown, SCENARIOS, setLever, signed, START,
  validateProductivity,
} from '../../src/lib/productivity.ts';

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

describe('explanation and export', () => {
  const x = {
    names: { internal: 'Internal', external: 'External', capacity: 'Capacity' },
    nothing: 'Nothing moved.',
    result: '{before} → {after} ({change}).',
    driver: 'Driver: {lever} {from}→{to} ({change}).',
    against: 'Against: {list}.',
    trap: 'Trap!',
  };
  it('says nothing moved until a lever moves', () => {
    expect(explainProductivity(compare(START, START), x, 'en')).toEqual(['Nothing moved.']);
  });
  it('names the result, the driver, what held it back and the trap', () => {
    const s = applyScenario(emptyProductivity(), 'cut-staff');
    expect(explainProductivity(compare(s.baseline, s.current), x, 'en')).toEqual(['29.4 → 25.5 (−13.3%).', 'Driver: External 70→50 (−28.6%).', 'Against: Internal.', 'Trap!']);
    const up = applyScenario(emptyProductivity(), 'off-peak');
    expect(explainProductivity(compare(up.baseline, up.current), x, 'en')).toEqual(['29.4 → 36.7 (+25%).', 'Driver: Capacity 60→75 (+25%).']);
  });
  it('formats signed changes', () => {
    expect([signed(3), signed(-2.5), signed(0)]).toEqual(['+3%', '−2.5%', '±0%']);
  });
  it('sees the trap only when cost efficiency was bought with quality and nothing gained', () => {
    expect(costCuttingTrap(compare(START, { ...START, internal: 90, external: 65 }))).toBe(false); // productivity still up
    expect(costCuttingTrap(compare(START, { ...START, internal: 75, external: 60 }))).toBe(true);
  });
  it('exports levers, index and explanation', () => {
    const s = applyScenario(emptyProductivity(), 'training');
    const md = productivityMarkdown(s, { ...x, title: 'Productivity', formula: 'P = f(...)', indexLabel: 'Index', baselineValue: 'baseline {n}%' }, 'en');
    expect(md).toContain('- Internal: 67% (baseline 70%)');
    expect(md).toContain('**Index: 33** (+12.1%)');
    expect(md).toContain('Driver: External');
  });
});
