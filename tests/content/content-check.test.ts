/** Bad content stops the build with a message naming file, field and fix: one fixture per mistake. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { checkContent } from '../../src/lib/content-check.ts';
import { readContentTree } from '../../src/lib/content-files.ts';
import { formatIssue } from '../../src/schemas/format-issues.ts';

const FIXTURES = 'tests/content/fixtures';
const valid = () => readContentTree(`${FIXTURES}/valid`);
const ZH = 'content/lessons/alpha/zh.mdx';
const EN = 'content/lessons/alpha/en.mdx';

function issuesOf(files: Map<string, string>) {
  return checkContent(files).issues.map(formatIssue);
}

function edit(path: string, change: (text: string) => string) {
  const files = valid();
  files.set(path, change(files.get(path)!));
  return files;
}

describe('checkContent', () => {
  it('accepts the valid fixture', () => {
    const result = checkContent(valid());
    expect(result.issues).toEqual([]);
    expect(result.slugs).toEqual(['alpha']);
  });

  it('names a lesson missing one language', () => {
    const issues = issuesOf(readContentTree(`${FIXTURES}/missing-language`));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain('content/lessons/alpha/en.mdx: is missing');
    expect(issues[0]).toContain('fix: add content/lessons/alpha/en.mdx with the same sections as zh.mdx');
  });

  it('names sections whose ids differ between languages', () => {
    const issues = issuesOf(edit(EN, (t) => t.replace('id="front-line"', 'id="frontline"')));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/en\.mdx: sections\[1\]: zh\.mdx has "front-line" where en\.mdx has "frontline"/);
    expect(issues[0]).toContain('fix: give zh.mdx and en.mdx the same section ids in the same order');
  });

  it('names sections in a different order', () => {
    const files = edit(EN, (t) => {
      const parts = t.split(/(?=<Section )/);
      return [parts[0], parts[2].replace(/\s*$/, '\n\n'), parts[1]].join('');
    });
    const issues = issuesOf(files);
    expect(issues[0]).toContain('sections[0]: zh.mdx has "objectives" where en.mdx has "front-line"');
  });

  it('names a section that one language lacks', () => {
    const issues = issuesOf(edit(ZH, (t) => t + '\n<Section id="extra" title="额外">\n\n正文\n\n</Section>\n'));
    expect(issues[0]).toContain('sections[3]: zh.mdx has a section "extra" that en.mdx lacks');
  });

  it('names a missing required frontmatter field', () => {
    const issues = issuesOf(edit(ZH, (t) => t.replace(/^minutes: 30\n/m, '')));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain('content/lessons/alpha/zh.mdx: frontmatter.minutes: is required but missing (expected number)');
    expect(issues[0]).toContain('fix: add a line `minutes: <estimated study time, e.g. 45>` to the frontmatter');
  });

  it('names a frontmatter field of the wrong type', () => {
    const issues = issuesOf(edit(EN, (t) => t.replace('minutes: 30', 'minutes: thirty')));
    expect(issues.join('\n')).toContain('en.mdx: frontmatter.minutes: expected number, got "thirty"');
  });

  it('names an unknown frontmatter field', () => {
    const issues = issuesOf(edit(EN, (t) => t.replace('order: 1', 'order: 1\nauthor: me')));
    expect(issues[0]).toContain('frontmatter: unknown field(s) `author`');
  });

  it('names zh and en disagreeing on minutes', () => {
    const issues = issuesOf(edit(EN, (t) => t.replace('minutes: 30', 'minutes: 35')));
    expect(issues[0]).toContain('en.mdx: frontmatter.minutes: is 35 but zh.mdx says 30');
  });

  it('names a link to a glossary term that does not exist, with its line', () => {
    const issues = issuesOf(edit(ZH, (t) => t.replace('<Term id="front-line-employee">', '<Term id="frontline-staff">')));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/zh\.mdx: line \d+: <Term id="frontline-staff">: links to a glossary term that does not exist/);
    expect(issues[0]).toContain('fix: add a term with id "frontline-staff" to content/glossary.yaml or correct the id');
  });

  it('names a duplicate lesson order', () => {
    const files = valid();
    for (const lang of ['zh', 'en']) files.set(`content/lessons/beta/${lang}.mdx`, files.get(`content/lessons/alpha/${lang}.mdx`)!);
    const issues = issuesOf(files);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain('frontmatter.order: 1 is also the order of content/lessons/alpha');
  });

  it('names a duplicate slug (folders differing only in case) and an invalid slug', () => {
    const files = valid();
    for (const lang of ['zh', 'en']) {
      files.set(`content/lessons/Alpha/${lang}.mdx`, files.get(`content/lessons/alpha/${lang}.mdx`)!.replace('order: 1', 'order: 2'));
    }
    const issues = issuesOf(files).join('\n');
    expect(issues).toContain('content/lessons/Alpha: slug: "Alpha" is not a valid slug');
    expect(issues).toContain('content/lessons/Alpha: slug: duplicates the slug of content/lessons/alpha');
  });

  it('names a section without an id or title, and unclosed sections', () => {
    const issues = issuesOf(edit(ZH, (t) => t.replace('<Section id="front-line" title="授权一线员工">', '<Section title="授权一线员工">').replace(/<\/Section>\s*$/, ''))).join('\n');
    expect(issues).toContain('<Section> has no id');
    expect(issues).toContain('3 <Section> tag(s) opened but 2 closed');
  });

  it('names a duplicate section id in one file', () => {
    const issues = issuesOf(edit(ZH, (t) => t.replace('id="front-line"', 'id="objectives"'))).join('\n');
    expect(issues).toContain('section "objectives": id is used twice in this file');
  });

  it('names invalid YAML with its line', () => {
    const issues = issuesOf(edit(EN, (t) => t.replace('title: Sample lesson', 'title: Sample: lesson: bad')));
    expect(issues[0]).toMatch(/en\.mdx: frontmatter: is not valid YAML at line 1/);
  });

  it('names glossary mistakes: missing language, duplicate id', () => {
    const files = valid();
    const g = files.get('content/glossary.yaml')!;
    files.set('content/glossary.yaml', g.replace('  en: front-line employee\n', '') + g.split('- id: front-line-employee')[0].replace(/^/, ''));
    const issues = issuesOf(files).join('\n');
    expect(issues).toContain('content/glossary.yaml: [1].en: is required but missing (expected string)');
    expect(issues).toContain("fix: add the English name: `en: service recovery`");
    expect(issues).toContain('content/glossary.yaml: [2].id: "service-recovery" is used by two terms');
  });

  it('names an unknown widget, a reused widget id, and widgets that differ between languages', () => {
    const issues = issuesOf(edit(ZH, (t) => t.replace('<Steps>', '<Widget name="swot-builder" id="a" />\n\n<Widget name="swot" id="a" />\n\n<Steps>'))).join('\n');
    expect(issues).toMatch(/zh\.mdx: line \d+: <Widget name="swot-builder">: is not a widget of the course/);
    expect(issues).toMatch(/zh\.mdx: line \d+: <Widget id="a">: is used twice in this lesson/);
    expect(issues).toContain('en.mdx: widgets: has widgets [] but zh.mdx has [swot-builder#a, swot#a]');
  });

  it('ignores tags shown inside code fences', () => {
    const issues = issuesOf(edit(EN, (t) => t.replace('Step one', 'Step one\n\n```\n<Term id="nope">x</Term>\n```\n')));
    expect(issues).toEqual([]);
  });
});

describe('npm run check:content', () => {
  it('prints the problems without a stack trace and exits 1', () => {
    const run = spawnSync(process.execPath, ['scripts/check-content.ts', `${FIXTURES}/missing-language`], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('content/lessons/alpha/en.mdx: is missing');
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
  it('passes the valid fixture', () => {
    const run = spawnSync(process.execPath, ['scripts/check-content.ts', `${FIXTURES}/valid`], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('content ok: 1 lesson(s): alpha');
  });
});
