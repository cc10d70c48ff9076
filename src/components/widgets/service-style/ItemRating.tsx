/** One checklist item rated 1–5 as a group of radio buttons (arrow keys move within the group). */
import { RATING_MAX, RATING_MIN, type Item } from '../../../lib/service-style.ts';
import type { ServiceStyleStrings } from './strings.ts';

interface Props {
  t: ServiceStyleStrings;
  uid: string;
  item: Item;
  value: number | undefined;
  onRate: (value: number) => void;
}

const VALUES = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => RATING_MIN + i);

export function ItemRating({ t, uid, item, value, onRate }: Props) {
  const id = `${uid}-${item}`;
  return (
    <li class="ss-item" data-item={item} data-rating={value ?? ''}>
      <fieldset aria-describedby={`${id}-hint`}>
        <legend>{t.items[item].name}</legend>
        <p class="ss-hint" id={`${id}-hint`}>{t.items[item].hint}</p>
        <div class="ss-scale">
          {VALUES.map((v) => (
            <label key={v} class="ss-option">
              <input type="radio" name={id} value={v} checked={value === v} onChange={() => onRate(v)} />
              <span aria-hidden="true">{v}</span>
              <span class="visually-hidden">{`${v} ${t.scale[v - 1]}`}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </li>
  );
}
