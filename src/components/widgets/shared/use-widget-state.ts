/**
 * A widget instance's persisted state in a component: the current value, and `update`, which
 * applies a rule to the latest stored value (not the one from the last render, so two quick
 * keystrokes before a re-render cannot overwrite each other).
 */
import { useMemo } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Validate } from '../../../lib/widget-state.ts';
import { widgetStore } from '../../../stores/widgets.ts';

export function useWidgetState<T>(kind: string, instance: string, version: number, defaults: () => T, validate: Validate<T>) {
  // defaults and validate are module-level functions of each widget: the store depends on the key only.
  const store = useMemo(() => widgetStore(kind, instance, version, defaults, validate), [kind, instance, version]);
  const state = useStore(store);
  const update = (rule: (current: T) => T) => store.set(rule(store.get()));
  return [state, update] as const;
}
