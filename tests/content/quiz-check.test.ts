/** Broken quiz banks stop the build naming file, question id, field and fix. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import { readContentTree } from '../../src/lib/content-files.ts';
import { formatIssue } from '../../src/schemas/format-issues.ts';

const QUIZ = 'content/lessons/alpha/quiz.yaml';
function issuesWith(change: (text: string) => string): string[] {
  const files = readContentTree('tests/content/fixtures/valid');
  files.set(QUIZ, change(files.get(QUIZ)!));
  return checkContent(files).issues.map(formatIssue);
}

describe('quiz.yaml checks', () => {
  it('accepts the valid bank', () => {
    expect(issuesWith((t) => t)).toEqual([]);
  });

  it('names an answer that names no option', () => {
    const issues = issuesWith((t) => t.replace('    answer: a\n', '    answer: d\n'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain('content/lessons/alpha/quiz.yaml: questions[0] (alpha-single).answer: names option "d", which does not exist');
    expect(issues[0]).toContain('fix: use one of the option ids a, b');
  });

  it('names a missing language', () => {
    const issues = issuesWith((t) => t.replace("explanation: { zh: 补救是对失误的回应。, en: Recovery is the response to a failure. }", 'explanation: { zh: 补救是对失误的回应。 }'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain('questions[0] (alpha-single).explanation.en: is required but missing');
    expect(issues[0]).toContain('fix: add the English text under `en:`');
  });

  it('names a duplicate question id', () => {
    const issues = issuesWith((t) => t.replace('id: alpha-tf', 'id: alpha-single'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain('questions[2].id: "alpha-single" is already used in content/lessons/alpha/quiz.yaml');
  });

  it('names a duplicate question id in another lesson', () => {
    const files = readContentTree('tests/content/fixtures/valid');
    for (const f of ['zh.mdx', 'en.mdx', 'quiz.yaml']) {
      files.set(`content/lessons/beta/${f}`, files.get(`content/lessons/alpha/${f}`)!.replace('order: 1', 'order: 2'));
    }
    const issues = checkContent(files).issues.map(formatIssue);
    expect(issues.length).toBe(7);
    expect(issues[0]).toContain('content/lessons/beta/quiz.yaml: questions[0].id: "alpha-single" is already used in content/lessons/alpha/quiz.yaml');
  });

  it('names a matching pair without a partner', () => {
    const issues = issuesWith((t) => t.replace("        right: { zh: 补救预算, en: Recovery budget }\n", ''));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain('questions[4] (alpha-match).pairs[1]: pair "p2" has a left item but no right partner');
    expect(issues[0]).toContain('fix: add `right:` with zh and en text to the pair');
  });

  it('names an unknown question type', () => {
    const issues = issuesWith((t) => t.replace('type: ordering', 'type: sorting'));
    expect(issues.join('\n')).toContain('questions[5] (alpha-order).type');
    expect(issues.join('\n')).toContain('fix: use one of: single, multiple, truefalse, fill, matching, ordering, categorise');
  });

  it('names blanks that do not match the prompt', () => {
    const issues = issuesWith((t) => t.replace('企业应当___一线员工。', '企业应当授权一线员工。'));
    expect(issues[0]).toContain('questions[3] (alpha-fill).prompt.zh: has 0 blank(s) ___ but 1 blank(s) are defined');
  });

  it('names an item in a group that does not exist', () => {
    const issues = issuesWith((t) => t.replace('group: act', 'group: acting'));
    expect(issues[0]).toContain('questions[6] (alpha-cat).items[1].group: names group "acting", which does not exist');
  });

  it('names a section the lesson does not have', () => {
    const issues = issuesWith((t) => t.replace('section: front-line', 'section: nowhere'));
    expect(issues[0]).toContain('(alpha-multiple).section: "nowhere" is not a section of this lesson');
  });

  it('names a multiple-choice question where every option is right', () => {
    const issues = issuesWith((t) => t.replace('answer: [a, b]', 'answer: [a, b, c]'));
    expect(issues[0]).toContain('every option is correct');
  });
});
