import { describe, expect, it } from 'vitest';
import {
  addBrand, brandsAt, emptyPriceQuality, fromExample, isFragile, LEVELS, moveBrand, positionOf, POSITIONS, priceQualityMarkdown, relation,
  removeBrand, validatePriceQuality, MAX_BRANDS,
} from '../../src/lib/price-quality.ts';

describe('the nine positions', () => {
  it('has one position per price × quality pair', () => {
    expect(POSITIONS).toHaveLength(9);
    for (const p of LEVELS) for (const q of LEVELS) expect(positionOf(p, q)).toMatchObject({ price: p, quality: q });
    expect(new Set(POSITIONS.map((p) => p.id)).size).toBe(9);
  });
  it('uses the source’s labels for its five positions', () => {
    expect(positionOf('high', 'high').stability).toBe('fragile');
    expect(positionOf('medium', 'high').stability).toBe('attack');
    expect(positionOf('low', 'high').stability).toBe('difficult');
    expect(positionOf('low', 'medium').stability).toBe('strong');
    expect(positionOf('low', 'low').stability).toBe('penetration');
  });
  it('relates price and quality: consistent on the diagonal, value above, overpriced below', () => {
    expect(relation('high', 'high')).toBe('consistent');
    expect(relation('medium', 'high')).toBe('value');
    expect(relation('high', 'low')).toBe('overpriced');
  });
  it('counts every overpriced position as fragile, and premium too', () => {
    const fragile = POSITIONS.filter(isFragile).map((p) => p.id);
    for (const p of POSITIONS) if (relation(p.price, p.quality) === 'overpriced') expect(fragile).toContain(p.id);
    expect(fragile).toContain('premium');
    expect(fragile).not.toContain('good-value');
  });
});

describe('brands on the map', () => {
  it('adds, moves and removes brands, opening the position they land on', () => {
    let s = addBrand(emptyPriceQuality(), '  Budget chain ', 'low', 'low');
    expect(s.brands[0]).toEqual({ id: 'b1', name: 'Budget chain', price: 'low', quality: 'low' });
    expect(s.selected).toBe('economy');
    s = moveBrand(s, 'b1', { quality: 'medium' });
    expect(s.selected).toBe('good-value');
    expect(brandsAt(s, positionOf('low', 'medium')).map((b) => b.name)).toEqual(['Budget chain']);
    expect(removeBrand(s, 'b1').brands).toEqual([]);
    expect(addBrand(s, '  ', 'low', 'low')).toBe(s);
  });
  it('caps the number of brands', () => {
    let s = emptyPriceQuality();
    for (let i = 0; i < MAX_BRANDS + 2; i++) s = addBrand(s, `B${i}`, 'medium', 'medium');
    expect(s.brands).toHaveLength(MAX_BRANDS);
  });
  it('loads example rows', () => {
    const s = fromExample([['Grand hotel', 'high', 'high'], ['Hostel', 'low', 'low']]);
    expect(s.brands.map((b) => b.id)).toEqual(['b1', 'b2']);
    expect(s.next).toBe(3);
    expect(s.selected).toBe('premium');
  });
  it('repairs saved state and rejects non-maps', () => {
    const v = validatePriceQuality({ brands: [{ id: 'b4', name: 'A', price: 'low', quality: 'high' }, { id: 'b4', name: 'dup', price: 'low', quality: 'low' }, { id: 'b5', price: 'huge', quality: 'low' }], selected: 'nowhere', next: 'x' })!;
    expect(v).toEqual({ brands: [{ id: 'b4', name: 'A', price: 'low', quality: 'high' }], selected: 'premium', next: 5 });
    expect(validatePriceQuality({ brands: 'x' })).toBeUndefined();
    expect(validatePriceQuality(undefined)).toBeUndefined();
  });
  it('exports each brand with its position and risk', () => {
    const s = fromExample([['Grand hotel', 'high', 'high']]);
    const names = Object.fromEntries(POSITIONS.map((p) => [p.id, p.id.toUpperCase()]));
    const md = priceQualityMarkdown(s, {
      title: 'Map', names, levels: { high: 'high', medium: 'medium', low: 'low' }, price: 'price', quality: 'quality',
      risk: { fragile: 'fragile', attack: 'attack', difficult: 'difficult', strong: 'strong', penetration: 'penetration', squeezed: 'squeezed', unsustainable: 'unsustainable' }, empty: 'none',
    });
    expect(md).toBe('# Map\n\n- **Grand hotel**: PREMIUM (price high, quality high) · fragile\n');
  });
});
