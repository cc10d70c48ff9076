import { describe, expect, it } from 'vitest';
import { GAUGE_CASES } from '../../src/components/widgets/satisfaction-gauge/cases.ts';
import { caseRatings, defaultGaugeState, feltScores, formatSigned, gains, gaugeMarkdown, HALO, overall, score, validateGaugeState, verdict } from '../../src/lib/satisfaction.ts';

const r = (e: number, p: number) => ({ e, p });

describe("Maister's first law: S = P − E", () => {
  it('is perception minus expectation', () => {
    expect(score(r(7, 4))).toBe(-3);
    expect(score(r(5, 9))).toBe(4);
  });
  it('names the verdict with a small dead band around zero', () => {
    expect([verdict(-3), verdict(-0.5), verdict(0), verdict(0.5), verdict(0.6)]).toEqual(['below', 'met', 'met', 'met', 'above']);
  });
  it('averages the moments plainly without the snowball', () => {
    expect(overall([r(7, 4), r(5, 5), r(8, 9), r(6, 7)], false)).toBeCloseTo(-0.25, 10);
    expect(overall([], true)).toBe(0);
  });
});

describe('second law: the snowball', () => {
  const weakStart = [r(7, 4), r(5, 5), r(8, 9), r(6, 7)];
  it('carries a share of the first impression into every later moment', () => {
    expect(feltScores(weakStart, true)).toEqual([-3, -3 * HALO, 1 - 3 * HALO, 1 - 3 * HALO]);
    expect(feltScores(weakStart, false)).toEqual(weakStart.map(score));
  });
  it('makes a weak start cost more, and a strong start pay more, than the plain average says', () => {
    expect(overall(weakStart, true)).toBeLessThan(overall(weakStart, false));
    const strongStart = [r(5, 8), r(6, 6), r(7, 6)];
    expect(overall(strongStart, true)).toBeGreaterThan(overall(strongStart, false));
  });
  it('makes the first moment the best place to improve', () => {
    const g = gains([r(6, 6), r(6, 6), r(6, 6), r(6, 6)], true);
    expect(g[0]).toBeGreaterThan(g[1]);
    expect(g[1]).toBeGreaterThan(g[3]);
    const flat = gains([r(6, 6), r(6, 6), r(6, 6), r(6, 6)], false);
    expect(flat.every((x) => Math.abs(x - 0.25) < 1e-9)).toBe(true);
  });
  it('gains nothing where perception is already 10', () => {
    expect(gains([r(5, 10), r(5, 5)], true)[0]).toBe(0);
  });
});

describe('satisfaction gauge state', () => {
  it('starts on the preset case with the snowball on', () => {
    expect(defaultGaugeState(GAUGE_CASES, 'hotel')).toEqual({ caseId: 'hotel', ratings: {}, snowball: true });
  });
  it('repairs ratings and drops lists of the wrong length', () => {
    const s = validateGaugeState({ caseId: 'hotel', ratings: { hotel: [r(12, -2), { e: 'x' }, r(5.4, 5), r(3, 3)], restaurant: [r(1, 1)] }, snowball: false }, GAUGE_CASES)!;
    expect(s.ratings.hotel).toEqual([r(10, 0), r(8, 7), r(5, 5), r(3, 3)]);
    expect(s.ratings.restaurant).toBeUndefined();
    expect(s.snowball).toBe(false);
    expect(validateGaugeState([], GAUGE_CASES)).toBeUndefined();
  });
  it('has cases with both languages and ratings in range', () => {
    for (const c of GAUGE_CASES) {
      expect(c.moments.length).toBeGreaterThanOrEqual(3);
      for (const m of c.moments) {
        expect(m.label.zh && m.label.en).toBeTruthy();
        expect(m.e >= 0 && m.e <= 10 && m.p >= 0 && m.p <= 10).toBe(true);
      }
    }
  });
});

describe('satisfaction take-away', () => {
  it('formats signed numbers with a true minus sign', () => {
    expect([formatSigned(-1.25), formatSigned(0), formatSigned(2)]).toEqual(['−1.3', '0', '+2']);
  });
  it('lists each moment and the overall with and without the snowball', () => {
    const c = GAUGE_CASES[0];
    const md = gaugeMarkdown(c, caseRatings(c), true, 'en', {
      title: 'Gauge', moment: 'Moment', felt: 'Felt', overall: 'Overall', plain: 'Plain average: {s}', best: 'Best: {moment} ({g})',
      verdicts: { below: 'below', met: 'met', above: 'above' },
    });
    expect(md).toContain('## Gauge: Dinner at a restaurant');
    expect(md).toContain('| Welcome at the door | 7 | 4 | −3 | −3 |');
    expect(md).toContain('- Plain average: −0.3');
    expect(md).toContain('- Best: Welcome at the door');
  });
});
