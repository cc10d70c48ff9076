import type { z } from 'zod';

/** A problem found in authored content: where, what, and how to fix it. */
export interface ContentIssue {
  file: string;
  field: string;
  message: string;
  fix: string;
}

export function formatIssue(issue: ContentIssue): string {
  const where = issue.field ? `${issue.file}: ${issue.field}` : issue.file;
  return `${where}: ${issue.message}\n    fix: ${issue.fix}`;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : String(value);
}

/** Turns zod issues into ContentIssues; `hints` maps a field name to how to fix it. */
export function zodToIssues(
  file: string,
  prefix: string,
  error: z.ZodError,
  input: unknown,
  hints: Record<string, string> = {},
): ContentIssue[] {
  return error.issues.map((zi) => {
    const path = zi.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
    const field = (prefix + path).replace(/^\./, '');
    const last = String(zi.path.at(-1) ?? '');
    const got = valueAt(input, zi.path as PropertyKey[]);
    let message = zi.message;
    let fix = hints[last] ?? 'correct the value as the message says';
    if (zi.code === 'invalid_type' && got === undefined) {
      message = `is required but missing (expected ${zi.expected})`;
    } else if (zi.code === 'invalid_type') {
      message = `expected ${zi.expected}, got ${describe(got)}`;
    } else if (zi.code === 'unrecognized_keys') {
      message = `unknown field(s) ${zi.keys.map((k) => '`' + k + '`').join(', ')}`;
      fix = 'remove them or check their spelling';
    } else if (got !== undefined) {
      message = `${zi.message} (got ${describe(got)})`;
    }
    return { file, field, message, fix };
  });
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}
