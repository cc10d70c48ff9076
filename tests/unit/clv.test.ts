import { describe, expect, it } from 'vitest';
import { cumulative, defaultClvState, lifetimeValue, optionsOf, validateClvState, yearlyValue } from '../../src/lib/clv.ts';

const regular = { spend: 30, visits: 150, years: 5 };

describe('customer lifetime value', () => {
  it('is spend per visit × visits per year × years retained', () => {
    expect(yearlyValue(regular)).toBe(4500);
    expect(lifetimeValue(regular)).toBe(22500);
    expect(cumulative(regular)).toEqual([0, 4500, 9000, 13500, 18000, 22500]);
  });

  it('counts only the margin when asked', () => {
    expect(lifetimeValue(regular, { margin: 30 })).toBeCloseTo(6750, 8);
    expect(lifetimeValue(regular, { margin: 0 })).toBe(0);
  });

  it('discounts each later year by (1 + r)^t', () => {
    const v = lifetimeValue({ spend: 100, visits: 10, years: 3 }, { discount: 10 });
    expect(v).toBeCloseTo(1000 / 1.1 + 1000 / 1.21 + 1000 / 1.331, 8);
    expect(lifetimeValue(regular, { discount: 8 })).toBeLessThan(lifetimeValue(regular));
    expect(lifetimeValue(regular, { discount: 0 })).toBe(22500);
  });

  it('combines margin and discount', () => {
    expect(lifetimeValue({ spend: 200, visits: 5, years: 2 }, { margin: 50, discount: 25 })).toBeCloseTo(500 / 1.25 + 500 / 1.5625, 8);
  });

  it('grows year by year, never falling', () => {
    const c = cumulative(regular, { discount: 30, margin: 20 });
    for (let i = 1; i < c.length; i++) expect(c[i]).toBeGreaterThan(c[i - 1]);
  });
});

describe('CLV state', () => {
  it('starts from the café example without margin or discount', () => {
    const s = defaultClvState();
    expect(s.a).toEqual(regular);
    expect(optionsOf(s)).toEqual({ margin: undefined, discount: undefined });
    expect(defaultClvState('supermarket').a.visits).toBe(52);
  });

  it('clamps what was saved and fills gaps from the defaults', () => {
    const s = validateClvState({ a: { spend: -5, visits: 1000, years: 2.6 }, b: 'x', useMargin: true, margin: 250, useDiscount: 'yes', discount: 5 })!;
    expect(s.a).toEqual({ spend: 0, visits: 365, years: 3 });
    expect(s.b).toEqual(defaultClvState().b);
    expect(optionsOf(s)).toEqual({ margin: 100, discount: undefined });
    expect(validateClvState(undefined)).toBeUndefined();
  });
});
