/**
 * SWOT builder island: four quadrants, TOWS strategies built from pairs, and worked examples to
 * load or show beside the reader's own board. Text comes in as props in the page's language.
 */
import '../shared/strategy-widgets.css';
import './swot.css';
import { useState } from 'preact/hooks';
import type { Lang } from '../../../lib/langs.ts';
import { emptySwot, fromExample, isEmptySwot, QUADRANTS, swotMarkdown, validateSwot } from '../../../lib/swot.ts';
import { fill } from '../../../lib/widget-text.ts';
import { WidgetFrame } from '../shared/WidgetFrame.tsx';
import type { HeadingLevel } from '../shared/sub-heading.ts';
import { useMounted, WidgetPlaceholder } from '../shared/WidgetPlaceholder.tsx';
import { useWidgetState } from '../shared/use-widget-state.ts';
import type { SwotStrings } from './strings.ts';
import { SwotBoardView } from './SwotBoardView.tsx';
import { SwotQuadrant } from './SwotQuadrant.tsx';
import { SwotTows } from './SwotTows.tsx';

interface Props {
  lang: Lang;
  instance: string;
  /** 2 on a tool page, 3 in a lesson section: the level of the widget's title. */
  headingLevel?: HeadingLevel;
  /** Worked example to offer first: "hotel" or "fastfood". */
  preset?: string;
  t: SwotStrings;
}

export default function SwotIsland(props: Props) {
  const { t } = props;
  if (!useMounted()) return <WidgetPlaceholder kind="swot" title={t.title} intro={t.intro} note={t.noScript} />;
  return <SwotBuilder {...props} />;
}

function SwotBuilder({ lang, instance, preset, headingLevel, t }: Props) {
  const [state, update] = useWidgetState('swot', instance, 1, emptySwot, validateSwot);
  const exampleIds = Object.keys(t.examples) as (keyof SwotStrings['examples'])[];
  const [example, setExample] = useState(exampleIds.find((id) => id === preset) ?? exampleIds[0]);
  const [comparing, setComparing] = useState(false);
  const [message, setMessage] = useState('');
  const uid = `swot-${instance}`;
  const labels = { title: t.title, quadrants: t.quadrants, tows: t.kinds, strategiesTitle: t.strategiesTitle, empty: t.empty };
  const load = () => {
    if (!isEmptySwot(state) && !confirm(t.loadConfirm)) return;
    update(() => fromExample(t.examples[example]));
    setMessage(t.loaded);
  };
  return (
    <WidgetFrame lang={lang} kind="swot" headingLevel={headingLevel} title={t.title} intro={t.intro} markdown={() => swotMarkdown(state, labels)} onReset={() => update(emptySwot)}>
      <div class="swot-grid">
        {QUADRANTS.map((q) => (
          <SwotQuadrant key={q} q={q} state={state} update={update} t={t} uid={uid} announce={setMessage} level={headingLevel} />
        ))}
      </div>
      <SwotTows state={state} update={update} t={t} uid={uid} announce={setMessage} level={headingLevel} />
      <div class="swot-examples">
        <div>
          <label class="field-label" for={`${uid}-example`}>{t.examplesLabel}</label>
          <select id={`${uid}-example`} value={example} onChange={(e) => setExample(e.currentTarget.value as typeof example)}>
            {exampleIds.map((id) => (
              <option key={id} value={id}>{t.examples[id].name}</option>
            ))}
          </select>
        </div>
        <button type="button" class="button" aria-pressed={comparing} aria-controls={`${uid}-compare`} onClick={() => setComparing(!comparing)}>
          {t.compare}
        </button>
        <button type="button" class="button" onClick={load}>{t.load}</button>
      </div>
      <div id={`${uid}-compare`}>
        {comparing && <SwotBoardView uid={`${uid}-ex`} title={fill(t.exampleTitle, { name: t.examples[example].name })} state={fromExample(t.examples[example])} t={t} level={headingLevel} />}
      </div>
      <p class="visually-hidden" role="status">{message}</p>
    </WidgetFrame>
  );
}
