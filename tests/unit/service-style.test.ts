import { describe, expect, it } from 'vitest';
import {
  ALL_ITEMS, assess, emptyStyle, loadPreset, PERSONAL, PRESET_IDS, PROCEDURAL, rate, setSubject, sideOf, sideScore, sidesToBuild, styleMarkdown, styleOf,
  validateStyle, weakestItems, type Item, type Ratings, type StyleLabels,
} from '../../src/lib/service-style.ts';

const all = (value: number, items: readonly Item[]): Ratings => Object.fromEntries(items.map((i) => [i, value]));

describe('sides', () => {
  it('cover the procedural and personal checklists', () => {
    expect(PROCEDURAL).toHaveLength(7);
    expect(PERSONAL).toHaveLength(10);
    expect(sideOf('timeliness')).toBe('procedural');
    expect(sideOf('naming')).toBe('personal');
  });
  it('average only the rated items', () => {
    expect(sideScore({ timeliness: 5, flow: 2 }, 'procedural')).toEqual({ mean: 3.5, rated: 2, total: 7 });
    expect(sideScore({ timeliness: 5 }, 'personal')).toEqual({ mean: null, rated: 0, total: 10 });
  });
});

describe('styles', () => {
  it('place the two sides in the four quadrants', () => {
    expect(styleOf(2, 2)).toBe('freezer');
    expect(styleOf(4.5, 2)).toBe('factory');
    expect(styleOf(2, 4.5)).toBe('zoo');
    expect(styleOf(4, 4)).toBe('quality');
  });
  it('count an average of exactly 3 (adequate) as not yet strong', () => {
    expect(styleOf(3, 3)).toBe('freezer');
    expect(styleOf(3.01, 3)).toBe('factory');
    expect(styleOf(3, 3.01)).toBe('zoo');
  });
  it('say which side to build', () => {
    expect(sidesToBuild('factory', 4, 2)).toEqual(['personal']);
    expect(sidesToBuild('zoo', 2, 4)).toEqual(['procedural']);
    expect(sidesToBuild('quality', 4, 4)).toEqual([]);
    expect(sidesToBuild('freezer', 2.5, 1.5)).toEqual(['personal', 'procedural']);
    expect(sidesToBuild('freezer', 1.5, 2.5)).toEqual(['procedural', 'personal']);
  });
  it('wait until each side has a rating', () => {
    expect(assess({}).style).toBeNull();
    expect(assess({ timeliness: 5 }).style).toBeNull();
    expect(assess({ timeliness: 5, tact: 1 }).style).toBe('factory');
  });
});

describe('weakest items', () => {
  it('are the lowest rated, at most three, none above 3', () => {
    const r: Ratings = { ...all(4, ALL_ITEMS), tact: 1, flow: 3, naming: 2, guidance: 3 };
    expect(weakestItems(r, null)).toEqual(['tact', 'naming', 'flow']);
    expect(weakestItems(all(4, ALL_ITEMS), 'quality')).toEqual([]);
  });
  it('put the side the style lacks first among equals', () => {
    const r: Ratings = { ...all(5, PROCEDURAL), ...all(4, PERSONAL), timeliness: 2, flow: 2, tone: 2 };
    expect(weakestItems(r, 'factory', 2)).toEqual(['tone', 'timeliness']);
    expect(weakestItems(r, 'zoo', 2)).toEqual(['timeliness', 'flow']);
  });
  it('ignore unrated items', () => {
    expect(weakestItems({ tact: 2 }, null)).toEqual(['tact']);
  });
});

describe('presets', () => {
  it('land one in each style, with the weakest items the lesson would point at', () => {
    const styles = Object.fromEntries(PRESET_IDS.map((id) => [id, assess(loadPreset(id).ratings)]));
    expect(styles.governmentOffice.style).toBe('freezer');
    expect(styles.fastFood.style).toBe('factory');
    expect(styles.fastFood.weakest).toEqual(['naming', 'bodyLanguage', 'tone']);
    expect(styles.familyRestaurant.style).toBe('zoo');
    expect(styles.familyRestaurant.weakest).toEqual(['supervision', 'timeliness', 'flow']);
    expect(styles.boutiqueHotel.style).toBe('quality');
    expect(styles.boutiqueHotel.weakest).toEqual(['selling']);
  });
  it('rate every item and validate as they are', () => {
    for (const id of PRESET_IDS) {
      const s = loadPreset(id);
      expect(Object.keys(s.ratings)).toHaveLength(ALL_ITEMS.length);
      expect(validateStyle(s)).toEqual(s);
    }
  });
});

describe('editing', () => {
  it('accepts whole ratings from 1 to 5 only', () => {
    const s = rate(emptyStyle(), 'tact', 4);
    expect(s.ratings.tact).toBe(4);
    expect(rate(s, 'tact', 6)).toBe(s);
    expect(rate(s, 'tact', 2.5)).toBe(s);
    expect(rate(s, 'tact', 0)).toBe(s);
  });
  it('typing a subject drops the preset name', () => {
    const s = setSubject(loadPreset('fastFood'), 'My café');
    expect(s).toEqual({ subject: 'My café', ratings: loadPreset('fastFood').ratings });
    expect(setSubject(s, 'x'.repeat(200)).subject).toHaveLength(80);
  });
});

describe('saved state', () => {
  it('rejects what is not a state', () => {
    for (const raw of [null, 'x', [], { ratings: [] }, { ratings: 'x' }]) expect(validateStyle(raw)).toBeUndefined();
  });
  it('drops unknown items, bad ratings and unknown presets', () => {
    expect(validateStyle({ subject: 7, ref: 'castle', ratings: { tact: 4, flow: 9, naming: 2.5, magic: 3, tone: '3' } })).toEqual({ subject: '', ratings: { tact: 4 } });
  });
});

describe('markdown', () => {
  const labels: StyleLabels = {
    title: 'Self-check', subjectLabel: 'Service', subject: 'Burger bar', sides: { procedural: 'Procedural', personal: 'Personal' },
    items: Object.fromEntries(ALL_ITEMS.map((i) => [i, { name: i, tip: `fix ${i}` }])) as StyleLabels['items'],
    styles: {
      freezer: { name: 'Freezer', message: 'm1', next: 'n1' }, factory: { name: 'Factory', message: 'm2', next: 'n2' },
      zoo: { name: 'Zoo', message: 'm3', next: 'n3' }, quality: { name: 'Quality', message: 'm4', next: 'n4' },
    },
    result: 'Result', notRated: 'Rate both sides', weakest: 'Work on', noWeak: 'Nothing below 4',
    score: (s) => (s.mean === null ? '–' : `${s.mean.toFixed(1)} / 5`),
    rating: (v) => ` (rated ${v}): `,
    colon: ': ',
  };
  it('gives the scores, style and weakest items', () => {
    const md = styleMarkdown(loadPreset('fastFood'), labels);
    expect(md).toContain('**Service**: Burger bar');
    expect(md).toContain('## Procedural: 4.0 / 5');
    expect(md).toContain('## Personal: 2.5 / 5');
    expect(md).toContain('**Factory**: m2');
    expect(md).toContain('- **naming** (rated 1): fix naming');
  });
  it('uses the punctuation of the reader’s language', () => {
    const md = styleMarkdown(loadPreset('fastFood'), { ...labels, colon: '：', rating: (v) => `（${v} 分）：` });
    expect(md).toContain('## Procedural：4.0 / 5');
    expect(md).toContain('- **naming**（1 分）：fix naming');
  });
  it('says when nothing is rated yet', () => {
    const md = styleMarkdown(emptyStyle(), { ...labels, subject: '' });
    expect(md).toContain('Rate both sides');
    expect(md).toContain('Nothing below 4');
    expect(md).toContain('- tact: –');
    expect(md).not.toContain('**Service**');
  });
});
