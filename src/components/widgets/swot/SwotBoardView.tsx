/** A worked example shown read-only beside the reader's board, to compare. */
import { findItem, QUADRANTS, strategiesByKind, TOWS_KINDS, type SwotState } from '../../../lib/swot.ts';
import type { SwotStrings } from './strings.ts';

export function SwotBoardView({ uid, title, state, t }: { uid: string; title: string; state: SwotState; t: SwotStrings }) {
  const byKind = strategiesByKind(state);
  return (
    <section class="swot-example" aria-labelledby={`${uid}-h`}>
      <h4 id={`${uid}-h`}>{title}</h4>
      <div class="swot-grid">
        {QUADRANTS.map((q) => (
          <div key={q} class={`swot-q swot-q--${q}`}>
            <h5 class="swot-q-title">
              <span class="swot-letter" aria-hidden="true">{q.toUpperCase()}</span>
              {t.quadrants[q]}
            </h5>
            <ul>{state.items[q].map((i) => <li key={i.id}>{i.text}</li>)}</ul>
          </div>
        ))}
      </div>
      <div class="tows-grid">
        {TOWS_KINDS.map((k) => (
          <div key={k} class={`tows-cell tows-cell--${k}`}>
            <h5>{t.kinds[k]}</h5>
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
