import { describe, expect, it } from 'vitest';
import { BASE_COST, BASE_SERVICE, classify, COST_RANGE, curveCost, curveFit, curvePoints, PATTERN_MOVES, PATTERNS, validateCostService } from '../../src/lib/cost-service.ts';

describe('cost curve', () => {
  it('passes through today’s position and rises ever more steeply', () => {
    expect(curveCost(BASE_SERVICE)).toBe(BASE_COST);
    const [a, b, c] = [curveCost(80), curveCost(85), curveCost(90)];
    expect(b).toBeGreaterThan(a);
    expect(c - b).toBeGreaterThan(b - a);
    expect(curveCost(70)).toBeLessThan(100);
  });
  it('gives drawing points within the chart', () => {
    const pts = curvePoints(4);
    expect(pts[0][0]).toBe(60);
    expect(Math.max(...pts.map((p) => p[1]))).toBeLessThanOrEqual(COST_RANGE[1]);
  });
});

describe('the four patterns', () => {
  it('classifies moves from today’s position', () => {
    expect(classify({ service: 80, cost: 85 })).toBe('cut-cost');
    expect(classify({ service: 88, cost: 100 })).toBe('more-service');
    expect(classify({ service: 90, cost: 130 })).toBe('pay-for-service');
    expect(classify({ service: 88, cost: 90 })).toBe('breakthrough');
  });
  it('names moves outside the four', () => {
    expect(classify({ service: 80, cost: 100 })).toBe('none');
    expect(classify({ service: 70, cost: 80 })).toBe('trade-down');
    expect(classify({ service: 80, cost: 120 })).toBe('waste');
    expect(classify({ service: 70, cost: 120 })).toBe('worse');
    expect(classify({ service: 70, cost: 100 })).toBe('worse');
  });
  it('treats tiny moves as no change', () => {
    expect(classify({ service: 81, cost: 102 })).toBe('none');
    expect(classify({ service: 81, cost: 90 })).toBe('cut-cost');
  });
  it('has a typical move for each pattern that classifies as that pattern', () => {
    for (const p of PATTERNS) expect(classify(PATTERN_MOVES[p])).toBe(p);
  });
  it('says where a move lies against today’s curve', () => {
    expect(curveFit({ service: 80, cost: 100 })).toBe('on');
    expect(curveFit(PATTERN_MOVES['pay-for-service'])).toBe('on');
    expect(curveFit(PATTERN_MOVES.breakthrough)).toBe('below');
    expect(curveFit({ service: 80, cost: 120 })).toBe('above');
  });
  it('repairs saved state', () => {
    expect(validateCostService({ service: 200, cost: 'x' })).toEqual({ service: 96, cost: 100 });
    expect(validateCostService(4)).toBeUndefined();
  });
});
