import { describe, expect, it } from 'vitest';
import { MIX_CASES } from '../../src/components/widgets/service-mix/cases.ts';
import { defaultMixState, gradeMix, MIX_GROUPS, mixMarkdown, validateMixState } from '../../src/lib/service-mix.ts';

const hotel = MIX_CASES.find((c) => c.id === 'hotel')!;
const labels = {
  title: 'Service mix sorter',
  groups: { core: 'Core', facilitating: 'Facilitating', supporting: 'Supporting' },
  unsorted: 'Not sorted',
  element: 'Element',
  yourGroup: 'Your group',
  answer: 'Answer',
  score: '{right} of {total} right.',
};

describe('service mix cases', () => {
  it('offer a hotel, an airline and a hospital, each using all three groups', () => {
    expect(MIX_CASES.map((c) => c.id)).toEqual(['hotel', 'airline', 'hospital']);
    for (const c of MIX_CASES) {
      for (const g of MIX_GROUPS) expect(c.elements.some((e) => e.group === g), `${c.id} ${g}`).toBe(true);
      expect(new Set(c.elements.map((e) => e.id)).size).toBe(c.elements.length);
      for (const e of c.elements) for (const t of [e.text, e.why]) expect(t.zh && t.en, e.id).toBeTruthy();
    }
  });

  it("follow the lecture's examples: lodging is core, pick-up facilitating, toiletries supporting", () => {
    const group = (id: string) => hotel.elements.find((e) => e.id === id)?.group;
    expect([group('room'), group('pickup'), group('toiletries'), group('maps')]).toEqual(['core', 'facilitating', 'supporting', 'supporting']);
    expect(MIX_CASES.find((c) => c.id === 'airline')!.elements.filter((e) => e.group === 'core')).toHaveLength(2);
  });
});

describe('service mix state', () => {
  it('starts on the preset case when it exists', () => {
    expect(defaultMixState(MIX_CASES, 'airline').caseId).toBe('airline');
    expect(defaultMixState(MIX_CASES, 'zoo').caseId).toBe('hotel');
    expect(defaultMixState(MIX_CASES).placements).toEqual({});
  });

  it('repairs saved state: unknown cases, items and groups are dropped', () => {
    const state = validateMixState({ caseId: 'zoo', placements: { hotel: { room: 'core', gym: 'lobby' }, zoo: { lion: 'core' } }, checked: 1 }, MIX_CASES);
    expect(state).toEqual({ caseId: 'hotel', placements: { hotel: { room: 'core' } }, checked: false });
    expect(validateMixState('x', MIX_CASES)).toBeUndefined();
    expect(validateMixState({ caseId: 'airline', placements: 5, checked: true }, MIX_CASES)).toEqual({ caseId: 'airline', placements: {}, checked: true });
  });

  it('grades against the lecture answer key', () => {
    const g = gradeMix(hotel, { room: 'core', pickup: 'supporting' });
    expect(g.right).toBe(1);
    expect(g.wrong).toBe(1);
    expect(g.unplaced).toBe(hotel.elements.length - 2);
  });

  it('writes a Markdown table with marks and reasons', () => {
    const md = mixMarkdown(hotel, { room: 'core', pickup: 'supporting' }, 'en', labels);
    expect(md).toContain('## Service mix sorter: Hotel');
    expect(md).toContain('1 of 9 right.');
    expect(md).toContain('| A room and a bed for the night | Core ✓ | Core: It is the basic benefit');
    expect(md).toContain('| Airport pick-up and drop-off | Supporting ✗ | Facilitating:');
    expect(md).toContain('| Room reservations | Not sorted – |');
  });
});
