/**
 * A light scanner for lesson MDX: frontmatter text, `<Section>` ids and titles, `<Term>` ids.
 * It reads the authoring conventions only (see README), so the build can check both languages
 * against each other before Astro compiles anything, and name the line of each problem.
 */

export interface ScannedSection {
  id: string;
  title: string;
  line: number;
}

export interface ScannedTerm {
  id: string;
  line: number;
}

export interface ScannedWidget {
  name: string;
  id: string;
  line: number;
}

export interface ScannedLesson {
  /** Raw frontmatter text between the `---` fences, or null when there is none. */
  frontmatter: string | null;
  sections: ScannedSection[];
  terms: ScannedTerm[];
  widgets: ScannedWidget[];
  /** Tags that could not be read, e.g. a `<Section>` without an id. */
  problems: { line: number; message: string; fix: string }[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Removes fenced code blocks so examples of syntax inside them are not read as tags. */
function blankCode(text: string): string {
  return text.replace(/^(```|~~~)[\s\S]*?^\1/gm, (block) => block.replace(/[^\n]/g, ' '));
}

export function scanLesson(source: string): ScannedLesson {
  const fm = FRONTMATTER.exec(source);
  const body = blankCode(source);
  const sections: ScannedSection[] = [];
  const terms: ScannedTerm[] = [];
  const problems: ScannedLesson['problems'] = [];

  for (const m of body.matchAll(/<Section\b([^>]*)>/g)) {
    const line = lineAt(source, m.index);
    const id = attr(m[1], 'id');
    const title = attr(m[1], 'title');
    if (!id) {
      problems.push({ line, message: '<Section> has no id', fix: 'write <Section id="kebab-case-id" title="…">' });
      continue;
    }
    if (!title?.trim()) {
      problems.push({ line, message: `<Section id="${id}"> has no title`, fix: `add title="…" to <Section id="${id}">` });
    }
    sections.push({ id, title: title ?? '', line });
  }
  const opened = sections.length + problems.filter((p) => p.message.startsWith('<Section> has')).length;
  const closed = [...body.matchAll(/<\/Section>/g)].length;
  if (opened !== closed) {
    problems.push({
      line: 1,
      message: `${opened} <Section> tag(s) opened but ${closed} closed`,
      fix: 'close every section with </Section> on its own line',
    });
  }
  for (const m of body.matchAll(/<Term\b([^>]*)>/g)) {
    const line = lineAt(source, m.index);
    const id = attr(m[1], 'id');
    if (!id) problems.push({ line, message: '<Term> has no id', fix: 'write <Term id="glossary-id">text</Term>' });
    else terms.push({ id, line });
  }
  const widgets: ScannedWidget[] = [];
  for (const m of body.matchAll(/<Widget\b([^>]*)>/g)) {
    const line = lineAt(source, m.index);
    const name = attr(m[1], 'name');
    const id = attr(m[1], 'id');
    if (!name || !id) problems.push({ line, message: '<Widget> needs a name and an id', fix: 'write <Widget name="swot" id="hotel-swot" />' });
    else widgets.push({ name, id, line });
  }
  return { frontmatter: fm ? fm[1] : null, sections, terms, widgets, problems };
}
