/**
 * Satisfaction–loyalty plot island: customers on the plane (drag or sliders), the market toggle
 * that swaps the curve, what each kind of customer means and what to do, all saved per instance.
 */
import '../shared/saved-widget.css';
import './satisfaction-loyalty.css';
import { useState } from 'preact/hooks';
import type { Lang } from '../../../lib/langs.ts';
import { fillTemplate } from '../../../lib/fill-template.ts';
import {
  addCustomer, atRiskIfCompetition, countByType, customerType, loadPreset, loyaltyThreshold, MARKETS, MAX_CUSTOMERS, merelySatisfied, moveCustomer, PRESET_IDS,
  PRESETS, removeCustomer, renameCustomer, satLoyMarkdown, setMarket, TYPES, validateSatLoy, type Customer,
} from '../../../lib/satisfaction-loyalty.ts';
import { WidgetFrame } from '../shared/WidgetFrame.tsx';
import { WidgetPending } from '../shared/WidgetPending.tsx';
import { useMounted, useSavedWidget } from '../shared/use-saved-widget.ts';
import { CustomerRow } from './CustomerRow.tsx';
import { SatLoyPlot } from './SatLoyPlot.tsx';
import type { SatisfactionLoyaltyStrings } from './strings.ts';

const KIND = 'satisfaction-loyalty';

interface Props {
  lang: Lang;
  instance: string;
  /** A preset id ("everyday", "airlineBefore", "airlineAfter") to start this instance from. */
  preset?: string;
  /** 2 on a tool page, 3 in a lesson section: the level of the widget's title. */
  headingLevel?: 2 | 3;
  t: SatisfactionLoyaltyStrings;
}

export default function SatisfactionLoyaltyIsland(props: Props) {
  const { t } = props;
  if (!useMounted()) return <WidgetPending kind={KIND} title={t.title} intro={t.intro} noScript={t.noScript} />;
  return <SatisfactionLoyalty {...props} />;
}

function SatisfactionLoyalty({ lang, instance, preset, headingLevel = 3, t }: Props) {
  const defaults = () => loadPreset(preset && preset in PRESETS ? preset : 'everyday');
  const [state, update] = useSavedWidget(KIND, instance, 1, defaults, validateSatLoy);
  const [selectedId, setSelected] = useState<string | undefined>();
  const [choice, setChoice] = useState(PRESET_IDS[0]);
  const [message, setMessage] = useState('');
  const uid = `sl-${instance}`;
  const Sub = `h${headingLevel + 1}` as 'h3';
  const Item = `h${headingLevel + 2}` as 'h4';
  const { market, customers } = state;
  const selected = customers.some((c) => c.id === selectedId) ? selectedId : customers[0]?.id;
  const nameOf = (c: Customer, i: number) => c.name.trim() || (c.ref ? t.customers[c.ref as keyof typeof t.customers] : '') || fillTemplate(t.customerN, { n: i + 1 });
  const nameById = (id: string) => nameOf(customers.find((c) => c.id === id)!, customers.findIndex((c) => c.id === id));
  const counts = countByType(customers);
  const summary = fillTemplate(t.plotSummary, { n: customers.length, ...counts });
  // The warning that fits the market: hostages where rivals are missing, the merely satisfied where they abound.
  const flagged = market === 'noncompetitive' ? atRiskIfCompetition(customers) : merelySatisfied(customers);
  const top = loyaltyThreshold('competitive');
  const selectedType = customers.find((c) => c.id === selected);

  const move = (id: string, to: { satisfaction?: number; loyalty?: number }) => {
    const before = customers.find((c) => c.id === id);
    update((s) => moveCustomer(s, id, to));
    const after = moveCustomer(state, id, to).customers.find((c) => c.id === id);
    if (before && after) {
      const type = customerType(after.satisfaction, after.loyalty);
      if (type !== customerType(before.satisfaction, before.loyalty)) setMessage(fillTemplate(t.typeChanged, { name: nameById(id), type: t.types[type].plural }));
    }
  };
  const add = () => {
    const next = addCustomer(state);
    if (next === state) return setMessage(fillTemplate(t.full, { max: MAX_CUSTOMERS }));
    const c = next.customers[next.customers.length - 1];
    update(() => next);
    setSelected(c.id);
    setMessage(fillTemplate(t.added, { name: nameOf(c, next.customers.length - 1) }));
  };
  const load = () => {
    if (customers.length && !confirm(t.loadConfirm)) return;
    update(() => loadPreset(choice));
    setSelected(undefined);
    setMessage(fillTemplate(t.loaded, { name: t.presets[choice as keyof typeof t.presets] }));
  };
  const labels = { title: t.title, marketLabel: t.marketLegend, markets: t.markets, customer: t.md.customer, satisfaction: t.satisfaction, loyalty: t.loyalty, type: t.md.type, curveType: t.md.curveType, types: t.types, colon: t.colon, nameOf };

  return (
    <WidgetFrame
      lang={lang}
      kind={KIND}
      headingLevel={headingLevel}
      title={t.title}
      intro={t.intro}
      markdown={() => satLoyMarkdown(state, labels)}
      onReset={() => {
        update(defaults);
        setSelected(undefined);
        setMessage('');
      }}
      tools={
        <span class="preset-picker">
          <label for={`${uid}-preset`}>{t.presetsLabel}</label>
          <select id={`${uid}-preset`} value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
            {PRESET_IDS.map((id) => (
              <option key={id} value={id}>{t.presets[id as keyof typeof t.presets]}</option>
            ))}
          </select>
          <button type="button" class="button" onClick={load}>{t.load}</button>
        </span>
      }
    >
      <fieldset class="sl-market">
        <legend>{t.marketLegend}</legend>
        {MARKETS.map((m) => (
          <label key={m} class="sl-choice">
            <input type="radio" name={`${uid}-market`} value={m} checked={market === m} onChange={() => update((s) => setMarket(s, m))} />
            <span>{t.markets[m]}</span>
          </label>
        ))}
      </fieldset>
      <p class="sl-market-help" data-market-help={market}>{fillTemplate(t.marketHelp[market], { s: loyaltyThreshold(market) })}</p>
      <div class="sl-layout">
        <div class="sl-figure">
          <SatLoyPlot t={t} market={market} customers={customers} selected={selected} summary={summary} onSelect={setSelected} onMove={move} />
          <ul class="sl-legend">
            <li class="sl-legend--active">{t.curveLegend.solid}</li>
            <li class="sl-legend--other">{t.curveLegend.dashed}</li>
          </ul>
          <p class="sl-hint">{t.dragHint}</p>
        </div>
        <section class="sl-customers" aria-labelledby={`${uid}-customers`}>
          <Sub id={`${uid}-customers`}>{t.customersHeading}</Sub>
          {customers.length === 0 && <p>{t.none}</p>}
          <ol class="sl-rows">
            {customers.map((c, i) => (
              <CustomerRow
                key={c.id}
                t={t}
                uid={uid}
                index={i}
                customer={c}
                displayName={nameOf(c, i)}
                market={market}
                selected={c.id === selected}
                flag={flagged.includes(c) ? fillTemplate(t.flagNote[market], { s: top }) : ''}
                onSelect={() => setSelected(c.id)}
                onMove={(to) => move(c.id, to)}
                onRename={(name) => update((s) => renameCustomer(s, c.id, name))}
                onRemove={() => {
                  update((s) => removeCustomer(s, c.id));
                  setMessage(fillTemplate(t.removed, { name: nameOf(c, i) }));
                }}
              />
            ))}
          </ol>
          <button type="button" class="button" onClick={add} disabled={customers.length >= MAX_CUSTOMERS}>{t.add}</button>
          {customers.length > 0 && (
            <p class="sl-flag-summary" data-flagged={flagged.length}>
              {flagged.length
                ? fillTemplate(t.flagSummary[market], { n: flagged.length, s: top, names: flagged.map((c) => nameOf(c, customers.indexOf(c))).join(lang === 'zh' ? '、' : '; ') })
                : fillTemplate(t.flagNone[market], { s: top })}
            </p>
          )}
        </section>
      </div>
      <section class="sl-types" aria-labelledby={`${uid}-types`}>
        <Sub id={`${uid}-types`}>{t.typesHeading}</Sub>
        <ul class="sl-type-cards">
          {TYPES.map((type) => (
            <li key={type} class={`sl-type-card sl-type-card--${type}${selectedType && customerType(selectedType.satisfaction, selectedType.loyalty) === type ? ' is-current' : ''}`} data-type-card={type}>
              <Item>
                {t.types[type].name} <span class="sl-other" lang={t.otherLang}>{t.types[type].other}</span>
              </Item>
              <p class="sl-position">{t.types[type].position} · {fillTemplate(t.count, { n: counts[type] })}</p>
              <p>{t.types[type].meaning}</p>
              <p class="sl-action">{t.types[type].action}</p>
            </li>
          ))}
        </ul>
      </section>
      <p class="visually-hidden" role="status">{message}</p>
    </WidgetFrame>
  );
}
