/**
 * Price–quality map island: a 3×3 map (price left to right, quality bottom to top), the chosen
 * position's name, risk and reasoning, and the reader's brands placed on it.
 */
import '../shared/strategy-widgets.css';
import './price-quality.css';
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { Lang } from '../../../lib/langs.ts';
import {
  brandsAt, emptyPriceQuality, fromExample, isFragile, positionOf, POSITIONS, priceQualityMarkdown, relation, validatePriceQuality, type Level,
} from '../../../lib/price-quality.ts';
import { fill, joinList } from '../../../lib/widget-text.ts';
import { WidgetFrame } from '../shared/WidgetFrame.tsx';
import { subHeading, type HeadingLevel } from '../shared/sub-heading.ts';
import { useMounted, WidgetPlaceholder } from '../shared/WidgetPlaceholder.tsx';
import { useWidgetState } from '../shared/use-widget-state.ts';
import { PqBrands } from './PqBrands.tsx';
import type { PriceQualityStrings } from './strings.ts';

interface Props {
  lang: Lang;
  instance: string;
  /** 2 on a tool page, 3 in a lesson section: the level of the widget's title. */
  headingLevel?: HeadingLevel;
  /** "example" starts this instance with the example brands. */
  preset?: string;
  t: PriceQualityStrings;
}

const ROWS: Level[] = ['high', 'medium', 'low'];
const COLUMNS: Level[] = ['low', 'medium', 'high'];

export default function PriceQualityIsland(props: Props) {
  const { t } = props;
  if (!useMounted()) return <WidgetPlaceholder kind="price-quality" title={t.title} intro={t.intro} note={t.noScript} />;
  return <PriceQualityMap {...props} />;
}

function PriceQualityMap({ lang, instance, preset, headingLevel, t }: Props) {
  const defaults = () => (preset === 'example' ? fromExample(t.example) : emptyPriceQuality());
  const [state, update] = useWidgetState('price-quality', instance, 1, defaults, validatePriceQuality);
  const [message, setMessage] = useState('');
  const uid = `pq-${instance}`;
  const Sub = subHeading(headingLevel);
  const text = (group: 'names' | 'describe' | 'why', id: string) => t[group][id as keyof PriceQualityStrings['names']];
  const selected = POSITIONS.find((p) => p.id === state.selected) ?? POSITIONS[0];
  const here = brandsAt(state, selected).map((b) => b.name);
  const labels = { title: t.title, names: t.names, levels: t.levels, price: t.price, quality: t.quality, risk: t.risk, empty: t.empty };
  const load = () => {
    if (state.brands.length && !confirm(t.loadConfirm)) return;
    update(() => fromExample(t.example));
    setMessage(t.loaded);
  };

  return (
    <WidgetFrame
      lang={lang}
      kind="price-quality"
      headingLevel={headingLevel}
      title={t.title}
      intro={t.intro}
      tools={<button type="button" class="button" onClick={load}>{t.load}</button>}
      markdown={() => priceQualityMarkdown(state, labels)}
      onReset={() => update(emptyPriceQuality)}
    >
      <div class="pq-layout">
        <div class="pq-map" role="group" aria-label={t.mapLabel}>
          <span class="pq-axis pq-axis--y" aria-hidden="true">{t.quality} ↑</span>
          {ROWS.map((q) => (
            <Fragment key={q}>
              <span class="pq-tick pq-tick--y" aria-hidden="true">{t.levels[q]}</span>
              {COLUMNS.map((p) => {
                const pos = positionOf(p, q);
                const brands = brandsAt(state, pos);
                return (
                  <button
                    key={pos.id}
                    type="button"
                    class={`pq-cell pq-cell--${relation(p, q)}`}
                    data-position={pos.id}
                    aria-pressed={pos.id === selected.id}
                    aria-controls={`${uid}-detail`}
                    onClick={() => update((s) => ({ ...s, selected: pos.id }))}
                  >
                    <span class="pq-name">{text('names', pos.id)}</span>
                    <span class="visually-hidden">{fill(t.cellLevels, { price: t.levels[p], quality: t.levels[q] })}</span>
                    <span class="pq-risk">{isFragile(pos) && <span aria-hidden="true">⚠ </span>}{t.risk[pos.stability]}</span>
                    {brands.length > 0 && (
                      <span class="pq-chips">
                        <span class="visually-hidden">{fill(t.brandCount, { n: brands.length })} </span>
                        {brands.map((b) => <span key={b.id} class="pq-chip">{b.name}</span>)}
                      </span>
                    )}
                  </button>
                );
              })}
            </Fragment>
          ))}
          <span class="pq-corner" aria-hidden="true" />
          {COLUMNS.map((p) => <span key={p} class="pq-tick pq-tick--x" aria-hidden="true">{t.levels[p]}</span>)}
          <span class="pq-axis pq-axis--x" aria-hidden="true">{t.price} →</span>
        </div>

        <section id={`${uid}-detail`} class={`pq-detail pq-detail--${relation(selected.price, selected.quality)}`} aria-labelledby={`${uid}-detail-h`} aria-live="polite">
          <Sub id={`${uid}-detail-h`}>{text('names', selected.id)}</Sub>
          <p class="pq-levels">{fill(t.levelsLine, { price: t.levels[selected.price], quality: t.levels[selected.quality] })}</p>
          <p>{text('describe', selected.id)}</p>
          <p>
            <strong class={`pq-badge${isFragile(selected) ? ' pq-badge--fragile' : ''}`}>{fill(t.riskIs, { risk: t.risk[selected.stability] })}</strong>{' '}
            {text('why', selected.id)}
          </p>
          <p>{t.relation[relation(selected.price, selected.quality)]}</p>
          <p class="pq-here">{here.length ? fill(t.brandsHere, { list: joinList(here, lang) }) : t.noBrandsHere}</p>
        </section>
      </div>

      <details class="pq-fragile">
        <summary>{t.fragileTitle}</summary>
        <p>{t.fragileText}</p>
      </details>

      <PqBrands state={state} update={update} t={t} uid={uid} announce={setMessage} level={headingLevel} />
      <p class="visually-hidden" role="status">{message}</p>
    </WidgetFrame>
  );
}
