/**
 * The frame around every widget: title, intro, the widget, and a toolbar to reset it and take the
 * result away (copy as Markdown, download). Status messages are announced politely.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Lang } from '../../../lib/langs.ts';
import { frameStrings } from './strings.ts';

interface Props {
  lang: Lang;
  /** Widget kind, e.g. "swot": used for data attributes and the download file name. */
  kind: string;
  title: string;
  intro?: string;
  /** Markdown version of the current state, for copy and download. */
  markdown?: () => string;
  onReset: () => void;
  children: ComponentChildren;
  /** Extra toolbar controls (e.g. "load example"). */
  tools?: ComponentChildren;
  /** 3 inside a lesson section (under its h2); 2 on a tool page, right under the page's h1. */
  headingLevel?: 2 | 3;
}

export function WidgetFrame({ lang, kind, title, intro, markdown, onReset, children, tools, headingLevel = 3 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const s = frameStrings[lang];
  const [status, setStatus] = useState('');
  const copy = async () => {
    if (!markdown) return;
    try {
      await navigator.clipboard.writeText(markdown());
      setStatus(s.copied);
    } catch {
      setStatus(s.copyFailed);
    }
  };
  const download = () => {
    if (!markdown) return;
    const url = URL.createObjectURL(new Blob([markdown()], { type: 'text/markdown;charset=utf-8' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: `${kind}.md` });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <section class={`widget widget--${kind}`} data-widget={kind} aria-label={title}>
      <header class="widget-header">
        <Heading class="widget-title">{title}</Heading>
        {intro && <p class="widget-intro">{intro}</p>}
      </header>
      <div class="widget-body">{children}</div>
      <footer class="widget-toolbar">
        {tools}
        {markdown && <button type="button" class="button" onClick={copy}>{s.copy}</button>}
        {markdown && <button type="button" class="button" onClick={download}>{s.download}</button>}
        <button
          type="button"
          class="button button--quiet"
          onClick={() => {
            if (confirm(s.resetConfirm)) {
              onReset();
              setStatus('');
            }
          }}
        >
          {s.reset}
        </button>
        <span class="widget-status" role="status" aria-live="polite">{status}</span>
      </footer>
      <p class="widget-note">{s.saved}</p>
    </section>
  );
}
