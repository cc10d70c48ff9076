import { describe, expect, it } from 'vitest';
import { BLUEPRINT_CASES } from '../../src/components/widgets/blueprint/cases.ts';
import { blueprintMarkdown, defaultBlueprintState, gradeBlueprint, LANES, toggle, validateBlueprintState } from '../../src/lib/blueprint.ts';

const checkUp = BLUEPRINT_CASES.find((c) => c.id === 'check-up')!;
const labels = {
  title: 'Blueprint',
  lanes: { customer: 'Customer', onstage: 'Onstage', backstage: 'Backstage', support: 'Support' },
  unplaced: 'Not placed',
  failPoint: 'Fail point',
  waitPoint: 'Waiting point',
  step: 'Step',
  lane: 'Yours',
  model: 'Model',
};

describe('blueprint cases', () => {
  it('use every lane and mark fail and waiting points, with both languages everywhere', () => {
    for (const c of BLUEPRINT_CASES) {
      for (const lane of LANES) expect(c.steps.some((s) => s.lane === lane), `${c.id} ${lane}`).toBe(true);
      expect(c.steps.some((s) => s.fail)).toBe(true);
      expect(c.steps.some((s) => s.wait)).toBe(true);
      expect(new Set(c.steps.map((s) => s.id)).size).toBe(c.steps.length);
      for (const s of c.steps) for (const t of [s.text, s.why, s.fail, s.wait]) if (t) expect(t.zh && t.en, s.id).toBeTruthy();
    }
  });

  it('follow the lecture script of the check-up: booking first, follow-up last, the waiting area a waiting point', () => {
    expect(checkUp.steps[0].id).toBe('call');
    expect(checkUp.steps.at(-1)!.id).toBe('follow-up');
    expect(checkUp.steps.find((s) => s.id === 'waiting-room')!.wait).toBeTruthy();
    expect(checkUp.steps.find((s) => s.id === 'take-call')!.lane).toBe('backstage');
  });
});

describe('blueprint state', () => {
  it('starts empty on the preset case', () => {
    expect(defaultBlueprintState(BLUEPRINT_CASES, 'hotel')).toEqual({ caseId: 'hotel', work: {}, compared: false });
    expect(defaultBlueprintState(BLUEPRINT_CASES, 'nope').caseId).toBe('check-up');
  });

  it('repairs saved work field by field', () => {
    const state = validateBlueprintState(
      { caseId: 'hotel', work: { hotel: { placement: { arrive: 'customer', greet: 'roof' }, fail: ['kitchen', 'ghost'], wait: 'x' }, mars: {} }, compared: true },
      BLUEPRINT_CASES,
    );
    expect(state).toEqual({ caseId: 'hotel', work: { hotel: { placement: { arrive: 'customer' }, fail: ['kitchen'], wait: [] } }, compared: true });
    expect(validateBlueprintState(7, BLUEPRINT_CASES)).toBeUndefined();
    expect(validateBlueprintState({ caseId: 3 }, BLUEPRINT_CASES)).toEqual({ caseId: 'check-up', work: {}, compared: false });
  });

  it('toggles marks on and off', () => {
    expect(toggle(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
  });
});

describe('blueprint grading', () => {
  it('counts lanes, found points and extra marks', () => {
    const g = gradeBlueprint(checkUp, { placement: { call: 'customer', 'take-call': 'onstage', lab: 'support' }, fail: ['lab', 'call'], wait: ['waiting-room'] });
    expect([g.lanes.right, g.lanes.wrong, g.lanes.unplaced]).toEqual([2, 1, checkUp.steps.length - 3]);
    expect(g.fail).toEqual({ found: 1, total: 5, extra: 1 });
    expect(g.wait).toEqual({ found: 1, total: 5, extra: 0 });
  });

  it('gives full marks to the model itself', () => {
    for (const c of BLUEPRINT_CASES) {
      const placement = Object.fromEntries(c.steps.map((s) => [s.id, s.lane]));
      const g = gradeBlueprint(c, { placement, fail: c.steps.filter((s) => s.fail).map((s) => s.id), wait: c.steps.filter((s) => s.wait).map((s) => s.id) });
      expect(g.lanes.right).toBe(c.steps.length);
      expect(g.fail.found).toBe(g.fail.total);
      expect(g.wait.extra).toBe(0);
    }
  });

  it('writes the blueprint and the model side by side in Markdown', () => {
    const md = blueprintMarkdown(checkUp, { placement: { call: 'customer' }, fail: [], wait: ['call'] }, 'en', labels);
    expect(md).toContain('## Blueprint: Medical check-up');
    expect(md).toContain('| 1 | Phone the centre and book a time | Customer; ⏱ Waiting point | Customer |');
    expect(md).toContain('| 3 | Appointment scheduling system | Not placed | Support; ⚠ Fail point |');
  });
});
