/**
 * Cost vs service level island: two sliders (or a pattern to start from) move the firm away from
 * today's position; the chart and text name the pattern, when it applies, and how it relates to
 * today's cost curve.
 */
import '../shared/strategy-widgets.css';
import './cost-service.css';
import type { Lang } from '../../../lib/langs.ts';
import {
  BASE_COST, BASE_SERVICE, classify, COST_RANGE, costServiceMarkdown, curveFit, delta, emptyCostService, isPattern, PATTERN_MOVES, PATTERNS,
  SERVICE_RANGE, validateCostService,
} from '../../../lib/cost-service.ts';
import { fill } from '../../../lib/widget-text.ts';
import { WidgetFrame } from '../shared/WidgetFrame.tsx';
import { subHeading, type HeadingLevel } from '../shared/sub-heading.ts';
import { useMounted, WidgetPlaceholder } from '../shared/WidgetPlaceholder.tsx';
import { useWidgetState } from '../shared/use-widget-state.ts';
import { CostServiceChart } from './CostServiceChart.tsx';
import type { CostServiceStrings } from './strings.ts';

interface Props {
  lang: Lang;
  instance: string;
  /** 2 on a tool page, 3 in a lesson section: the level of the widget's title. */
  headingLevel?: HeadingLevel;
  preset?: string;
  t: CostServiceStrings;
}

export default function CostServiceIsland(props: Props) {
  const { t } = props;
  if (!useMounted()) return <WidgetPlaceholder kind="cost-service" title={t.title} intro={t.intro} note={t.noScript} />;
  return <CostServiceExplorer {...props} />;
}

function CostServiceExplorer({ lang, instance, headingLevel, t }: Props) {
  const [state, update] = useWidgetState('cost-service', instance, 1, emptyCostService, validateCostService);
  const uid = `cs-${instance}`;
  const Sub = subHeading(headingLevel);
  const outcome = classify(state);
  const slider = (key: 'service' | 'cost', label: string, [min, max]: readonly [number, number], suffix: string) => (
    <div class="cs-slider">
      <label class="field-label" for={`${uid}-${key}`}>{label}</label>
      <div class="cs-slider-row">
        <input type="range" id={`${uid}-${key}`} min={min} max={max} step={1} value={state[key]} aria-valuetext={`${state[key]}${suffix}`} onInput={(e) => update((s) => ({ ...s, [key]: Number(e.currentTarget.value) }))} />
        <output for={`${uid}-${key}`}>{state[key]}{suffix}</output>
      </div>
    </div>
  );
  return (
    <WidgetFrame lang={lang} kind="cost-service" headingLevel={headingLevel} title={t.title} intro={t.intro} markdown={() => costServiceMarkdown(state, t)} onReset={() => update(emptyCostService)}>
      <div class="cs-layout">
        <div>
          <CostServiceChart state={state} t={t} uid={uid} />
          {slider('service', t.serviceSlider, SERVICE_RANGE, '%')}
          {slider('cost', t.costSlider, COST_RANGE, '')}
        </div>
        <div>
          <fieldset class="cs-patterns">
            <legend class="field-label">{t.patternsLabel}</legend>
            {PATTERNS.map((p) => (
              <label key={p} class="cs-pattern" data-checked={outcome === p}>
                <input type="radio" name={`${uid}-pattern`} value={p} checked={outcome === p} onChange={() => update(() => ({ ...PATTERN_MOVES[p] }))} />
                {t.patterns[p].name}
              </label>
            ))}
          </fieldset>
          <section class="cs-reading" aria-live="polite" aria-atomic="true" data-outcome={outcome}>
            <p class="cs-move-text">{fill(t.move, { ds: delta(state.service - BASE_SERVICE), dc: delta(state.cost - BASE_COST) })}</p>
            {isPattern(outcome) ? (
              <>
                <Sub>{t.patterns[outcome].name}</Sub>
                <p><strong>{t.whenLabel}</strong> {t.patterns[outcome].when}</p>
                <p><strong>{t.exampleLabel}</strong> {t.patterns[outcome].example}</p>
              </>
            ) : (
              <p class={outcome === 'none' ? undefined : 'callout callout--warn'}>{t.outcomes[outcome]}</p>
            )}
            {outcome !== 'none' && <p class="cs-fit">{t.fit[curveFit(state)]}</p>}
          </section>
        </div>
      </div>
      <p class="callout">{t.balance}</p>
    </WidgetFrame>
  );
}
