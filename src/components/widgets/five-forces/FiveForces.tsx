/**
 * Five forces rater island: a card per force (rating 1–5 and evidence), a radar chart, and a
 * reading of the industry's attractiveness that says which forces drive it.
 */
import '../shared/strategy-widgets.css';
import './five-forces.css';
import { useState } from 'preact/hooks';
import type { Lang } from '../../../lib/langs.ts';
import {
  emptyForces, explainForces, FORCES, forcesMarkdown, isForcesPreset, presetForces, readForces, validateForces, type ForcesPresetId,
} from '../../../lib/five-forces.ts';
import { fill } from '../../../lib/widget-text.ts';
import { WidgetFrame } from '../shared/WidgetFrame.tsx';
import { subHeading, type HeadingLevel } from '../shared/sub-heading.ts';
import { useMounted, WidgetPlaceholder } from '../shared/WidgetPlaceholder.tsx';
import { useWidgetState } from '../shared/use-widget-state.ts';
import { ForceRater } from './ForceRater.tsx';
import { ForcesRadar } from './ForcesRadar.tsx';
import type { FiveForcesStrings } from './strings.ts';

interface Props {
  lang: Lang;
  instance: string;
  /** 2 on a tool page, 3 in a lesson section: the level of the widget's title. */
  headingLevel?: HeadingLevel;
  /** Start this instance from a worked example: "airline", "hotel" or "delivery". */
  preset?: string;
  t: FiveForcesStrings;
}

export default function FiveForcesIsland(props: Props) {
  const { t } = props;
  if (!useMounted()) return <WidgetPlaceholder kind="five-forces" title={t.title} intro={t.intro} note={t.noScript} />;
  return <FiveForces {...props} />;
}

function FiveForces({ lang, instance, preset, headingLevel, t }: Props) {
  const start = isForcesPreset(preset) ? preset : undefined;
  const defaults = () => (start ? presetForces(start, t.presets[start].evidence) : emptyForces());
  const [state, update] = useWidgetState('five-forces', instance, 1, defaults, validateForces);
  const [choice, setChoice] = useState<ForcesPresetId>(start ?? 'airline');
  const [message, setMessage] = useState('');
  const uid = `ff-${instance}`;
  const Sub = subHeading(headingLevel);
  const reading = readForces(state.ratings);
  const explanation = explainForces(state, t, lang);
  const load = () => {
    if (reading.rated > 0 && !confirm(t.loadConfirm)) return;
    update(() => presetForces(choice, t.presets[choice].evidence));
    setMessage(t.loaded);
  };
  const tools = (
    <>
      <label class="visually-hidden" for={`${uid}-preset`}>{t.presetLabel}</label>
      <select id={`${uid}-preset`} class="ff-preset" value={choice} onChange={(e) => setChoice(e.currentTarget.value as ForcesPresetId)}>
        {(Object.keys(t.presets) as ForcesPresetId[]).map((id) => <option key={id} value={id}>{fill(t.presetOption, { name: t.presets[id].name })}</option>)}
      </select>
      <button type="button" class="button" onClick={load}>{t.load}</button>
    </>
  );
  return (
    <WidgetFrame lang={lang} kind="five-forces" headingLevel={headingLevel} title={t.title} intro={t.intro} tools={tools} markdown={() => forcesMarkdown(state, t, lang)} onReset={() => update(emptyForces)}>
      <div class="ff-layout">
        <div class="ff-forces">
          {FORCES.map((f) => (
            <ForceRater key={f} force={f} state={state} update={update} t={t} uid={uid} />
          ))}
        </div>
        <div class="ff-result">
          <ForcesRadar ratings={state.ratings} t={t} uid={uid} />
          <section class="ff-reading" aria-labelledby={`${uid}-reading`} data-level={reading.level ?? 'none'}>
            <Sub id={`${uid}-reading`}>{t.readingTitle}</Sub>
            {explanation.heading && <p class="ff-verdict">{explanation.heading}</p>}
            <div role="status" aria-live="polite" aria-atomic="true">
              {explanation.lines.map((line) => <p key={line}>{line}</p>)}
            </div>
            {explanation.strong.length > 0 && (
              <>
                <p>{t.strongIntro}</p>
                <ul>{explanation.strong.map((s) => <li key={s}>{s}</li>)}</ul>
              </>
            )}
          </section>
        </div>
      </div>
      <p class="visually-hidden" role="status">{message}</p>
    </WidgetFrame>
  );
}
