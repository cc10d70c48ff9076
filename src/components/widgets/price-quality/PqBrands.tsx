/** The reader's brands: add one with its price and quality, move it with two selects, remove it. */
import { useState } from 'preact/hooks';
import { addBrand, LEVELS, MAX_BRANDS, MAX_NAME, moveBrand, positionOf, removeBrand, type Level, type PriceQualityState } from '../../../lib/price-quality.ts';
import { fill } from '../../../lib/widget-text.ts';
import { useFocusLater } from '../shared/use-focus-later.ts';
import type { PriceQualityStrings } from './strings.ts';
import { subHeading, type HeadingLevel } from '../shared/sub-heading.ts';

interface Props {
  state: PriceQualityState;
  update: (rule: (s: PriceQualityState) => PriceQualityState) => void;
  t: PriceQualityStrings;
  uid: string;
  level?: HeadingLevel;
  announce: (message: string) => void;
}

export function PqBrands({ state, update, t, uid, announce, level }: Props) {
  const Sub = subHeading(level);
  const [draft, setDraft] = useState({ name: '', price: 'medium' as Level, quality: 'medium' as Level });
  const focusLater = useFocusLater();
  const nameId = `${uid}-name`;
  const levelSelect = (id: string, label: string, value: Level, onChange: (l: Level) => void, hidden = false) => (
    <div>
      <label class={hidden ? 'visually-hidden' : 'field-label'} for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as Level)}>
        {LEVELS.map((l) => <option key={l} value={l}>{t.levels[l]}</option>)}
      </select>
    </div>
  );
  const add = (e: Event) => {
    e.preventDefault();
    if (!draft.name.trim() || state.brands.length >= MAX_BRANDS) return;
    update((s) => addBrand(s, draft.name, draft.price, draft.quality));
    const position = t.names[positionOf(draft.price, draft.quality).id as keyof typeof t.names];
    announce(fill(t.added, { name: draft.name.trim(), position }));
    setDraft({ ...draft, name: '' });
  };
  const remove = (id: string, index: number) => {
    const neighbour = state.brands[index + 1] ?? state.brands[index - 1];
    update((s) => removeBrand(s, id));
    focusLater(neighbour ? `${uid}-${neighbour.id}-remove` : nameId);
    announce(t.removed);
  };

  return (
    <section class="pq-brands" aria-labelledby={`${uid}-brands-h`}>
      <Sub id={`${uid}-brands-h`}>{t.brandsTitle}</Sub>
      {state.brands.length ? (
        <ul class="pq-brand-list">
          {state.brands.map((b, i) => (
            <li key={b.id} class="pq-brand">
              <span class="pq-brand-name">{b.name}</span>
              {levelSelect(`${uid}-${b.id}-price`, fill(t.priceOf, { name: b.name }), b.price, (price) => update((s) => moveBrand(s, b.id, { price })), true)}
              {levelSelect(`${uid}-${b.id}-quality`, fill(t.qualityOf, { name: b.name }), b.quality, (quality) => update((s) => moveBrand(s, b.id, { quality })), true)}
              <button type="button" id={`${uid}-${b.id}-remove`} class="icon-button" aria-label={fill(t.removeBrand, { name: b.name })} onClick={() => remove(b.id, i)}>
                <span aria-hidden="true">✕</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="field-help">{t.noBrands}</p>
      )}
      <form class="pq-add" onSubmit={add}>
        <div>
          <label class="field-label" for={nameId}>{t.brandName}</label>
          <input id={nameId} value={draft.name} maxLength={MAX_NAME} placeholder={t.brandPlaceholder} onInput={(e) => setDraft({ ...draft, name: e.currentTarget.value })} />
        </div>
        {levelSelect(`${uid}-new-price`, t.price, draft.price, (price) => setDraft({ ...draft, price }))}
        {levelSelect(`${uid}-new-quality`, t.quality, draft.quality, (quality) => setDraft({ ...draft, quality }))}
        <button type="submit" class="button button--primary">{t.addBrand}</button>
      </form>
    </section>
  );
}
