/** One force: a 1–5 rating as a radio group (arrow keys move it) and the evidence behind it. */
import { MAX_EVIDENCE, MAX_RATING, setEvidence, setRating, type Force, type ForcesState } from '../../../lib/five-forces.ts';
import type { FiveForcesStrings } from './strings.ts';

interface Props {
  force: Force;
  state: ForcesState;
  update: (rule: (s: ForcesState) => ForcesState) => void;
  t: FiveForcesStrings;
  uid: string;
}

const VALUES = Array.from({ length: MAX_RATING }, (_, i) => i + 1);

export function ForceRater({ force, state, update, t, uid }: Props) {
  const id = `${uid}-${force}`;
  const rating = state.ratings[force];
  return (
    <fieldset class="ff-force" data-force={force}>
      <legend class="ff-name">{t.names[force]}</legend>
      <p class="field-help">{t.questions[force]}</p>
      <div class="ff-scale">
        {VALUES.map((v) => (
          <label key={v} class="ff-option" data-checked={rating === v}>
            <input type="radio" name={id} value={v} checked={rating === v} onChange={() => update((s) => setRating(s, force, v))} />
            <span class="ff-number">{v}</span>{" "}
            <span class="ff-word">{t.scale[v]}</span>
          </label>
        ))}
      </div>
      <label class="field-label" for={`${id}-evidence`}>{t.evidence}</label>
      <textarea id={`${id}-evidence`} rows={2} class="grow" maxLength={MAX_EVIDENCE} placeholder={t.evidenceHelp} value={state.evidence[force]} onInput={(e) => update((s) => setEvidence(s, force, e.currentTarget.value))} />
    </fieldset>
  );
}
