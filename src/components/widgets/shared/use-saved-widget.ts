/**
 * Hooks for widget islands whose state lives in localStorage. The server cannot see that state, so
 * an island first hydrates a placeholder that matches the server's HTML (`useMounted` is false),
 * then swaps in the real widget: hydrating mismatched markup would leave stale nodes behind.
 */
import { useEffect, useState } from 'preact/hooks';

export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}

/** The instance's saved state and `update(rule)`: the same hook the other widgets use. */
export { useWidgetState as useSavedWidget } from './use-widget-state.ts';
