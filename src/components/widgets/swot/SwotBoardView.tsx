/** A worked example shown read-only beside the reader's board, to compare. */
import { findItem, QUADRANTS, strategiesByKind, TOWS_KINDS, type SwotState } from '../../../lib/swot.ts';
import type { SwotStrings } from './strings.ts';
import { subHeading, type HeadingLevel } from '../shared/sub-heading.ts';

export function SwotBoardView({ uid, title, state, t, level }: { uid: string; title: string; state: SwotState; t: SwotStrings; level?: HeadingLevel }) {
  const Sub = subHeading(level);
  const SubSub = subHeading(level, 2);
  const byKind = strategiesByKind(state);
  return (
    <section class="swot-example" aria-labelledby={`${uid}-h`}>
      <Sub id={`${uid}-h`} class="swot-example-title">{title}</Sub>
      <div class="swot-grid">
        {QUADRANTS.map((q) => (
          <div key={q} class={`swot-q swot-q--${q}`}>
            <SubSub class="swot-q-title">
              <span class="swot-letter" aria-hidden="true">{q.toUpperCase()}</span>
              {t.quadrants[q]}
            </SubSub>
            <ul>{state.items[q].map((i) => <li key={i.id}>{i.text}</li>)}</ul>
          </div>
        ))}
      </div>
      <div class="tows-grid">
        {TOWS_KINDS.map((k) => (
          <div key={k} class={`tows-cell tows-cell--${k}`}>
            <SubSub>{t.kinds[k]}</SubSub>
            <ul>
              {byKind[k].map((s) => (
                <li key={s.id}>
                  {s.text} <span class="tows-pair">({findItem(state, s.internal)?.text} × {findItem(state, s.external)?.text})</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
