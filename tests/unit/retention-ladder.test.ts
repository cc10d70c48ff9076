import { describe, expect, it } from 'vitest';
import { TACTICS } from '../../src/components/widgets/retention-ladder/tactics.ts';
import { BONDS, copyDifficulty, gradeLadder, ladderMarkdown, rungCounts, validateLadderState } from '../../src/lib/retention-ladder.ts';

describe('retention ladder', () => {
  it('climbs from financial to structural, each rung harder to copy', () => {
    expect(BONDS).toEqual(['financial', 'social', 'customisation', 'structural']);
    expect(BONDS.map(copyDifficulty)).toEqual([1, 2, 3, 4]);
  });

  it('has at least three tactics per bond, including those the issue names, in both languages', () => {
    for (const b of BONDS) expect(TACTICS.filter((t) => t.bond === b).length, b).toBeGreaterThanOrEqual(3);
    const bondOf = (id: string) => TACTICS.find((t) => t.id === id)?.bond;
    expect([bondOf('volume-discount'), bondOf('account-manager'), bondOf('mass-customisation'), bondOf('shared-it'), bondOf('loyalty-points')]).toEqual([
      'financial', 'social', 'customisation', 'structural', 'financial',
    ]);
    for (const t of TACTICS) for (const x of [t.text, t.why]) expect(x.zh && x.en, t.id).toBeTruthy();
    expect(new Set(TACTICS.map((t) => t.id)).size).toBe(TACTICS.length);
  });

  it('repairs saved state', () => {
    expect(validateLadderState({ placement: { 'shared-it': 'structural', 'volume-discount': 'moon', ghost: 'social' }, checked: true }, TACTICS)).toEqual({
      placement: { 'shared-it': 'structural' },
      checked: true,
    });
    expect(validateLadderState('x', TACTICS)).toBeUndefined();
  });

  it('grades and counts the rungs', () => {
    const placement = { 'shared-it': 'structural', 'volume-discount': 'social', 'account-manager': 'social' };
    const g = gradeLadder(TACTICS, placement);
    expect([g.right, g.wrong, g.unplaced]).toEqual([2, 1, TACTICS.length - 3]);
    expect(rungCounts(placement)).toEqual({ financial: 0, social: 2, customisation: 0, structural: 1 });
    expect(rungCounts({ x: '' })).toEqual({ financial: 0, social: 0, customisation: 0, structural: 0 });
  });

  it('writes the take-away with copy difficulty and reasons', () => {
    const md = ladderMarkdown(TACTICS, { 'volume-discount': 'social' }, 'en', {
      title: 'Retention ladder',
      bonds: { financial: 'Financial', social: 'Social', customisation: 'Customisation', structural: 'Structural' },
      difficulty: ['easy', 'harder', 'harder still', 'hardest'],
      unplaced: 'Not placed',
      tactic: 'Tactic',
      yours: 'Yours',
      answer: 'Answer',
    });
    expect(md).toContain('| A discount for buying in volume | Social ✗ | Financial (easy): ');
    expect(md).toContain('| A shared IT system linked into the customer\'s own | Not placed | Structural (hardest): ');
  });
});
