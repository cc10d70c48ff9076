/**
 * 7P canvas island: choose a case, work through the Ps one at a time with prompts and an example,
 * watch the completeness meter, and get a warning if a P is called "Proof".
 */
import '../shared/strategy-widgets.css';
import './seven-p.css';
import type { Lang } from '../../../lib/langs.ts';
import {
  CASES, completeness, emptySevenP, isCase, isFilled, MAX_NAME, proofFlags, PS, setStep, sevenPMarkdown, validateSevenP, type CaseId,
} from '../../../lib/seven-p.ts';
import { fill, joinList } from '../../../lib/widget-text.ts';
import { WidgetFrame } from '../shared/WidgetFrame.tsx';
import type { HeadingLevel } from '../shared/sub-heading.ts';
import { useFocusLater } from '../shared/use-focus-later.ts';
import { useMounted, WidgetPlaceholder } from '../shared/WidgetPlaceholder.tsx';
import { useWidgetState } from '../shared/use-widget-state.ts';
import { SevenPStep } from './SevenPStep.tsx';
import type { SevenPStrings } from './strings.ts';

interface Props {
  lang: Lang;
  instance: string;
  /** 2 on a tool page, 3 in a lesson section: the level of the widget's title. */
  headingLevel?: HeadingLevel;
  /** Case to start with: "hotel", "cafe", "airline" or "own". */
  preset?: string;
  t: SevenPStrings;
}

export default function SevenPIsland(props: Props) {
  const { t } = props;
  if (!useMounted()) return <WidgetPlaceholder kind="seven-p" title={t.title} intro={t.intro} note={t.noScript} />;
  return <SevenPCanvas {...props} />;
}

function SevenPCanvas({ lang, instance, preset, headingLevel, t }: Props) {
  const start: CaseId = isCase(preset) ? preset : 'hotel';
  const [state, update] = useWidgetState('seven-p', instance, 1, () => emptySevenP(start), validateSevenP);
  const uid = `sevenp-${instance}`;
  const focusLater = useFocusLater();
  const notes = state.notes[state.case];
  const done = completeness(notes);
  const flagged = proofFlags(notes);
  const caseName = state.case === 'own' ? state.own.trim() || t.cases.own : t.cases[state.case];
  const markdown = () =>
    sevenPMarkdown(state, { title: t.title, caseName, ps: t.ps, empty: t.empty, completeness: fill(t.meterText, { filled: done.filled, total: done.total }) });

  return (
    <WidgetFrame lang={lang} kind="seven-p" headingLevel={headingLevel} title={t.title} intro={t.intro} markdown={markdown} onReset={() => update(() => emptySevenP(start))}>
      <fieldset class="sevenp-cases">
        <legend class="field-label">{t.caseLabel}</legend>
        <div class="sevenp-case-list">
          {CASES.map((c) => (
            <label key={c} class="sevenp-case" data-checked={state.case === c}>
              <input type="radio" name={`${uid}-case`} value={c} checked={state.case === c} onChange={() => update((s) => ({ ...s, case: c }))} />
              {t.cases[c]}
            </label>
          ))}
        </div>
        {state.case === 'own' && (
          <div class="sevenp-own">
            <label class="field-label" for={`${uid}-own`}>{t.ownName}</label>
            <input id={`${uid}-own`} value={state.own} maxLength={MAX_NAME} placeholder={t.ownPlaceholder} onInput={(e) => update((s) => ({ ...s, own: e.currentTarget.value.slice(0, MAX_NAME) }))} />
          </div>
        )}
      </fieldset>

      <div class="sevenp-meter">
        <label for={`${uid}-meter`}>{t.meterLabel}</label>
        <progress id={`${uid}-meter`} max={done.total} value={done.filled}>{done.percent}%</progress>
        <p aria-live="polite">
          {fill(t.meterText, { filled: done.filled, total: done.total })}
          {' · '}
          {done.missing.length ? fill(t.missing, { list: joinList(done.missing.map((p) => t.ps[p]), lang) }) : t.done}
        </p>
      </div>

      <nav aria-label={t.stepsLabel}>
        <ol class="sevenp-steps">
          {PS.map((p, i) => (
            <li key={p}>
              <button type="button" class="sevenp-step" aria-current={state.step === i ? 'step' : undefined} data-filled={isFilled(notes[p])} onClick={() => update((s) => setStep(s, i))}>
                <span class="sevenp-step-n" aria-hidden="true">{isFilled(notes[p]) ? '✓' : i + 1}</span>
                {t.ps[p]}
              </button>
            </li>
          ))}
        </ol>
      </nav>

      {flagged.length > 0 && (
        <p class="callout callout--warn" role="status">
          {fill(t.proofWarning, { list: joinList(flagged.map((p) => t.ps[p]), lang) })}
        </p>
      )}

      <SevenPStep key={`${state.case}-${state.step}`} state={state} update={update} t={t} uid={uid} level={headingLevel} focusLater={focusLater} />
    </WidgetFrame>
  );
}
