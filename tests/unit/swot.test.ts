import { describe, expect, it } from 'vitest';
import {
  addItem, addStrategy, editItem, editStrategy, emptySwot, fromExample, isEmptySwot, MAX_ITEMS, MAX_TEXT, moveItem, quadrantOf,
  removeItem, removeStrategy, strategiesByKind, strategyKind, swotMarkdown, towsKind, validateSwot, type SwotState,
} from '../../src/lib/swot.ts';

const board = (): SwotState => {
  let s = emptySwot();
  s = addItem(s, 's', 'Central location');
  s = addItem(s, 's', 'Loyal staff');
  s = addItem(s, 'w', 'Old rooms');
  s = addItem(s, 'o', 'Trade fairs');
  s = addItem(s, 't', 'Home sharing');
  return s;
};
const labels = {
  title: 'SWOT',
  quadrants: { s: 'Strengths', w: 'Weaknesses', o: 'Opportunities', t: 'Threats' },
  tows: { so: 'SO', st: 'ST', wo: 'WO', wt: 'WT' },
  strategiesTitle: 'Strategies',
  empty: '(none)',
};

describe('SWOT items', () => {
  it('adds trimmed items with fresh ids, ignoring blanks', () => {
    const s = board();
    expect(s.items.s.map((i) => i.text)).toEqual(['Central location', 'Loyal staff']);
    expect(new Set(QUADS(s)).size).toBe(5);
    expect(addItem(s, 'w', '   ')).toBe(s);
    expect(addItem(emptySwot(), 'o', '  x  ').items.o[0].text).toBe('x');
  });
  it('caps the number and length of items', () => {
    let s = emptySwot();
    for (let i = 0; i < MAX_ITEMS + 3; i++) s = addItem(s, 't', `t${i}`);
    expect(s.items.t).toHaveLength(MAX_ITEMS);
    expect(addItem(emptySwot(), 's', 'x'.repeat(MAX_TEXT + 10)).items.s[0].text).toHaveLength(MAX_TEXT);
  });
  it('edits, moves within a quadrant and stops at the ends', () => {
    let s = board();
    const [a, b] = s.items.s;
    s = editItem(s, a.id, 'Next to the station');
    expect(s.items.s[0].text).toBe('Next to the station');
    s = moveItem(s, a.id, 1);
    expect(s.items.s.map((i) => i.id)).toEqual([b.id, a.id]);
    expect(moveItem(s, a.id, 1)).toBe(s);
    expect(moveItem(s, b.id, -1)).toBe(s);
    expect(moveItem(s, 'nope', 1)).toBe(s);
    expect(editItem(s, 'nope', 'x')).toBe(s);
  });
  it('knows which quadrant an id is in', () => {
    const s = board();
    expect(quadrantOf(s, s.items.o[0].id)).toBe('o');
    expect(quadrantOf(s, 'i999')).toBeUndefined();
  });
});

describe('TOWS strategies', () => {
  it('names the kind from the pair: internal first, external second', () => {
    expect(towsKind('s', 'o')).toBe('so');
    expect(towsKind('w', 't')).toBe('wt');
    expect(towsKind('o', 's')).toBeUndefined();
    expect(towsKind('s', 'w')).toBeUndefined();
  });
  it('adds SO/ST/WO/WT strategies and groups them', () => {
    let s = board();
    const [str] = s.items.s;
    const [weak] = s.items.w;
    const [opp] = s.items.o;
    const [thr] = s.items.t;
    s = addStrategy(s, str.id, opp.id, 'Fair packages');
    s = addStrategy(s, weak.id, thr.id, 'Refurbish floor by floor');
    s = addStrategy(s, weak.id, opp.id, 'Fair guests get renovated rooms');
    expect(strategyKind(s, s.strategies[0])).toBe('so');
    const g = strategiesByKind(s);
    expect(g.so).toHaveLength(1);
    expect(g.wt[0].text).toBe('Refurbish floor by floor');
    expect(g.wo).toHaveLength(1);
    expect(g.st).toHaveLength(0);
  });
  it('rejects pairs that are not internal × external, and empty text', () => {
    const s = board();
    expect(addStrategy(s, s.items.s[0].id, s.items.w[0].id, 'x')).toBe(s);
    expect(addStrategy(s, s.items.o[0].id, s.items.s[0].id, 'x')).toBe(s);
    expect(addStrategy(s, s.items.s[0].id, s.items.o[0].id, '  ')).toBe(s);
  });
  it('edits and removes strategies; deleting an item removes its strategies', () => {
    let s = board();
    s = addStrategy(s, s.items.s[0].id, s.items.t[0].id, 'Guest loyalty club');
    const id = s.strategies[0].id;
    s = editStrategy(s, id, 'Loyalty club');
    expect(s.strategies[0].text).toBe('Loyalty club');
    expect(removeStrategy(s, id).strategies).toEqual([]);
    const withoutT = removeItem(s, s.items.t[0].id);
    expect(withoutT.items.t).toEqual([]);
    expect(withoutT.strategies).toEqual([]);
    expect(removeItem(s, 'nope')).toBe(s);
  });
  it('never reuses an id, so an old strategy cannot point at a new item', () => {
    let s = board();
    const last = s.items.t[0].id;
    s = removeItem(s, last);
    s = addItem(s, 't', 'New threat');
    expect(s.items.t[0].id).not.toBe(last);
  });
});

describe('examples, saved state and export', () => {
  const example = {
    name: 'Hotel',
    s: ['Location', 'Staff'],
    w: ['Old rooms'],
    o: ['Fairs'],
    t: ['Home sharing'],
    strategies: [['s0', 'o0', 'Fair packages'], ['w0', 't0', 'Refurbish'], ['s1', 'x9', 'broken ref']] as [string, string, string][],
  };
  it('builds a board from an example, skipping strategies with bad references', () => {
    const s = fromExample(example);
    expect(s.items.s.map((i) => i.text)).toEqual(['Location', 'Staff']);
    expect(s.strategies.map((x) => x.text)).toEqual(['Fair packages', 'Refurbish']);
    expect(strategyKind(s, s.strategies[1])).toBe('wt');
    expect(isEmptySwot(s)).toBe(false);
    expect(isEmptySwot(emptySwot())).toBe(true);
  });
  it('round-trips valid state and repairs what it can', () => {
    const s = fromExample(example);
    expect(validateSwot(JSON.parse(JSON.stringify(s)))).toEqual(s);
    const tampered = {
      items: { s: [{ id: 'i1', text: 'ok' }, { id: 'i1', text: 'dup' }, { id: 7 }, 'x'], w: 'nope', o: [{ id: 'i40', text: 5 }] },
      strategies: [{ id: 'i41', internal: 'i1', external: 'i40', text: 'keep' }, { id: 'i42', internal: 'i40', external: 'i1', text: 'bad pair' }, null],
      next: 2,
    };
    const v = validateSwot(tampered)!;
    expect(v.items.s).toEqual([{ id: 'i1', text: 'ok' }]);
    expect(v.items.w).toEqual([]);
    expect(v.items.o).toEqual([{ id: 'i40', text: '' }]);
    expect(v.strategies.map((x) => x.text)).toEqual(['keep']);
    expect(v.next).toBeGreaterThan(42);
  });
  it('rejects state that is not a board', () => {
    expect(validateSwot(null)).toBeUndefined();
    expect(validateSwot([])).toBeUndefined();
    expect(validateSwot({ items: 3 })).toBeUndefined();
  });
  it('exports Markdown with quadrants, strategies and their pairs', () => {
    const md = swotMarkdown(fromExample(example), labels);
    expect(md).toContain('# SWOT');
    expect(md).toContain('## Strengths\n\n- Location\n- Staff');
    expect(md).toContain('### SO\n\n- Fair packages (Location × Fairs)');
    expect(md).toContain('### ST\n\n- (none)');
    expect(swotMarkdown(emptySwot(), labels)).toContain('## Threats\n\n- (none)');
  });
  it('keeps each item on one line in Markdown', () => {
    const s = addItem(emptySwot(), 's', 'two\nlines');
    expect(swotMarkdown(s, labels)).toContain('- two lines');
  });
});

function QUADS(s: SwotState) {
  return Object.values(s.items).flat().map((i) => i.id);
}
