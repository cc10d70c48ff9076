/**
 * Service productivity island: three sliders (internal efficiency, external efficiency, capacity
 * utilisation), typical moves to try, and an explanation of which lever moved the result.
 */
import '../shared/strategy-widgets.css';
import './productivity.css';
import { useState } from 'preact/hooks';
import type { Lang } from '../../../lib/langs.ts';
import {
  applyScenario, compare, emptyProductivity, explainProductivity, keepAsBaseline, LEVERS, MAX_LEVEL, MIN_LEVEL, productivityMarkdown, SCENARIO_IDS, SCENARIOS,
  setLever, signed, validateProductivity, type ScenarioId,
} from '../../../lib/productivity.ts';
import { fill, joinList } from '../../../lib/widget-text.ts';
import { WidgetFrame } from '../shared/WidgetFrame.tsx';
import { subHeading, type HeadingLevel } from '../shared/sub-heading.ts';
import { useMounted, WidgetPlaceholder } from '../shared/WidgetPlaceholder.tsx';
import { useWidgetState } from '../shared/use-widget-state.ts';
import type { ProductivityStrings } from './strings.ts';

interface Props {
  lang: Lang;
  instance: string;
  /** 2 on a tool page, 3 in a lesson section: the level of the widget's title. */
  headingLevel?: HeadingLevel;
  preset?: string;
  t: ProductivityStrings;
}

export default function ProductivityIsland(props: Props) {
  const { t } = props;
  if (!useMounted()) return <WidgetPlaceholder kind="productivity" title={t.title} intro={t.intro} note={t.noScript} />;
  return <ProductivityCalculator {...props} />;
}

function ProductivityCalculator({ lang, instance, headingLevel, t }: Props) {
  const [state, update] = useWidgetState('productivity', instance, 1, emptyProductivity, validateProductivity);
  const [message, setMessage] = useState('');
  const uid = `prod-${instance}`;
  const Sub = subHeading(headingLevel);
  const c = compare(state.baseline, state.current);
  const lines = explainProductivity(c, t, lang);
  const scenario = SCENARIO_IDS.find((id) => id === state.scenario);
  return (
    <WidgetFrame lang={lang} kind="productivity" headingLevel={headingLevel} title={t.title} intro={t.intro} markdown={() => productivityMarkdown(state, t, lang)} onReset={() => update(emptyProductivity)}>
      <p class="prod-formula">{t.formula}</p>
      <div class="prod-layout">
        <div class="prod-levers">
          {c.changes.map((ch) => (
            <div key={ch.lever} class="prod-lever" data-lever={ch.lever}>
              <label class="field-label" for={`${uid}-${ch.lever}`}>
                {t.names[ch.lever]} <span class="prod-aka">({t.aka[ch.lever]})</span>
              </label>
              <p class="field-help" id={`${uid}-${ch.lever}-help`}>{t.help[ch.lever]}</p>
              <div class="prod-slider">
                <input
                  type="range"
                  id={`${uid}-${ch.lever}`}
                  min={MIN_LEVEL}
                  max={MAX_LEVEL}
                  step={1}
                  value={ch.to}
                  aria-describedby={`${uid}-${ch.lever}-help`}
                  aria-valuetext={`${ch.to}%`}
                  onInput={(e) => update((s) => setLever(s, ch.lever, Number(e.currentTarget.value)))}
                />
                <output for={`${uid}-${ch.lever}`} class="prod-value">{ch.to}%</output>
              </div>
              <p class="prod-base">
                {fill(t.baselineValue, { n: ch.from })}
                {ch.percent !== 0 && <span class={ch.percent > 0 ? 'prod-up' : 'prod-down'}> · {signed(ch.percent)}</span>}
              </p>
            </div>
          ))}
        </div>
        <section class="prod-result" aria-labelledby={`${uid}-index-h`}>
          <Sub id={`${uid}-index-h`}>{t.indexLabel}</Sub>
          <p class="prod-index">
            <span data-index>{c.after}</span> <span class="prod-of">{t.indexOf}</span>
          </p>
          <p class="prod-product">{fill(t.product, { internal: state.current.internal, external: state.current.external, capacity: state.current.capacity })}</p>
          <div role="status" aria-live="polite" aria-atomic="true" class="prod-explain">
            {lines.map((l) => <p key={l} class={l === t.trap ? 'callout callout--warn' : undefined}>{l}</p>)}
          </div>
        </section>
      </div>
      <fieldset class="prod-scenarios">
        <legend class="field-label">{t.scenariosLabel}</legend>
        <div class="prod-scenario-list">
          {SCENARIO_IDS.map((id: ScenarioId) => (
            <button key={id} type="button" class="button" aria-pressed={scenario === id} onClick={() => update((s) => applyScenario(s, id))}>
              {t.scenarios[id].name}
            </button>
          ))}
        </div>
        {scenario && (
          <p class="prod-note">
            {t.scenarios[scenario].note} {fill(t.scenarioMoves, { list: joinList(LEVERS.filter((l) => SCENARIOS[scenario][l] !== 0).map((l) => `${t.names[l]} ${SCENARIOS[scenario][l] > 0 ? '+' : '−'}${Math.abs(SCENARIOS[scenario][l])}`), lang) })}
          </p>
        )}
        <button
          type="button"
          class="button"
          onClick={() => {
            update(keepAsBaseline);
            setMessage(t.kept);
          }}
        >
          {t.keep}
        </button>
      </fieldset>
      <p class="visually-hidden" role="status">{message}</p>
    </WidgetFrame>
  );
}
