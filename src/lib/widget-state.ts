/**
 * Saved widget state: a versioned envelope around each widget's own data. Anything that does not
 * validate (tampered, from another version, not JSON) reads as the widget's defaults.
 */

export interface Envelope<T> {
  v: number;
  data: T;
}

/** A widget's validator: returns the data when valid, or undefined. It may repair fields. */
export type Validate<T> = (raw: unknown) => T | undefined;

export function widgetKey(kind: string, instance: string, version: number): string {
  return `widget:${kind}:v${version}:${instance}`;
}

export function encodeWidgetState<T>(data: T, version: number): string {
  return JSON.stringify({ v: version, data } satisfies Envelope<T>);
}

export function decodeWidgetState<T>(raw: string | undefined, version: number, validate: Validate<T>, defaults: () => T): T {
  if (!raw) return defaults();
  try {
    const parsed = JSON.parse(raw) as Partial<Envelope<unknown>>;
    if (!parsed || typeof parsed !== 'object' || parsed.v !== version) return defaults();
    return validate(parsed.data) ?? defaults();
  } catch {
    return defaults();
  }
}

/** Small validators widgets share. */
export const isRecord = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
export const isString = (x: unknown): x is string => typeof x === 'string';
export const clampNumber = (x: unknown, min: number, max: number, fallback: number): number =>
  typeof x === 'number' && Number.isFinite(x) ? Math.min(max, Math.max(min, x)) : fallback;
