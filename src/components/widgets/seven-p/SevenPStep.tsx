/** The open P: its prompt, the reader's notes, an example for the chosen case, previous and next. */
import { MAX_NOTE, PS, setNote, setStep, type SevenPState } from '../../../lib/seven-p.ts';
import { fill } from '../../../lib/widget-text.ts';
import type { SevenPStrings } from './strings.ts';
import { subHeading, type HeadingLevel } from '../shared/sub-heading.ts';

interface Props {
  state: SevenPState;
  update: (rule: (s: SevenPState) => SevenPState) => void;
  t: SevenPStrings;
  uid: string;
  level?: HeadingLevel;
  /** From the canvas, which outlives this panel: focus moves after the new panel renders. */
  focusLater: (id: string) => void;
}

export function SevenPStep({ state, update, t, uid, level, focusLater }: Props) {
  const Sub = subHeading(level);
  const p = PS[state.step];
  const id = `${uid}-${p}`;
  const example = state.case === 'own' ? undefined : t.examples[state.case][p];
  const go = (step: number) => {
    update((s) => setStep(s, step));
    // The panel is re-created for the new P; put the reader in its text box.
    focusLater(`${uid}-${PS[step]}`);
  };
  return (
    <section class="sevenp-panel" aria-labelledby={`${id}-h`} data-p={p}>
      <p class="sevenp-kicker">
        {fill(t.stepOf, { n: state.step + 1 })}
        {state.step >= 4 && <span class="sevenp-badge">{t.servicePs}</span>}
      </p>
      <Sub id={`${id}-h`}>{t.ps[p]}</Sub>
      <p class="sevenp-prompt" id={`${id}-prompt`}>{t.prompts[p]}</p>
      {p === 'evidence' && <p class="callout">{t.evidenceNote}</p>}
      <label class="field-label" for={id}>{fill(t.notesLabel, { p: t.ps[p] })}</label>
      <textarea id={id} rows={5} maxLength={MAX_NOTE} aria-describedby={`${id}-prompt`} value={state.notes[state.case][p]} onInput={(e) => update((s) => setNote(s, p, e.currentTarget.value))} />
      {example && (
        <details class="sevenp-example">
          <summary>{t.exampleToggle}</summary>
          <p>{example}</p>
        </details>
      )}
      <div class="sevenp-nav">
        <button type="button" class="button" disabled={state.step === 0} onClick={() => go(state.step - 1)}>← {t.previous}</button>
        <button type="button" class="button button--primary" disabled={state.step === PS.length - 1} onClick={() => go(state.step + 1)}>{t.next} →</button>
      </div>
    </section>
  );
}
