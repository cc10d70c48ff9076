/**
 * Service style self-check island: rate the procedural and personal items, see the service's
 * quadrant on a 2×2, what it means, and the weakest items to work on; saved per instance.
 */
import '../shared/saved-widget.css';
import './service-style.css';
import { useState } from 'preact/hooks';
import type { Lang } from '../../../lib/langs.ts';
import { fillTemplate } from '../../../lib/fill-template.ts';
import {
  ALL_ITEMS, assess, emptyStyle, isStrong, ITEMS, loadPreset, MAX_SUBJECT, PRESET_IDS, rate, setSubject, SIDES, styleMarkdown, validateStyle, type Item,
  type SideScore,
} from '../../../lib/service-style.ts';
import { WidgetFrame } from '../shared/WidgetFrame.tsx';
import { WidgetPending } from '../shared/WidgetPending.tsx';
import { useMounted, useSavedWidget } from '../shared/use-saved-widget.ts';
import { ItemRating } from './ItemRating.tsx';
import { StylePlot } from './StylePlot.tsx';
import type { ServiceStyleStrings } from './strings.ts';

const KIND = 'service-style';
type PresetId = keyof ServiceStyleStrings['presets'];

interface Props {
  lang: Lang;
  instance: string;
  /** A preset id ("governmentOffice", "fastFood", "familyRestaurant", "boutiqueHotel") to start from. */
  preset?: string;
  /** 2 on a tool page, 3 in a lesson section: the level of the widget's title. */
  headingLevel?: 2 | 3;
  t: ServiceStyleStrings;
}

export default function ServiceStyleIsland(props: Props) {
  const { t } = props;
  if (!useMounted()) return <WidgetPending kind={KIND} title={t.title} intro={t.intro} noScript={t.noScript} />;
  return <ServiceStyle {...props} />;
}

const fmt = (n: number) => (Math.round(n * 10) / 10).toFixed(1);

function ServiceStyle({ lang, instance, preset, headingLevel = 3, t }: Props) {
  const defaults = () => (preset && PRESET_IDS.includes(preset) ? loadPreset(preset) : emptyStyle());
  const [state, update] = useSavedWidget(KIND, instance, 1, defaults, validateStyle);
  const [choice, setChoice] = useState(PRESET_IDS[0]);
  const [message, setMessage] = useState('');
  const uid = `ss-${instance}`;
  const Sub = `h${headingLevel + 1}` as 'h3';
  const a = assess(state.ratings);
  const subject = state.subject || (state.ref ? t.presets[state.ref as PresetId] : '');
  const rated = ALL_ITEMS.filter((i) => state.ratings[i] !== undefined).length;
  const scoreText = (s: SideScore) => (s.mean === null ? '–' : fillTemplate(t.score, { score: fmt(s.mean) }));
  const plotLabel = `${t.plotTitle}: ${
    a.style ? fillTemplate(t.plotPlaced, { p: fmt(a.procedural.mean!), q: fmt(a.personal.mean!), style: t.styles[a.style].name }) : t.plotEmpty
  }`;

  const onRate = (item: Item, value: number) => {
    const next = assess(rate(state, item, value).ratings).style;
    update((s) => rate(s, item, value));
    if (next && next !== a.style) setMessage(fillTemplate(t.styleChanged, { style: t.styles[next].name }));
  };
  const load = () => {
    if (rated > 0 && !confirm(t.loadConfirm)) return;
    update(() => loadPreset(choice));
    setMessage(fillTemplate(t.loaded, { name: t.presets[choice as PresetId] }));
  };
  const labels = {
    title: t.title, subjectLabel: t.subjectLabel, subject, sides: { procedural: t.sides.procedural.name, personal: t.sides.personal.name },
    items: t.items, styles: t.styles, result: t.resultMd, notRated: t.notRated, weakest: t.weakestHeading, noWeak: t.noWeak, score: scoreText,
    rating: (value: number) => fillTemplate(t.rating, { value }), colon: t.colon,
  };

  return (
    <WidgetFrame
      lang={lang}
      kind={KIND}
      headingLevel={headingLevel}
      title={t.title}
      intro={t.intro}
      markdown={() => styleMarkdown(state, labels)}
      onReset={() => {
        update(defaults);
        setMessage('');
      }}
      tools={
        <span class="preset-picker">
          <label for={`${uid}-preset`}>{t.presetsLabel}</label>
          <select id={`${uid}-preset`} value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
            {PRESET_IDS.map((id) => (
              <option key={id} value={id}>{t.presets[id as PresetId]}</option>
            ))}
          </select>
          <button type="button" class="button" onClick={load}>{t.load}</button>
        </span>
      }
    >
      <div class="ss-subject">
        <label for={`${uid}-subject`}>{t.subjectLabel}</label>
        <input type="text" id={`${uid}-subject`} maxLength={MAX_SUBJECT} value={subject} onInput={(e) => update((s) => setSubject(s, e.currentTarget.value))} />
      </div>
      <p class="ss-scale-hint">{t.scaleHint}</p>
      <div class="ss-layout">
        <div class="ss-sides">
          {SIDES.map((side) => (
            <section key={side} class={`ss-side ss-side--${side}`} aria-labelledby={`${uid}-${side}`} data-side={side}>
              <Sub id={`${uid}-${side}`}>
                {t.sides[side].name} <span class="ss-question">{t.sides[side].question}</span>
              </Sub>
              <ol class="ss-items">
                {ITEMS[side].map((item) => (
                  <ItemRating key={item} t={t} uid={uid} item={item} value={state.ratings[item]} onRate={(v) => onRate(item, v)} />
                ))}
              </ol>
            </section>
          ))}
        </div>
        <section class="ss-result" aria-labelledby={`${uid}-result`} data-style={a.style ?? ''}>
          <Sub id={`${uid}-result`}>{t.resultHeading}</Sub>
          <p class="ss-progress">{fillTemplate(t.progress, { n: rated, total: ALL_ITEMS.length })}</p>
          <StylePlot t={t} style={a.style} procedural={a.procedural.mean} personal={a.personal.mean} label={plotLabel} />
          <dl class="ss-scores">
            {SIDES.map((side) => (
              <div key={side} data-score={side}>
                <dt>{t.sides[side].name}</dt>
                <dd>
                  <strong>{scoreText(a[side])}</strong>
                  {a[side].mean !== null && <> · {isStrong(a[side].mean!) ? t.strong : t.weak}</>}
                  <span class="ss-detail">{fillTemplate(t.scoreDetail, { rated: a[side].rated, total: a[side].total })}</span>
                </dd>
              </div>
            ))}
          </dl>
          {a.style ? (
            <div class="ss-verdict">
              <p class="ss-style-name" data-style-name>
                {t.styles[a.style].name} <span lang={t.otherLang} class="ss-other">{t.styles[a.style].other}</span>
              </p>
              <p class="ss-position">{t.styles[a.style].position}</p>
              <p>{t.styles[a.style].description}</p>
              <p>
                {t.customersFeel}
                <span class="ss-message">{t.styles[a.style].message}</span>
              </p>
              <p class="ss-next">{t.styles[a.style].next}</p>
            </div>
          ) : (
            <p class="ss-verdict">{t.notRated}</p>
          )}
          {rated > 0 && (
            <div class="ss-weakest">
              <p class="ss-weakest-title">{t.weakestHeading}</p>
              {a.weakest.length ? (
                <ol>
                  {a.weakest.map((item) => (
                    <li key={item} data-weak={item}>
                      <strong>{t.items[item].name}</strong>
                      {fillTemplate(t.rating, { value: state.ratings[item]! })}
                      {t.items[item].tip}
                    </li>
                  ))}
                </ol>
              ) : (
                <p>{t.noWeak}</p>
              )}
            </div>
          )}
        </section>
      </div>
      <p class="visually-hidden" role="status">{message}</p>
    </WidgetFrame>
  );
}
