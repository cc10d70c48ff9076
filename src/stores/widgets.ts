/**
 * Per-instance widget state, persisted in localStorage: `widget:<kind>:v<version>:<instance>`.
 * Two copies of the same widget instance on a page (or in two tabs) share one store.
 */
import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import { decodeWidgetState, encodeWidgetState, widgetKey, type Validate } from '../lib/widget-state.ts';

const stores = new Map<string, WritableAtom<unknown>>();

export function widgetStore<T>(kind: string, instance: string, version: number, defaults: () => T, validate: Validate<T>): WritableAtom<T> {
  const key = widgetKey(kind, instance, version);
  let store = stores.get(key) as WritableAtom<T> | undefined;
  if (!store) {
    store = persistentAtom<T>(key, defaults(), {
      encode: (value) => encodeWidgetState(value, version),
      decode: (raw) => decodeWidgetState(raw, version, validate, defaults),
    });
    stores.set(key, store as WritableAtom<unknown>);
  }
  return store;
}
