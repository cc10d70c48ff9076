/** Satisfaction gauge island: E and P per service moment, S per moment and overall, the snowball. */
import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import {
  caseRatings, defaultGaugeState, feltScores, formatSigned as signed, gains, gaugeMarkdown, overall, score, validateGaugeState, verdict, type GaugeState, type Rating,
} from '../../../lib/satisfaction.ts';
import { widgetStore } from '../../../stores/widgets.ts';
import { ClientOnly, type WidgetProps } from '../shared/ClientOnly.tsx';
import { WidgetFrame } from '../shared/WidgetFrame.tsx';
import { GAUGE_CASES as CASES } from './cases.ts';
import { Gauge } from './Gauge.tsx';
import { strings } from './strings.ts';
import './satisfaction-gauge.css';

export default function SatisfactionGauge(props: WidgetProps) {
  return <ClientOnly lang={props.lang} kind="satisfaction-gauge" title={strings[props.lang].title}>{() => <Meter {...props} />}</ClientOnly>;
}

function Meter({ lang, instance, preset, headingLevel }: WidgetProps) {
  const s = strings[lang];
  const defaults = () => defaultGaugeState(CASES, preset);
  const store = useMemo(() => widgetStore<GaugeState>('satisfaction-gauge', instance, 1, defaults, (raw) => validateGaugeState(raw, CASES)), [instance]);
  const st = useStore(store);
  const current = CASES.find((c) => c.id === st.caseId) ?? CASES[0];
  const ratings = st.ratings[current.id] ?? caseRatings(current);
  const felt = feltScores(ratings, true);
  const total = overall(ratings, st.snowball);
  const g = gains(ratings, st.snowball);
  const best = g.indexOf(Math.max(...g));
  const verdicts = { below: s.below, met: s.met, above: s.above };
  const fill = (text: string, v: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k) => String(v[k]));

  const rate = (i: number, key: keyof Rating, value: number) => {
    const now = store.get();
    const list = [...(now.ratings[current.id] ?? caseRatings(current))];
    list[i] = { ...list[i], [key]: value };
    store.set({ ...now, ratings: { ...now.ratings, [current.id]: list } });
  };
  const markdown = () =>
    gaugeMarkdown(current, ratings, st.snowball, lang, { title: s.title, moment: s.moment, felt: s.feltHead, overall: s.overall, plain: s.plain, best: s.best, verdicts });

  return (
    <WidgetFrame lang={lang} kind="satisfaction-gauge" headingLevel={headingLevel} title={s.title} intro={s.intro} markdown={markdown} onReset={() => store.set(defaults())}>
      <div class="w-row">
        <label class="w-field">
          <span>{s.caseLabel}</span>
          <select value={current.id} onChange={(e) => store.set({ ...store.get(), caseId: (e.currentTarget as HTMLSelectElement).value })}>
            {CASES.map((c) => <option key={c.id} value={c.id}>{c.title[lang]}</option>)}
          </select>
        </label>
      </div>
      <div class="ssg-layout">
        <ol class="ssg-moments">
          {current.moments.map((m, i) => {
            const sc = score(ratings[i]);
            return (
              <li key={`${current.id}-${i}`} class="ssg-moment" data-moment={i}>
                <fieldset>
                  <legend>{m.label[lang]}</legend>
                  {(['e', 'p'] as const).map((key) => (
                    <label key={key} class="w-field">
                      <span>
                        {key === 'e' ? s.expectation : s.perception}: <strong>{ratings[i][key]}</strong>
                      </span>
                      <input type="range" min={0} max={10} step={1} value={ratings[i][key]} data-rating={key} onInput={(e) => rate(i, key, Number((e.currentTarget as HTMLInputElement).value))} />
                    </label>
                  ))}
                  <p class={`ssg-score ssg-${verdict(sc)}`}>
                    <span class="ssg-bar" aria-hidden="true">
                      <span style={{ left: sc < 0 ? `${50 + sc * 5}%` : '50%', width: `${Math.abs(sc) * 5}%` }} />
                    </span>
                    <strong>{fill(s.s, { p: ratings[i].p, e: ratings[i].e, s: signed(sc) })}</strong>
                  </p>
                  {st.snowball && i > 0 && <p class="ssg-felt">{fill(s.feltS, { s: signed(felt[i]) })}</p>}
                  <p class="ssg-gain">{fill(s.gain, { g: signed(g[i]) })}</p>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <div class="ssg-overall" aria-live="polite">
          <p class="ssg-overall-title">{s.overall}</p>
          <Gauge value={total} label={fill(s.gaugeLabel, { s: signed(total), verdict: verdicts[verdict(total)] })} low={s.low} high={s.high} />
          <p class="ssg-total">
            <strong class={`ssg-${verdict(total)}`}>S = {signed(total)}</strong> · {verdicts[verdict(total)]}
          </p>
          <p class="ssg-plain">{fill(s.plain, { s: signed(overall(ratings, false)) })}</p>
          <p class="ssg-best">{fill(s.best, { moment: current.moments[best].label[lang], g: signed(g[best]) })}</p>
        </div>
      </div>
      <label class="w-check">
        <input type="checkbox" checked={st.snowball} onChange={(e) => store.set({ ...store.get(), snowball: (e.currentTarget as HTMLInputElement).checked })} />
        <span>{s.snowball}</span>
      </label>
      <p class="widget-note">{s.snowballNote}</p>
    </WidgetFrame>
  );
}
