import { describe, expect, it } from 'vitest';
import { completeness, emptySevenP, isFilled, mentionsProof, proofFlags, PS, setNote, setStep, sevenPMarkdown, validateSevenP } from '../../src/lib/seven-p.ts';

describe('7P notes', () => {
  it('keeps notes per case, so switching case loses nothing', () => {
    let s = setNote(emptySevenP('hotel'), 'price', 'Weekend packages with breakfast');
    s = { ...s, case: 'cafe' };
    s = setNote(s, 'price', 'Loyalty card: tenth coffee free');
    expect(s.notes.hotel.price).toBe('Weekend packages with breakfast');
    expect(s.notes.cafe.price).toBe('Loyalty card: tenth coffee free');
  });
  it('moves between Ps within range', () => {
    const s = emptySevenP();
    expect(setStep(s, 3).step).toBe(3);
    expect(setStep(s, 99).step).toBe(PS.length - 1);
    expect(setStep(s, -1).step).toBe(0);
  });
  it('counts a note once it says about a phrase, in either language', () => {
    expect(isFilled('')).toBe(false);
    expect(isFilled('rooms')).toBe(false);
    expect(isFilled('rooms, dining, meeting rooms')).toBe(true);
    expect(isFilled('客房')).toBe(false);
    expect(isFilled('客房、餐饮、会议室')).toBe(true);
    expect(isFilled('!!!!!!!!!!!!!!!!!!!!!!!!')).toBe(false);
  });
  it('measures completeness and lists the missing Ps in order', () => {
    let notes = emptySevenP().notes.hotel;
    expect(completeness(notes)).toEqual({ filled: 0, total: 7, percent: 0, missing: [...PS] });
    notes = { ...notes, product: '客房、餐饮、会议室', process: '入住流程:预订、登记、取房卡' };
    const c = completeness(notes);
    expect(c.filled).toBe(2);
    expect(c.percent).toBe(29);
    expect(c.missing).toEqual(['price', 'place', 'promotion', 'people', 'evidence']);
  });
});

describe('the "Proof" mistake', () => {
  it('flags the English word and Chinese 证明 used as the name of a P', () => {
    expect(mentionsProof('The seventh P is Proof: testimonials')).toBe(true);
    expect(mentionsProof('proofs of quality')).toBe(true);
    expect(mentionsProof('证明(Proof):客户评价')).toBe(true);
    expect(mentionsProof('证明策略:提供证书')).toBe(true);
    expect(mentionsProof('第七个P是证明')).toBe(true);
    expect(mentionsProof('7P:证明')).toBe(true);
  });
  it('leaves ordinary words alone', () => {
    expect(mentionsProof('Waterproof umbrellas at the door')).toBe(false);
    expect(mentionsProof('干净的客房证明了酒店的用心')).toBe(false);
    expect(mentionsProof('Clean rooms, uniforms, signage')).toBe(false);
  });
  it('names the Ps whose notes make the mistake', () => {
    const notes = { ...emptySevenP().notes.hotel, evidence: 'Proof: certificates', people: 'Trained staff' };
    expect(proofFlags(notes)).toEqual(['evidence']);
  });
});

describe('saved state and export', () => {
  it('round-trips and repairs', () => {
    const s = setNote(emptySevenP('airline'), 'people', 'Cabin crew');
    expect(validateSevenP(JSON.parse(JSON.stringify(s)))).toEqual(s);
    const v = validateSevenP({ case: 'spaceship', step: 42, own: 7, notes: { hotel: { product: 'Rooms', price: 3 }, cafe: 'x' } })!;
    expect(v.case).toBe('hotel');
    expect(v.step).toBe(PS.length - 1);
    expect(v.own).toBe('');
    expect(v.notes.hotel.product).toBe('Rooms');
    expect(v.notes.hotel.price).toBe('');
    expect(v.notes.cafe.product).toBe('');
    expect(validateSevenP(null)).toBeUndefined();
  });
  it('exports the open case as Markdown', () => {
    const s = setNote(emptySevenP('hotel'), 'product', 'Rooms and dining');
    const md = sevenPMarkdown(s, {
      title: '7P canvas',
      caseName: 'Hotel',
      ps: { product: 'Product', price: 'Price', place: 'Place', promotion: 'Promotion', people: 'People', evidence: 'Physical evidence', process: 'Process' },
      empty: '(not yet)',
      completeness: 'Complete: 1 of 7',
    });
    expect(md).toContain('# 7P canvas: Hotel');
    expect(md).toContain('## Product\n\nRooms and dining');
    expect(md).toContain('## Physical evidence\n\n(not yet)');
  });
});
