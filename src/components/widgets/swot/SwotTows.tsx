/** TOWS strategies: pick an internal and an external factor, see which kind the pair makes, write it. */
import { useState } from 'preact/hooks';
import {
  addStrategy, editStrategy, findItem, MAX_TEXT, quadrantOf, removeStrategy, strategiesByKind, strategyKind, TOWS_KINDS, type Quadrant, type SwotState,
} from '../../../lib/swot.ts';
import { fill } from '../../../lib/widget-text.ts';
import { useFocusLater } from '../shared/use-focus-later.ts';
import type { SwotStrings } from './strings.ts';
import { subHeading, type HeadingLevel } from '../shared/sub-heading.ts';

interface Props {
  state: SwotState;
  update: (rule: (s: SwotState) => SwotState) => void;
  t: SwotStrings;
  uid: string;
  level?: HeadingLevel;
  announce: (message: string) => void;
}

export function SwotTows({ state, update, t, uid, announce, level }: Props) {
  const Sub = subHeading(level);
  const SubSub = subHeading(level, 2);
  const [picked, setPicked] = useState({ internal: '', external: '' });
  const [text, setText] = useState('');
  const focusLater = useFocusLater();
  // A picked item may have been deleted since: then nothing is picked.
  const valid = (id: string, qs: Quadrant[]) => (qs.includes(quadrantOf(state, id) as Quadrant) ? id : '');
  const internal = valid(picked.internal, ['s', 'w']);
  const external = valid(picked.external, ['o', 't']);
  const kind = internal && external ? strategyKind(state, { internal, external }) : undefined;
  const byKind = strategiesByKind(state);
  const canPair = state.items.s.length + state.items.w.length > 0 && state.items.o.length + state.items.t.length > 0;
  const textId = `${uid}-tows-text`;

  const submit = (e: Event) => {
    e.preventDefault();
    if (!kind) return announce(t.pickPair);
    if (!text.trim()) return document.getElementById(textId)?.focus();
    update((s) => addStrategy(s, internal, external, text));
    setText('');
    announce(fill(t.strategyAdded, { kind: t.kindShort[kind] }));
  };
  const remove = (id: string, list: { id: string }[], index: number) => {
    const neighbour = list[index + 1] ?? list[index - 1];
    update((s) => removeStrategy(s, id));
    focusLater(neighbour ? `${uid}-${neighbour.id}-strategy` : canPair ? textId : `${uid}-tows-h`);
    announce(t.removed);
  };
  const picker = (which: 'internal' | 'external', qs: Quadrant[]) => (
    <div>
      <label class="field-label" for={`${uid}-${which}`}>{t[which]}</label>
      <select id={`${uid}-${which}`} value={which === 'internal' ? internal : external} onChange={(e) => setPicked({ ...picked, [which]: e.currentTarget.value })}>
        <option value="">{t.choose}</option>
        {qs.map((q) =>
          state.items[q].length ? (
            <optgroup key={q} label={t.quadrants[q]}>
              {state.items[q].map((i) => <option key={i.id} value={i.id}>{i.text || '…'}</option>)}
            </optgroup>
          ) : null,
        )}
      </select>
    </div>
  );

  return (
    <section class="swot-tows" aria-labelledby={`${uid}-tows-h`}>
      <Sub id={`${uid}-tows-h`} tabIndex={-1}>{t.towsTitle}</Sub>
      <p class="field-help">{t.towsIntro}</p>
      {canPair ? (
        <form class="tows-form" onSubmit={submit}>
          {picker('internal', ['s', 'w'])}
          {picker('external', ['o', 't'])}
          <p class="tows-kind">{kind ? fill(t.pairIs, { kind: t.kinds[kind] }) : t.pickPair}</p>
          <div class="tows-text">
            <label class="field-label" for={textId}>{t.strategy}</label>
            <input id={textId} value={text} maxLength={MAX_TEXT} onInput={(e) => setText(e.currentTarget.value)} />
          </div>
          <button type="submit" class="button button--primary">{t.addStrategy}</button>
        </form>
      ) : (
        <p class="callout">{t.towsNeed}</p>
      )}
      <div class="tows-grid">
        {TOWS_KINDS.map((k) => (
          <section key={k} class={`tows-cell tows-cell--${k}`} aria-labelledby={`${uid}-${k}-h`}>
            <SubSub id={`${uid}-${k}-h`}>{t.kinds[k]}</SubSub>
            {byKind[k].length ? (
              <ul class="tows-list">
                {byKind[k].map((s, i) => (
                  <li key={s.id} class="tows-item">
                    <label class="visually-hidden" for={`${uid}-${s.id}-strategy`}>{fill(t.strategyLabel, { kind: t.kindShort[k], n: i + 1 })}</label>
                    <textarea rows={1} class="grow" id={`${uid}-${s.id}-strategy`} value={s.text} maxLength={MAX_TEXT} onInput={(e) => update((st) => editStrategy(st, s.id, e.currentTarget.value))} />
                    <button type="button" class="icon-button" aria-label={fill(t.removeStrategy, { text: s.text })} onClick={() => remove(s.id, byKind[k], i)}>
                      <span aria-hidden="true">✕</span>
                    </button>
                    <span class="tows-pair">{findItem(state, s.internal)?.text} × {findItem(state, s.external)?.text}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="swot-nothing">{t.noStrategy}</p>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}
