/** The course content itself: every lesson complete in both languages, quizzes valid and covering it, glossary linked. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/lib/content-check.ts';
import { readContentTree } from '../../src/lib/content-files.ts';
import { formatIssue } from '../../src/schemas/format-issues.ts';
import { scanLesson } from '../../src/lib/mdx-scan.ts';
import { quizFileSchema } from '../../src/schemas/quiz.ts';

const files = readContentTree('.');
const checked = checkContent(files);
const SYLLABUS = ['marketing-mix', 'service-offering', 'service-process', 'strategic-analysis', 'competitive-strategy', 'service-recovery', 'relationship-marketing', 'customer-service'];
const glossary = parse(files.get('content/glossary.yaml')!) as { id: string; zh: string; en: string }[];

describe('the course content', () => {
  it('passes every build-time check', () => {
    expect(checked.issues.map(formatIssue)).toEqual([]);
  });

  it('has the eight syllabus lessons in syllabus order', () => {
    expect(checked.slugs).toEqual(SYLLABUS);
  });

  describe.each(SYLLABUS)('%s', (slug) => {
    const zh = files.get(`content/lessons/${slug}/zh.mdx`)!;
    const en = files.get(`content/lessons/${slug}/en.mdx`)!;
    const scans = { zh: scanLesson(zh), en: scanLesson(en) };
    const ids = scans.en.sections.map((s) => s.id);
    const quiz = quizFileSchema.parse(parse(files.get(`content/lessons/${slug}/quiz.yaml`)!));

    it('starts with objectives, ends with summary then quiz, same sections in both languages', () => {
      expect(scans.zh.sections.map((s) => s.id)).toEqual(ids);
      expect(ids[0]).toBe('objectives');
      expect(ids.slice(-2)).toEqual(['summary', 'quiz']);
      expect(ids.length).toBeGreaterThanOrEqual(8);
    });

    it('has speaker notes on most sections and step reveals, in both languages alike', () => {
      for (const text of [zh, en]) {
        const sections = text.split('<Section ').slice(1);
        const withNotes = sections.filter((s) => s.includes('<Notes>')).length;
        expect(withNotes / sections.length).toBeGreaterThan(0.6);
        expect(text).toContain('<Steps>');
      }
      for (const tag of ['<Notes>', '<Steps>', '<Example', '<Supplement>']) {
        expect(zh.split(tag).length, tag).toBe(en.split(tag).length);
      }
    });

    it('links the same glossary terms in both languages', () => {
      const terms = (lang: 'zh' | 'en') => [...new Set(scans[lang].terms.map((t) => t.id))].sort();
      expect(terms('zh')).toEqual(terms('en'));
      expect(terms('en').length).toBeGreaterThanOrEqual(5);
    });

    it('uses full-width punctuation in Chinese prose', () => {
      const prose = zh.split('---').slice(2).join('---').replace(/<[^>]+>/g, '');
      expect(prose.match(/[\u4e00-\u9fff][,;:?!]|[,;:?!][\u4e00-\u9fff]/g) ?? []).toEqual([]);
    });

    it('has a quiz of at least 12 questions in at least 4 types that covers every content section', () => {
      expect(quiz.questions.length).toBeGreaterThanOrEqual(slug === 'service-recovery' ? 10 : 12);
      expect(new Set(quiz.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(4);
      const tested = new Set(quiz.questions.map((q) => q.section));
      const content = ids.filter((id) => !['objectives', 'summary', 'quiz', 'strategies-overview'].includes(id));
      const untested = content.filter((id) => !tested.has(id));
      expect(untested, 'content sections without a question').toEqual([]);
      for (const q of quiz.questions) expect(q.id.length).toBeGreaterThan(3);
    });
  });

  it('has a glossary of well over 80 terms, each linked from a lesson, with unique names', () => {
    expect(glossary.length).toBeGreaterThan(80);
    const linked = new Set([...files].filter(([p]) => p.endsWith('.mdx')).flatMap(([, text]) => scanLesson(text).terms.map((t) => t.id)));
    expect(glossary.filter((t) => !linked.has(t.id)).map((t) => t.id)).toEqual([]);
    for (const lang of ['zh', 'en'] as const) {
      const names = glossary.map((t) => t[lang].toLowerCase());
      expect(names.filter((n, i) => names.indexOf(n) !== i), lang).toEqual([]);
    }
  });
});
