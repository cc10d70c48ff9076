/** CLV calculator island: two customers side by side, optional margin and discount, a chart. */
import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import { CLV_EXAMPLES, CLV_LIMITS, cumulative, defaultClvState, optionsOf, validateClvState, yearlyValue, type ClvState, type Customer } from '../../../lib/clv.ts';
import { widgetStore } from '../../../stores/widgets.ts';
import { ClientOnly, type WidgetProps } from '../shared/ClientOnly.tsx';
import { WidgetFrame } from '../shared/WidgetFrame.tsx';
import { ClvChart } from './ClvChart.tsx';
import { strings } from './strings.ts';
import './clv.css';

export default function Clv(props: WidgetProps) {
  return <ClientOnly lang={props.lang} kind="clv" title={strings[props.lang].title}>{() => <Calculator {...props} />}</ClientOnly>;
}

const FIELDS = ['spend', 'visits', 'years'] as const;

function Calculator({ lang, instance, preset, headingLevel }: WidgetProps) {
  const s = strings[lang];
  const defaults = () => defaultClvState(preset);
  const store = useMemo(() => widgetStore<ClvState>('clv', instance, 1, defaults, validateClvState), [instance]);
  const st = useStore(store);
  const opts = optionsOf(st);
  const series = { a: cumulative(st.a, opts), b: cumulative(st.b, opts) };
  const value = { a: series.a.at(-1)!, b: series.b.at(-1)! };
  const locale = lang === 'zh' ? 'zh-CN' : 'en';
  const money = (n: number) => n.toLocaleString(locale, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 });
  const set = (patch: Partial<ClvState>) => store.set({ ...store.get(), ...patch });
  const setCustomer = (who: 'a' | 'b', key: keyof Customer, raw: string) => {
    const n = Number(raw);
    const [lo, hi] = CLV_LIMITS[key];
    // Half-typed or out-of-range numbers are not saved; the field keeps what the reader typed.
    if (raw.trim() === '' || !Number.isFinite(n) || n < lo || n > hi) return;
    const now = store.get();
    set({ [who]: { ...now[who], [key]: key === 'years' ? Math.round(n) : n } });
  };
  const ratio = value.b > 0 ? s.ratio.replace('{n}', (value.a / value.b).toLocaleString(locale, { maximumFractionDigits: 1 })) : s.ratioNone;
  const who = [['a', s.customerA], ['b', s.customerB]] as const;

  const markdown = () =>
    [
      `## ${s.title}`,
      '',
      `| | ${s.spend} | ${s.visits} | ${s.years} | ${s.perYear} | ${s.lifetime} |`,
      '| --- | --- | --- | --- | --- | --- |',
      ...who.map(([k, label]) => `| ${label} | ${st[k].spend} | ${st[k].visits} | ${st[k].years} | ${money(yearlyValue(st[k], opts))} | ${money(value[k])} |`),
      '',
      `- ${s.margin}: ${st.useMargin ? st.margin : s.none}`,
      `- ${s.discount}: ${st.useDiscount ? st.discount : s.none}`,
      `- ${ratio}`,
      '',
    ].join('\n');

  return (
    <WidgetFrame lang={lang} kind="clv" headingLevel={headingLevel} title={s.title} intro={s.intro} markdown={markdown} onReset={() => store.set(defaults())}>
      <div class="w-row" role="group" aria-label={s.examples}>
        <span>{s.examples}:</span>
        {Object.keys(CLV_EXAMPLES).map((key) => (
          <button key={key} type="button" class="button" onClick={() => set({ a: { ...CLV_EXAMPLES[key].a }, b: { ...CLV_EXAMPLES[key].b } })}>
            {s[key as 'cafe' | 'supermarket']}
          </button>
        ))}
      </div>
      <div class="clv-customers">
        {who.map(([k, label]) => (
          <fieldset key={k} class={`clv-customer clv-customer--${k}`} data-customer={k}>
            <legend>{label}</legend>
            {FIELDS.map((f) => (
              <label key={f} class="w-field">
                <span>{s[f]}</span>
                <input type="number" inputMode="decimal" min={CLV_LIMITS[f][0]} max={CLV_LIMITS[f][1]} step={f === 'spend' ? 'any' : 1} value={st[k][f]} data-field={f} onInput={(e) => setCustomer(k, f, (e.currentTarget as HTMLInputElement).value)} />
              </label>
            ))}
            <dl class="clv-result">
              <div>
                <dt>{s.perYear}</dt>
                <dd data-result="year">{money(yearlyValue(st[k], opts))}</dd>
              </div>
              <div>
                <dt>{s.lifetime}</dt>
                <dd data-result="lifetime">{money(value[k])}</dd>
              </div>
            </dl>
          </fieldset>
        ))}
      </div>
      <p class="clv-ratio" aria-live="polite">{ratio}</p>
      <div class="clv-options">
        <label class="w-check">
          <input type="checkbox" checked={st.useMargin} data-option="margin" onChange={(e) => set({ useMargin: (e.currentTarget as HTMLInputElement).checked })} />
          <span>{s.useMargin}</span>
        </label>
        {st.useMargin && (
          <label class="w-field">
            <span>{s.margin}: <strong>{st.margin}</strong></span>
            <input type="range" min={0} max={100} step={1} value={st.margin} data-setting="margin" onInput={(e) => set({ margin: Number((e.currentTarget as HTMLInputElement).value) })} />
          </label>
        )}
        <label class="w-check">
          <input type="checkbox" checked={st.useDiscount} data-option="discount" onChange={(e) => set({ useDiscount: (e.currentTarget as HTMLInputElement).checked })} />
          <span>{s.useDiscount}</span>
        </label>
        {st.useDiscount && (
          <label class="w-field">
            <span>{s.discount}: <strong>{st.discount}</strong></span>
            <input type="range" min={0} max={50} step={0.5} value={st.discount} data-setting="discount" onInput={(e) => set({ discount: Number((e.currentTarget as HTMLInputElement).value) })} />
          </label>
        )}
      </div>
      {st.useDiscount && <p class="widget-note">{s.discountNote}</p>}
      <ClvChart
        a={series.a}
        b={series.b}
        id={`clv-${instance}`}
        title={s.chartTitle}
        summary={s.chartSummary.replace('{a}', money(value.a)).replace('{b}', money(value.b))}
        labels={[s.customerA, s.customerB]}
        yearAxis={s.yearAxis}
        valueAxis={s.valueAxis}
        format={(n) => n.toLocaleString(locale, { notation: 'compact', maximumFractionDigits: 1 })}
      />
    </WidgetFrame>
  );
}
