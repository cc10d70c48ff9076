/**
 * What a saved-state widget renders on the server and at hydration: a visible box with its title
 * and intro (`client:visible` loads the island when this box scrolls into view), and a note for
 * readers without JavaScript.
 */
interface Props {
  kind: string;
  title: string;
  intro: string;
  noScript: string;
}

export function WidgetPending({ kind, title, intro, noScript }: Props) {
  return (
    <div class={`widget widget--${kind} widget--pending`}>
      <p class="widget-title">{title}</p>
      <p class="widget-intro">{intro}</p>
      <noscript>
        <p>{noScript}</p>
      </noscript>
    </div>
  );
}
