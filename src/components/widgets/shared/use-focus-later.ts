/**
 * Moves focus to an element after the next render: when a keyboard user moves or deletes a list
 * item, the button they pressed may move or vanish, and focus must land somewhere sensible.
 */
import { useEffect, useRef } from 'preact/hooks';

export function useFocusLater() {
  const target = useRef<string | null>(null);
  useEffect(() => {
    if (!target.current) return;
    document.getElementById(target.current)?.focus();
    target.current = null;
  });
  return (id: string) => {
    target.current = id;
  };
}
