/** `{name}` placeholders in a widget's strings, filled with values; unknown names stay visible. */
export function fillTemplate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Free text from saved state: a string, trimmed to `max` characters; anything else is empty. */
export function savedText(x: unknown, max: number): string {
  return typeof x === 'string' ? x.slice(0, max) : '';
}

/** One line of Markdown: a pasted line break or pipe must not break a list item or table cell. */
export function markdownCell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
}
