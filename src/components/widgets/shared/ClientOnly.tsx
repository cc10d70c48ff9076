/**
 * Widgets read saved state from localStorage, which the server cannot see, so they render in the
 * browser only. The server (and the first browser render, so hydration matches) shows the title
 * and a note that is visible only when JavaScript is off (`html.js` hides it). Rendering
 * something matters: `client:visible` watches the island's children to know when to load.
 */
import type { VNode } from 'preact';
import { useMounted } from './use-saved-widget.ts';
import type { Lang } from '../../../lib/langs.ts';
import './widget-base.css';

/** What Widget.astro passes to every widget island. */
export interface WidgetProps {
  lang: Lang;
  /** Instance id; the widget's state is saved under it. */
  instance: string;
  /** Optional case or preset to start from. */
  preset?: string;
  /** Level of the widget's title: 2 on a tool page, 3 inside a lesson section. */
  headingLevel?: 2 | 3;
}

const needsJs = {
  zh: '这个互动工具需要启用 JavaScript。',
  en: 'This interactive tool needs JavaScript.',
} as const;

export function ClientOnly({ lang, kind, title, children }: { lang: Lang; kind: string; title: string; children: () => VNode }) {
  if (useMounted()) return children();
  return (
    <section class={`widget widget--${kind} widget--pending`} aria-label={title}>
      <p class="widget-title">{title}</p>
      <p class="widget-nojs">{needsJs[lang]}</p>
    </section>
  );
}
