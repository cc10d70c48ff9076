import { describe, expect, it } from 'vitest';
import { checkStatement, emptyPositioning, positioningMarkdown, score, statement, validatePositioning, type PositioningState } from '../../src/lib/positioning.ts';

const zhTemplate = '对{target}而言,我们的{brand}是{concept},即{difference}。';
const enTemplate = 'For {target}, our {brand} is {concept} that {difference}.';
const zhHolders = { target: '目标市场', brand: '品牌', concept: '定位概念', difference: '独特之处' };
const good: PositioningState = { target: '希望下班后能便捷购买蔬菜的工薪族', brand: 'XX 便利店', concept: '一家专卖蔬菜的社区店铺', difference: '让你顺路买到所需的绝大部分绿色健康蔬菜' };
const results = (s: PositioningState) => Object.fromEntries(checkStatement(s).map((r) => [r.id, r.pass]));

describe('positioning statement', () => {
  it('fills the template and shows empty parts as placeholders', () => {
    expect(statement(emptyPositioning(), zhTemplate, zhHolders)).toBe('对(目标市场)而言,我们的(品牌)是(定位概念),即(独特之处)。');
    expect(statement(good, zhTemplate, zhHolders)).toBe('对希望下班后能便捷购买蔬菜的工薪族而言,我们的XX 便利店是一家专卖蔬菜的社区店铺,即让你顺路买到所需的绝大部分绿色健康蔬菜。');
  });
  it('drops trailing punctuation the reader typed, so it is not doubled', () => {
    const s = { target: 'busy commuters', brand: 'FreshStop', concept: 'a vegetable shop', difference: 'sells what you need on your way home.' };
    expect(statement(s, enTemplate, zhHolders)).toBe('For busy commuters, our FreshStop is a vegetable shop that sells what you need on your way home.');
  });
  it('passes the source example on every check', () => {
    expect(results(good)).toEqual({ complete: true, specificTarget: true, concreteDifference: true, distinct: true, concise: true });
    expect(score(checkStatement(good))).toBe(5);
  });
  it('fails an empty statement on every check', () => {
    expect(score(checkStatement(emptyPositioning()))).toBe(0);
  });
  it('flags a target of "everyone" in either language, and says which word', () => {
    const r = checkStatement({ ...good, target: 'everyone who travels' }).find((c) => c.id === 'specificTarget')!;
    expect(r).toEqual({ id: 'specificTarget', pass: false, found: ['everyone'] });
    expect(results({ ...good, target: '所有顾客' }).specificTarget).toBe(false);
    expect(results({ ...good, target: 'anyone' }).specificTarget).toBe(false);
  });
  it('flags empty boasts as the point of difference, but not words that merely contain them', () => {
    expect(checkStatement({ ...good, difference: '提供一流的优质服务' }).find((c) => c.id === 'concreteDifference')!.found).toEqual(['一流', '优质']);
    expect(results({ ...good, difference: 'the best service in town' }).concreteDifference).toBe(false);
    expect(results({ ...good, difference: 'serves breakfast from 5 am for early flights' }).concreteDifference).toBe(true);
  });
  it('needs distinct parts', () => {
    expect(results({ ...good, concept: good.difference }).distinct).toBe(false);
    expect(results({ ...emptyPositioning(), target: 'x' }).distinct).toBe(false);
  });
  it('needs a statement short enough to remember', () => {
    expect(results({ ...good, difference: '让你顺路买到所需的绝大部分绿色健康蔬菜,还能预订、配送、代客清洗切配、提供菜谱建议和会员积分兑换' }).concise).toBe(false);
    expect(results({ ...good, target: 'commuters', brand: 'FreshStop', concept: 'a shop', difference: Array(40).fill('word').join(' ') }).concise).toBe(false);
  });
  it('repairs saved state', () => {
    expect(validatePositioning({ target: 'a', brand: 3, concept: 'c'.repeat(500) })).toEqual({ target: 'a', brand: '', concept: 'c'.repeat(160), difference: '' });
    expect(validatePositioning('x')).toBeUndefined();
  });
});

describe('export', () => {
  it('quotes the statement, lists the parts and ticks the checklist', () => {
    const checks = Object.fromEntries(['complete', 'specificTarget', 'concreteDifference', 'distinct', 'concise'].map((c) => [c, { ok: `ok-${c}`, no: `no-${c}` }])) as Parameters<typeof positioningMarkdown>[1]['checks'];
    const md = positioningMarkdown({ ...good, target: '所有人' }, {
      title: '定位', template: zhTemplate, placeholders: zhHolders, parts: { target: '目标市场', brand: '品牌', concept: '定位概念', difference: '独特之处' }, checklistTitle: '检查', checks,
    });
    expect(md).toContain('> 对所有人而言,我们的XX 便利店是');
    expect(md).toContain('- **目标市场**: 所有人');
    expect(md).toContain('- [x] ok-complete');
    expect(md).toContain('- [ ] no-specificTarget');
  });
});
