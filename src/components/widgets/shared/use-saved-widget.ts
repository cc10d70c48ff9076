/**
 * Hooks for widget islands whose state lives in localStorage. The server cannot see that state, so
 * an island first hydrates a placeholder that matches the server's HTML (`useMounted` is false),
 * then swaps in the real widget: hydrating mismatched markup would leave stale nodes behind.
 */
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Validate } from '../../../lib/widget-state.ts';
import { widgetStore } from '../../../stores/widgets.ts';

export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}

/**
 * The instance's saved state and `update(rule)`, which applies the rule to the latest stored
 * value rather than the last rendered one, so quick successive edits (a drag) never drop a step.
 */
export function useSavedWidget<T>(kind: string, instance: string, version: number, defaults: () => T, validate: Validate<T>) {
  const store = widgetStore(kind, instance, version, defaults, validate);
  const state = useStore(store);
  const update = (rule: (current: T) => T) => store.set(rule(store.get()));
  return [state, update] as const;
}
