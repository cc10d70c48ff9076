import { describe, expect, it } from 'vitest';
import {
  addCustomer, atRiskIfCompetition, countByType, curvePoints, customerType, defaultSatLoy, expectedLoyalty, expectedType, loadPreset,
  loyaltyThreshold, MAX_CUSTOMERS, merelySatisfied, moveCustomer, nextId, PRESET_IDS, removeCustomer, renameCustomer, satLoyMarkdown, setMarket, validateSatLoy,
  type Customer, type SatLoyLabels,
} from '../../src/lib/satisfaction-loyalty.ts';

const c = (id: string, satisfaction: number, loyalty: number, extra: Partial<Customer> = {}): Customer => ({ id, name: '', satisfaction, loyalty, ...extra });

describe('customer types', () => {
  it('split satisfaction and loyalty at 50 into the four Jones & Sasser types', () => {
    expect(customerType(90, 90)).toBe('apostle');
    expect(customerType(80, 20)).toBe('mercenary');
    expect(customerType(20, 80)).toBe('hostage');
    expect(customerType(10, 10)).toBe('terrorist');
  });
  it('count the midpoint as high', () => {
    expect(customerType(50, 50)).toBe('apostle');
    expect(customerType(49, 50)).toBe('hostage');
    expect(customerType(50, 49)).toBe('mercenary');
  });
  it('count customers per type', () => {
    expect(countByType([c('c1', 90, 90), c('c2', 95, 60), c('c3', 10, 10)])).toEqual({ apostle: 2, mercenary: 0, hostage: 0, terrorist: 1 });
  });
});

describe('market curves', () => {
  it('in a competitive market keep loyalty low until satisfaction is near the top', () => {
    expect(expectedLoyalty('competitive', 0)).toBeLessThan(10);
    expect(expectedLoyalty('competitive', 70)).toBeLessThan(20);
    expect(expectedLoyalty('competitive', 95)).toBeGreaterThan(85);
    expect(expectedType('competitive', 70)).toBe('mercenary');
    expect(expectedType('competitive', 95)).toBe('apostle');
    expect(expectedType('competitive', 20)).toBe('terrorist');
  });
  it('rise most steeply at the top in a competitive market', () => {
    const rise = (a: number, b: number) => expectedLoyalty('competitive', b) - expectedLoyalty('competitive', a);
    expect(rise(80, 90)).toBeGreaterThan(3 * rise(40, 70));
  });
  it('in a non-competitive market keep loyalty high even for dissatisfied customers: hostages', () => {
    expect(expectedLoyalty('noncompetitive', 0)).toBeGreaterThanOrEqual(70);
    expect(expectedType('noncompetitive', 20)).toBe('hostage');
    expect(expectedType('noncompetitive', 80)).toBe('apostle');
  });
  it('only rise with satisfaction, and clamp out-of-range input', () => {
    for (const m of ['competitive', 'noncompetitive'] as const) {
      const pts = curvePoints(m, 20);
      expect(pts).toHaveLength(21);
      for (let i = 1; i < pts.length; i++) expect(pts[i][1]).toBeGreaterThan(pts[i - 1][1]);
      expect(expectedLoyalty(m, 150)).toBe(expectedLoyalty(m, 100));
      expect(expectedLoyalty(m, -5)).toBe(expectedLoyalty(m, 0));
    }
  });
  it('name the satisfaction where typical loyalty reaches the upper half', () => {
    expect(loyaltyThreshold('competitive')).toBe(82);
    expect(loyaltyThreshold('noncompetitive')).toBe(0);
  });
});

describe('customers held by a lack of choice', () => {
  it('are loyal well above what a competitive market sustains', () => {
    const hostage = c('c1', 30, 88);
    const apostle = c('c2', 92, 90);
    const mercenary = c('c3', 75, 18);
    expect(atRiskIfCompetition([hostage, apostle, mercenary])).toEqual([hostage]);
  });
  it('include satisfied-but-not-delighted loyal customers', () => {
    expect(atRiskIfCompetition([c('c1', 60, 78)])).toHaveLength(1);
  });
});

describe('merely satisfied customers', () => {
  it('are satisfied but below where competitive loyalty takes off', () => {
    const list = [c('c1', 49, 10), c('c2', 50, 10), c('c3', 81, 90), c('c4', 82, 90)];
    expect(merelySatisfied(list).map((x) => x.id)).toEqual(['c2', 'c3']);
  });
});

describe('editing customers', () => {
  const base = { market: 'competitive' as const, customers: [c('c1', 10, 10), c('c3', 20, 20)] };
  it('adds at the middle with the next free id, up to the limit', () => {
    const s = addCustomer(base);
    expect(s.customers[2]).toEqual({ id: 'c4', name: '', satisfaction: 50, loyalty: 50 });
    let full = base;
    for (let i = 0; i < 20; i++) full = addCustomer(full);
    expect(full.customers).toHaveLength(MAX_CUSTOMERS);
    expect(nextId([])).toBe('c1');
  });
  it('moves one coordinate at a time, rounded and clamped', () => {
    const s = moveCustomer(base, 'c1', { satisfaction: 72.6 });
    expect(s.customers[0]).toMatchObject({ satisfaction: 73, loyalty: 10 });
    expect(moveCustomer(s, 'c1', { loyalty: 130 }).customers[0].loyalty).toBe(100);
    expect(moveCustomer(s, 'c1', { loyalty: -3 }).customers[0].loyalty).toBe(0);
    expect(moveCustomer(s, 'nope', { loyalty: 3 })).toEqual(s);
  });
  it('renaming drops the preset name, and names are cut to length', () => {
    const s = renameCustomer(loadPreset('everyday'), 'c1', 'x'.repeat(100));
    expect(s.customers[0].ref).toBeUndefined();
    expect(s.customers[0].name).toHaveLength(60);
  });
  it('removes and switches market', () => {
    expect(removeCustomer(base, 'c1').customers.map((x) => x.id)).toEqual(['c3']);
    expect(setMarket(base, 'noncompetitive').market).toBe('noncompetitive');
  });
});

describe('presets', () => {
  it('start with one customer of each type in a competitive market', () => {
    const s = defaultSatLoy();
    expect(s.market).toBe('competitive');
    const counts = countByType(s.customers);
    for (const t of ['apostle', 'mercenary', 'hostage', 'terrorist'] as const) expect(counts[t]).toBeGreaterThan(0);
  });
  it('tell the airline story: hostages before the railway, gone after it', () => {
    const before = loadPreset('airlineBefore');
    const after = loadPreset('airlineAfter');
    expect(before.market).toBe('noncompetitive');
    expect(after.market).toBe('competitive');
    expect(countByType(before.customers).hostage).toBe(2);
    expect(atRiskIfCompetition(before.customers).length).toBeGreaterThanOrEqual(3);
    expect(countByType(after.customers)).toEqual({ apostle: 1, mercenary: 1, hostage: 0, terrorist: 2 });
  });
  it('all validate as they are, and unknown ids fall back to the everyday set', () => {
    for (const id of PRESET_IDS) expect(validateSatLoy(loadPreset(id))).toEqual(loadPreset(id));
    expect(loadPreset('nope')).toEqual(defaultSatLoy());
  });
});

describe('saved state', () => {
  it('rejects what is not a state', () => {
    for (const raw of [null, 'x', 3, [], {}, { customers: 'x' }]) expect(validateSatLoy(raw)).toBeUndefined();
  });
  it('repairs fields and drops broken customers', () => {
    const raw = {
      market: 'monopoly',
      customers: [
        { id: 'c1', name: 5, satisfaction: 140, loyalty: -2, ref: 'unknown' },
        { id: 'c1', name: 'duplicate', satisfaction: 1, loyalty: 1 },
        { id: 'zz', satisfaction: 1, loyalty: 1 },
        { id: 'c2', satisfaction: '1', loyalty: 1 },
        'junk',
        { id: 'c3', ref: 'printShop', name: 'Print shop', satisfaction: 25.4, loyalty: 82 },
      ],
    };
    expect(validateSatLoy(raw)).toEqual({
      market: 'competitive',
      customers: [{ id: 'c1', name: '', satisfaction: 100, loyalty: 0 }, { id: 'c3', ref: 'printShop', name: 'Print shop', satisfaction: 25, loyalty: 82 }],
    });
  });
  it('keeps at most the maximum number of customers', () => {
    const customers = Array.from({ length: 12 }, (_, i) => c(`c${i + 1}`, 50, 50));
    expect(validateSatLoy({ market: 'noncompetitive', customers })!.customers).toHaveLength(MAX_CUSTOMERS);
  });
});

describe('markdown', () => {
  it('lists each customer with type and the curve’s type', () => {
    const labels: SatLoyLabels = {
      title: 'Plot', marketLabel: 'Market', markets: { competitive: 'Competitive', noncompetitive: 'Non-competitive' }, customer: 'Customer',
      satisfaction: 'Satisfaction', loyalty: 'Loyalty', type: 'Type', curveType: 'Typical here',
      types: { apostle: { name: 'Apostle' }, mercenary: { name: 'Mercenary' }, hostage: { name: 'Hostage' }, terrorist: { name: 'Terrorist' } },
      colon: ': ',
      nameOf: (x, i) => x.name || `Customer ${i + 1}`,
    };
    const md = satLoyMarkdown({ market: 'noncompetitive', customers: [c('c1', 20, 80, { name: 'A | B' }), c('c2', 90, 10)] }, labels);
    expect(md).toContain('**Market**: Non-competitive');
    expect(md).toContain('| A \\| B | 20 | 80 | Hostage | Hostage (75) |');
    expect(md).toContain('| Customer 2 | 90 | 10 | Mercenary | Apostle (93) |');
  });
});
