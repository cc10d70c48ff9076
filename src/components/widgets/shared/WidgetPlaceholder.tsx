/**
 * What a widget island renders on the server: its title and intro, and a note for readers without
 * JavaScript. It must be a visible box: `client:visible` hydrates when the island's first child
 * scrolls into view, and a bare <noscript> never does.
 *
 * `useMounted` lets the island hydrate this same placeholder first and swap in the widget right
 * after: the widget's saved state exists only in the browser, so it cannot be rendered on the
 * server, and hydrating mismatched markup would leave the placeholder behind.
 */
export { useMounted } from './use-saved-widget.ts';

interface Props {
  kind: string;
  title: string;
  intro?: string;
  note: string;
}

export function WidgetPlaceholder({ kind, title, intro, note }: Props) {
  return (
    <div class={`widget widget--${kind} widget--placeholder`}>
      <p class="widget-title">{title}</p>
      {intro && <p class="widget-intro">{intro}</p>}
      <noscript>
        <p>{note}</p>
      </noscript>
    </div>
  );
}
