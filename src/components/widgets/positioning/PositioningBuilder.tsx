/**
 * Positioning statement builder island: four fields, the statement previewed live from the
 * template, and a checklist that says what to fix.
 */
import '../shared/strategy-widgets.css';
import './positioning.css';
import { useState } from 'preact/hooks';
import type { Lang } from '../../../lib/langs.ts';
import { checkStatement, emptyPositioning, MAX_PART, PARTS, positioningMarkdown, score, statement, validatePositioning } from '../../../lib/positioning.ts';
import { fill, joinList } from '../../../lib/widget-text.ts';
import { WidgetFrame } from '../shared/WidgetFrame.tsx';
import { subHeading, type HeadingLevel } from '../shared/sub-heading.ts';
import { useMounted, WidgetPlaceholder } from '../shared/WidgetPlaceholder.tsx';
import { useWidgetState } from '../shared/use-widget-state.ts';
import type { PositioningStrings } from './strings.ts';

interface Props {
  lang: Lang;
  instance: string;
  /** 2 on a tool page, 3 in a lesson section: the level of the widget's title. */
  headingLevel?: HeadingLevel;
  /** "example" starts this instance with the worked example. */
  preset?: string;
  t: PositioningStrings;
}

export default function PositioningIsland(props: Props) {
  const { t } = props;
  if (!useMounted()) return <WidgetPlaceholder kind="positioning" title={t.title} intro={t.intro} note={t.noScript} />;
  return <PositioningBuilder {...props} />;
}

function PositioningBuilder({ lang, instance, preset, headingLevel, t }: Props) {
  const defaults = () => (preset === 'example' ? { ...t.example } : emptyPositioning());
  const [state, update] = useWidgetState('positioning', instance, 1, defaults, validatePositioning);
  const [message, setMessage] = useState('');
  const uid = `pos-${instance}`;
  const Sub = subHeading(headingLevel);
  const results = checkStatement(state);
  const passed = score(results);
  const labels = { title: t.title, template: t.template, placeholders: t.placeholders, parts: t.parts, checklistTitle: t.checklistTitle, checks: t.checks };
  const load = () => {
    if (PARTS.some((p) => state[p].trim()) && !confirm(t.loadConfirm)) return;
    update(() => ({ ...t.example }));
    setMessage(t.loaded);
  };

  return (
    <WidgetFrame
      lang={lang}
      kind="positioning"
      headingLevel={headingLevel}
      title={t.title}
      intro={t.intro}
      tools={<button type="button" class="button" onClick={load}>{t.load}</button>}
      markdown={() => positioningMarkdown(state, labels)}
      onReset={() => update(emptyPositioning)}
    >
      <div class="pos-template">
        <p class="field-label">{t.templateLabel}</p>
        <p>{t.templateShown}</p>
        <p lang={t.otherLang} class="pos-other">{t.templateOther}</p>
      </div>
      <div class="pos-layout">
        <div class="pos-fields">
          {PARTS.map((p) => (
            <div key={p} class="pos-field">
              <label class="field-label" for={`${uid}-${p}`}>{t.parts[p]}</label>
              <p class="field-help" id={`${uid}-${p}-help`}>{t.help[p]}</p>
              <textarea
                id={`${uid}-${p}`}
                rows={2}
                class="grow"
                maxLength={MAX_PART}
                aria-describedby={`${uid}-${p}-help`}
                value={state[p]}
                onInput={(e) => update((s) => ({ ...s, [p]: e.currentTarget.value.slice(0, MAX_PART) }))}
              />
            </div>
          ))}
        </div>
        <div class="pos-result">
          <section class="pos-preview" aria-labelledby={`${uid}-preview-h`}>
            <Sub id={`${uid}-preview-h`}>{t.previewLabel}</Sub>
            <blockquote class="pos-statement" data-statement>{statement(state, t.template, t.placeholders)}</blockquote>
          </section>
          <section class="pos-checks" aria-labelledby={`${uid}-checks-h`}>
            <Sub id={`${uid}-checks-h`}>{t.checklistTitle}</Sub>
            <p class="pos-score" role="status">{fill(t.score, { n: passed })}</p>
            <ul class="pos-check-list">
              {results.map((r) => (
                <li key={r.id} class={r.pass ? 'pos-ok' : 'pos-no'} data-check={r.id} data-pass={r.pass}>
                  <span class="pos-mark" aria-hidden="true">{r.pass ? '✓' : '○'}</span>
                  <span class="visually-hidden">{r.pass ? t.pass : t.fail} </span>
                  {r.pass ? t.checks[r.id].ok : t.checks[r.id].no}
                  {r.found && r.found.length > 0 && <span class="pos-found"> {fill(t.foundWords, { list: joinList(r.found.map((w) => `“${w}”`), lang) })}</span>}
                </li>
              ))}
            </ul>
          </section>
          <p class="callout">{t.promise}</p>
        </div>
      </div>
      <p class="visually-hidden" role="status">{message}</p>
    </WidgetFrame>
  );
}
