/**
 * One customer's controls: name, satisfaction and loyalty as sliders and as typed scores, the
 * kind of customer they are, and what the market's curve would predict at their satisfaction.
 */
import { customerType, expectedLoyalty, expectedType, SCALE_MAX, type Customer, type Market } from '../../../lib/satisfaction-loyalty.ts';
import { fillTemplate } from '../../../lib/fill-template.ts';
import type { SatisfactionLoyaltyStrings } from './strings.ts';

type Axis = 'satisfaction' | 'loyalty';

interface Props {
  t: SatisfactionLoyaltyStrings;
  uid: string;
  index: number;
  customer: Customer;
  displayName: string;
  market: Market;
  selected: boolean;
  /** A warning for this customer in this market, or empty. */
  flag: string;
  onSelect: () => void;
  onMove: (to: Partial<Record<Axis, number>>) => void;
  onRename: (name: string) => void;
  onRemove: () => void;
}

export function CustomerRow({ t, uid, index, customer: c, displayName, market, selected, flag, onSelect, onMove, onRename, onRemove }: Props) {
  const type = customerType(c.satisfaction, c.loyalty);
  const id = `${uid}-${c.id}`;
  const score = (axis: Axis) => (
    <div class="sl-score">
      <label for={`${id}-${axis}`}>{t[axis]}</label>
      <input
        type="range"
        id={`${id}-${axis}`}
        min={0}
        max={SCALE_MAX}
        step={1}
        value={c[axis]}
        onInput={(e) => onMove({ [axis]: e.currentTarget.valueAsNumber })}
      />
      <input
        type="number"
        class="sl-number"
        inputMode="numeric"
        min={0}
        max={SCALE_MAX}
        step={1}
        aria-label={fillTemplate(t.exact, { label: t[axis] })}
        value={c[axis]}
        onInput={(e) => {
          const v = e.currentTarget.valueAsNumber;
          if (Number.isFinite(v)) onMove({ [axis]: v });
        }}
      />
    </div>
  );
  return (
    <li class={`sl-row${selected ? ' is-selected' : ''}`} data-customer={c.id} data-type={type} onFocusIn={onSelect} onPointerDown={onSelect}>
      <fieldset>
        <legend>
          <span class={`sl-badge sl-badge--${type}`} aria-hidden="true">{index + 1}</span>
          <span class="sl-row-name">{displayName}</span>
          <span class={`sl-type sl-type--${type}`}>{t.types[type].name}</span>
          {selected && <span class="visually-hidden">({t.selected})</span>}
        </legend>
        <div class="sl-name">
          <label for={`${id}-name`}>{t.name}</label>
          <input type="text" id={`${id}-name`} maxLength={60} value={c.name || (c.ref ? t.customers[c.ref as keyof typeof t.customers] : '')} onInput={(e) => onRename(e.currentTarget.value)} />
        </div>
        {score('satisfaction')}
        {score('loyalty')}
        <p class="sl-note">
          {fillTemplate(t.curveNote, { s: c.satisfaction, l: Math.round(expectedLoyalty(market, c.satisfaction)), type: t.types[expectedType(market, c.satisfaction)].name })}
        </p>
        {flag && <p class="sl-note sl-flag">{flag}</p>}
        <button type="button" class="button button--quiet sl-remove" aria-label={fillTemplate(t.removeLabel, { name: displayName })} onClick={onRemove}>
          {t.remove}
        </button>
      </fieldset>
    </li>
  );
}
