import { describe, expect, it } from 'vitest';
import {
  emptyForces, explainForces, FORCE_PRESETS, FORCES, forcesMarkdown, isForcesPreset, pointsAttr, presetForces, radarPoints, readForces, setEvidence, setRating,
  validateForces, type Force,
} from '../../src/lib/five-forces.ts';

const all = (n: number) => Object.fromEntries(FORCES.map((f) => [f, n])) as Record<Force, number>;

describe('five forces ratings', () => {
  it('starts unrated and clamps ratings to 0..5', () => {
    let s = emptyForces();
    expect(readForces(s.ratings)).toMatchObject({ rated: 0, complete: false, mean: 0, score: 0, level: undefined });
    s = setRating(s, 'buyers', 9);
    expect(s.ratings.buyers).toBe(5);
    s = setRating(s, 'buyers', -2);
    expect(s.ratings.buyers).toBe(0);
    s = setEvidence(s, 'rivalry', 'Price wars');
    expect(s.evidence.rivalry).toBe('Price wars');
  });
  it('reads weak forces as an attractive industry and strong ones as unattractive', () => {
    expect(readForces(all(1))).toMatchObject({ complete: true, mean: 1, score: 100, level: 'high' });
    expect(readForces(all(5))).toMatchObject({ score: 0, level: 'low' });
    expect(readForces(all(3))).toMatchObject({ score: 50, level: 'medium' });
  });
  it('puts the level boundaries at thirds of the scale', () => {
    expect(readForces({ rivalry: 3, entrants: 2, substitutes: 2, buyers: 2, suppliers: 2 }).level).toBe('high'); // 2.2
    expect(readForces({ rivalry: 3, entrants: 3, substitutes: 2, buyers: 2, suppliers: 2 }).level).toBe('medium'); // 2.4
    expect(readForces({ rivalry: 4, entrants: 4, substitutes: 4, buyers: 3, suppliers: 3 }).level).toBe('medium'); // 3.6
    expect(readForces({ rivalry: 4, entrants: 4, substitutes: 4, buyers: 4, suppliers: 3 }).level).toBe('low'); // 3.8
  });
  it('gives no level until every force is rated, but scores what is rated', () => {
    const r = readForces({ ...all(0), rivalry: 5, buyers: 3 });
    expect(r).toMatchObject({ rated: 2, complete: false, mean: 4, score: 25, level: undefined });
  });
  it('names the strongest and weakest forces in order', () => {
    const r = readForces({ rivalry: 4, entrants: 1, substitutes: 5, buyers: 2, suppliers: 3 });
    expect(r.strong).toEqual(['substitutes', 'rivalry']);
    expect(r.weak).toEqual(['entrants', 'buyers']);
  });
  it('reads the presets: the airline industry is the least attractive', () => {
    expect(readForces(FORCE_PRESETS.airline).level).toBe('low');
    expect(readForces(FORCE_PRESETS.hotel).level).toBe('medium');
    expect(readForces(FORCE_PRESETS.delivery).level).toBe('medium');
    expect(isForcesPreset('hotel')).toBe(true);
    expect(isForcesPreset('toString')).toBe(false);
    const s = presetForces('airline', { ...Object.fromEntries(FORCES.map((f) => [f, `e-${f}`])) } as Record<Force, string>);
    expect(s.ratings).toEqual(FORCE_PRESETS.airline);
    expect(s.evidence.suppliers).toBe('e-suppliers');
  });
});

describe('saved state', () => {
  it('repairs ratings and evidence field by field', () => {
    expect(validateForces({ ratings: { rivalry: 4, entrants: '3', buyers: 7.6 }, evidence: { rivalry: 'x', buyers: 3 } })).toEqual({
      ratings: { rivalry: 4, entrants: 0, substitutes: 0, buyers: 5, suppliers: 0 },
      evidence: { rivalry: 'x', entrants: '', substitutes: '', buyers: '', suppliers: '' },
    });
    expect(validateForces({ ratings: [] })).toBeUndefined();
    expect(validateForces('x')).toBeUndefined();
  });
});

describe('radar geometry', () => {
  it('starts straight up and goes clockwise', () => {
    const pts = radarPoints([5, 5, 5, 5], 5, 100, 100, 50);
    expect(pts).toEqual([[100, 50], [150, 100], [100, 150], [50, 100]]);
  });
  it('scales by value and clamps to the range', () => {
    expect(radarPoints([0, 10], 5, 0, 0, 10)).toEqual([[0, 0], [0, 10]]);
    expect(radarPoints([2.5], 5, 0, 0, 10)).toEqual([[0, -5]]);
    expect(pointsAttr([[1, 2], [3.5, 4]])).toBe('1,2 3.5,4');
  });
});

describe('explanation and export', () => {
  const x = {
    names: { rivalry: 'Rivalry among competitors', entrants: 'Threat of new entrants', substitutes: 'Threat of substitutes', buyers: 'Power of buyers', suppliers: 'Power of suppliers' },
    short: { rivalry: 'Rivalry', entrants: 'Entrants', substitutes: 'Substitutes', buyers: 'Buyers', suppliers: 'Suppliers' },
    strongMeans: { rivalry: 'price wars', entrants: 'newcomers', substitutes: 'price caps', buyers: 'price pressure', suppliers: 'higher costs' },
    levels: { high: 'Attractive', medium: 'Medium', low: 'Unattractive' },
    why: { high: 'Weak forces.', medium: 'Mixed forces.', low: 'Strong forces.' },
    score: 'Score {score} (mean {mean}).',
    strongItem: '{name} ({rating}): {means}.',
    weakList: 'In favour: {list}.',
    noneStrong: 'None strong.',
    noEvidence: 'No evidence for {list}.',
    notRated: '{n} of 5 rated.',
  };
  it('asks for every rating first, and notes ratings without evidence', () => {
    const s = setRating(emptyForces(), 'rivalry', 4);
    expect(explainForces(s, x, 'en')).toEqual({ lines: ['1 of 5 rated.', 'No evidence for Rivalry.'], strong: [] });
  });
  it('gives the verdict, the reason, the strong forces and the weak ones', () => {
    let s = presetForces('airline', { rivalry: 'a', entrants: 'b', substitutes: 'c', buyers: 'd', suppliers: 'e' });
    const e = explainForces(s, x, 'en');
    expect(e.heading).toBe('Unattractive');
    expect(e.lines).toEqual(['Score 30 (mean 3.8).', 'Strong forces.', 'In favour: Entrants.']);
    expect(e.strong).toEqual(['Rivalry (5): price wars.', 'Substitutes (4): price caps.', 'Buyers (4): price pressure.', 'Suppliers (4): higher costs.']);
    s = { ...s, ratings: { rivalry: 2, entrants: 1, substitutes: 2, buyers: 2, suppliers: 3 } };
    expect(explainForces(s, x, 'zh').lines).toContain('None strong.');
    expect(explainForces(s, x, 'zh').lines).toContain('In favour: Entrants、Rivalry、Substitutes和Buyers.');
  });
  it('exports the reading and each force with its evidence', () => {
    const s = setEvidence(presetForces('hotel', { rivalry: 'Many hotels', entrants: '', substitutes: '', buyers: '', suppliers: '' }), 'entrants', 'two\nlines');
    const md = forcesMarkdown(s, { ...x, title: 'Five forces', readingTitle: 'Reading', scale: ['–', '1', '2', '3', '4', '5'], evidence: 'Evidence' }, 'en');
    expect(md).toContain('# Five forces\n\n## Reading\n\n**Medium**');
    expect(md).toContain('## Rivalry among competitors: 4/5 (4)\n\nEvidence: Many hotels');
    expect(md).toContain('Evidence: two lines');
    expect(md).toContain('- Rivalry (4): price wars.');
  });
});
