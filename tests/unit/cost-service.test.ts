import { describe, expect, it } from 'vitest';
import {
  BASE_COST, BASE_SERVICE, classify, COST_RANGE, costServiceMarkdown, curveCost, curveFit, curvePoints, delta, isPattern, PATTERN_MOVES, PATTERNS, validateCostService,
} from '../../src/lib/cost-service.ts';

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

describe('export', () => {
  const x = {
    title: 'Cost vs service',
    move: 'Move: service {ds}, cost {dc}.',
    patterns: Object.fromEntries(PATTERNS.map((p) => [p, { name: `name-${p}`, when: `when-${p}` }])) as Record<(typeof PATTERNS)[number], { name: string; when: string }>,
    outcomes: { none: 'none', 'trade-down': 'trade-down', waste: 'waste', worse: 'worse' },
    fit: { below: 'below', on: 'on', above: 'above' },
    balance: 'Balance.',
  };
  it('names the pattern, when it applies and the fit to the curve', () => {
    expect(costServiceMarkdown(PATTERN_MOVES.breakthrough, x)).toBe('# Cost vs service\n\nMove: service +8, cost −10.\n\n**name-breakthrough**\n\nwhen-breakthrough\n\nbelow\n\nBalance.\n');
  });
  it('names moves outside the four, and no fit when nothing moved', () => {
    expect(costServiceMarkdown({ service: 70, cost: 80 }, x)).toContain('trade-down\n\non');
    expect(costServiceMarkdown({ service: 80, cost: 100 }, x)).toBe('# Cost vs service\n\nMove: service ±0, cost ±0.\n\nnone\n\nBalance.\n');
    expect([delta(3), delta(-4), delta(0)]).toEqual(['+3', '−4', '±0']);
    expect(isPattern('waste')).toBe(false);
  });
});
