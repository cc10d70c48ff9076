/**
 * Text helpers the strategy widgets share: filling `{name}` placeholders in a string that came
 * from a widget's strings file, joining names into a readable list, and capping free text.
 */

export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

/** "a, b and c" in English, "a、b 和 c" in Chinese: the list separators readers expect. */
export function joinList(items: string[], lang: 'zh' | 'en'): string {
  if (items.length <= 1) return items.join('');
  const head = items.slice(0, -1).join(lang === 'zh' ? '、' : ', ');
  return lang === 'zh' ? `${head}和${items[items.length - 1]}` : `${head} and ${items[items.length - 1]}`;
}

/** Free text typed by a reader: a string, at most `max` characters (longer saved text is cut). */
export function cleanText(x: unknown, max: number): string {
  return typeof x === 'string' ? x.slice(0, max) : '';
}

/** Markdown list item text: one line, so a pasted line break cannot break the list. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
