/** Queue simulator island: a seeded day at the counter, the Erlang C figures, and the felt wait. */
import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import { erlangC, simulate } from '../../../lib/queue.ts';
import { defaultQueueState, EXAMPLES, LIMITS, queueMarkdown, validateQueueState, type QueueState } from '../../../lib/queue-widget.ts';
import { feltWait, PRINCIPLES } from '../../../lib/waiting-perception.ts';
import { widgetStore } from '../../../stores/widgets.ts';
import { ClientOnly, type WidgetProps } from '../shared/ClientOnly.tsx';
import { WidgetFrame } from '../shared/WidgetFrame.tsx';
import { QueueChart } from './QueueChart.tsx';
import { strings } from './strings.ts';
import './queue.css';

export default function Queue(props: WidgetProps) {
  return <ClientOnly lang={props.lang} kind="queue" title={strings[props.lang].title}>{() => <Simulator {...props} />}</ClientOnly>;
}

const SETTINGS = [
  ['arrivalsPerHour', 'arrivals'],
  ['servers', 'servers'],
  ['serviceMinutes', 'service'],
  ['hours', 'hours'],
] as const;

function Simulator({ lang, instance, preset, headingLevel }: WidgetProps) {
  const s = strings[lang];
  const defaults = () => defaultQueueState(preset);
  const store = useMemo(() => widgetStore<QueueState>('queue', instance, 1, defaults, validateQueueState), [instance]);
  const st = useStore(store);
  const sim = useMemo(() => simulate(st, `${instance}:${st.day}`), [st.arrivalsPerHour, st.servers, st.serviceMinutes, st.hours, st.day]);
  const theory = erlangC(st);
  const locale = lang === 'zh' ? 'zh-CN' : 'en';
  const num = (n: number, digits = 1) => n.toLocaleString(locale, { maximumFractionDigits: digits });
  const pct = (n: number) => n.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 0 });
  const min = (n: number) => s.minutes.replace('{n}', num(n));
  const fill = (text: string, v: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k) => String(v[k]));
  const set = (patch: Partial<QueueState>) => store.set({ ...store.get(), ...patch });
  const felt = feltWait(sim.avgWait, st.applied);
  const theoryText = theory ? fill(s.theory, { wq: min(theory.wq), p: pct(theory.pWait), rho: pct(theory.rho) }) : s.unstable;
  const summary = fill(s.chartSummary, { max: sim.maxQueue, avg: num(sim.avgQueue), hours: st.hours, end: num(sim.span / 60) });

  const figures: [string, string][] = [
    [s.customers, String(sim.customers)],
    [s.avgWait, min(sim.avgWait)],
    [s.maxWait, min(sim.maxWait)],
    [s.waited, pct(sim.waitedShare)],
    [s.avgQueue, num(sim.avgQueue)],
    [s.utilisation, pct(sim.utilisation)],
  ];
  const markdown = () =>
    queueMarkdown({
      title: `${s.title} · ${fill(s.day, { n: st.day })}`,
      lines: [
        `${s.settings}: ${SETTINGS.map(([key, label]) => `${s[label]} ${num(st[key])}`).join(', ')}`,
        ...figures.map(([k, v]) => `${k}: ${v}`),
        theoryText,
        `${s.felt}: ${min(felt)} (${s.actual}: ${min(sim.avgWait)})`,
        `${s.applied}: ${st.applied.map((id) => s[id as (typeof PRINCIPLES)[number]['id']]).join('; ') || s.none}`,
      ],
    });

  return (
    <WidgetFrame lang={lang} kind="queue" headingLevel={headingLevel} title={s.title} intro={s.intro} markdown={markdown} onReset={() => store.set(defaults())}>
      <div class="w-row" role="group" aria-label={s.examples}>
        <span>{s.examples}:</span>
        {Object.keys(EXAMPLES).map((key) => (
          <button key={key} type="button" class="button" onClick={() => set({ ...EXAMPLES[key], day: 1 })}>
            {s[key as 'bank' | 'canteen' | 'clinic']}
          </button>
        ))}
      </div>
      <div class="q-settings">
        {SETTINGS.map(([key, label]) => {
          const [lo, hi, step] = LIMITS[key];
          return (
            <label key={key} class="w-field q-slider">
              <span>
                {s[label]}: <strong>{num(st[key])}</strong>
              </span>
              <input type="range" min={lo} max={hi} step={step} value={st[key]} data-setting={key} onInput={(e) => set({ [key]: Number((e.currentTarget as HTMLInputElement).value) })} />
            </label>
          );
        })}
      </div>
      <div class="w-row">
        <button type="button" class="button" onClick={() => set({ day: st.day + 1 })}>{s.anotherDay}</button>
        <span class="q-day">{fill(s.day, { n: st.day })}</span>
      </div>
      <dl class="w-figures q-figures">
        {figures.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <p class="q-theory">
        {theoryText} {theory && s.oneDay}
      </p>
      <QueueChart sim={sim} hours={st.hours} id={`q-${instance}`} title={s.chartTitle} summary={summary} timeAxis={s.timeAxis} queueAxis={s.queueAxis} closing={s.closing} />
      <fieldset class="q-felt">
        <legend>{s.feltTitle}</legend>
        <p>{s.feltIntro}</p>
        {PRINCIPLES.map(({ id }) => (
          <label key={id} class="w-check">
            <input
              type="checkbox"
              checked={st.applied.includes(id)}
              data-principle={id}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                const now = store.get().applied.filter((x) => x !== id);
                set({ applied: on ? [...now, id] : now });
              }}
            />
            <span>
              {s[id]}
              <small>{s[`${id}Why`]}</small>
            </span>
          </label>
        ))}
        <div class="q-bars" aria-live="polite">
          {[
            [s.actual, sim.avgWait, 'q-bar--actual'],
            [s.felt, felt, 'q-bar--felt'],
          ].map(([label, value, cls]) => (
            <div key={cls} class="q-bar-row">
              <span>{label}</span>
              <span class={`q-bar ${cls}`} style={{ width: `${felt > 0 ? (70 * (value as number)) / felt : 0}%` }} />
              <strong>{min(value as number)}</strong>
            </div>
          ))}
        </div>
        <p class="widget-note">{s.feltNote}</p>
      </fieldset>
    </WidgetFrame>
  );
}
