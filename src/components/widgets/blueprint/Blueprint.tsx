/** Service blueprint builder island: lanes, line of visibility, fail and waiting points, model. */
import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import { blueprintMarkdown, defaultBlueprintState, emptyWork, gradeBlueprint, LANES, toggle, validateBlueprintState, type BlueprintState, type CaseWork } from '../../../lib/blueprint.ts';
import { widgetStore } from '../../../stores/widgets.ts';
import { ClientOnly, type WidgetProps } from '../shared/ClientOnly.tsx';
import { SortGrid } from '../shared/SortGrid.tsx';
import { WidgetFrame } from '../shared/WidgetFrame.tsx';
import { BLUEPRINT_CASES as CASES } from './cases.ts';
import { strings } from './strings.ts';
import './blueprint.css';

export default function Blueprint(props: WidgetProps) {
  return <ClientOnly lang={props.lang} kind="blueprint" title={strings[props.lang].title}>{() => <Builder {...props} />}</ClientOnly>;
}

/** The line drawn before each lane's cells. */
const LINE_BEFORE = { customer: '', onstage: 'bp-interaction', backstage: 'bp-visibility', support: 'bp-internal' } as const;

/** Drawn rather than typed: not every font has a stopwatch. */
const ICONS = {
  fail: (
    <svg class="bp-icon" viewBox="0 0 16 16" aria-hidden="true">
      <path d="M8 1.5 15 14H1z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
      <path d="M8 6v4M8 11.5v1" stroke="currentColor" stroke-width="1.5" />
    </svg>
  ),
  wait: (
    <svg class="bp-icon" viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="8" cy="8.5" r="6" fill="none" stroke="currentColor" stroke-width="1.5" />
      <path d="M8 5v3.5l2.5 1.5M6 1h4" fill="none" stroke="currentColor" stroke-width="1.5" />
    </svg>
  ),
};

function Builder({ lang, instance, preset, headingLevel }: WidgetProps) {
  const s = strings[lang];
  const defaults = () => defaultBlueprintState(CASES, preset);
  const store = useMemo(() => widgetStore<BlueprintState>('blueprint', instance, 1, defaults, (raw) => validateBlueprintState(raw, CASES)), [instance]);
  const state = useStore(store);
  const current = CASES.find((c) => c.id === state.caseId) ?? CASES[0];
  const work = state.work[current.id] ?? emptyWork();
  const grade = gradeBlueprint(current, work);
  const steps = Object.fromEntries(current.steps.map((st) => [st.id, st]));
  const laneLabels = { customer: s.customer, onstage: s.onstage, backstage: s.backstage, support: s.support };
  const shown = state.compared;

  // Always from the store's latest value, so quick successive moves all count.
  const update = (change: (w: CaseWork) => Partial<CaseWork>, patch: Partial<BlueprintState> = {}) => {
    const now = store.get();
    const w = now.work[current.id] ?? emptyWork();
    store.set({ ...now, ...patch, work: { ...now.work, [current.id]: { ...w, ...change(w) } } });
  };
  const fill = (text: string, values: Record<string, number>) => text.replace(/\{(\w+)\}/g, (_, k) => String(values[k]));
  const markdown = () =>
    blueprintMarkdown(current, work, lang, { title: s.title, lanes: laneLabels, unplaced: s.unplaced, failPoint: s.failPoint, waitPoint: s.waitPoint, step: s.step, lane: s.lane, model: s.model });

  const pointButton = (id: string, text: string, kind: 'fail' | 'wait') => {
    const on = work[kind].includes(id);
    const model = shown && !!steps[id][kind];
    return (
      <button
        type="button"
        class={`bp-point bp-point--${kind}${model ? ' is-model' : ''}`}
        aria-pressed={on}
        aria-label={`${kind === 'fail' ? s.fail : s.wait}${s.colon}${text}`}
        onClick={() => update((w) => ({ [kind]: toggle(w[kind], id) }), { compared: false })}
      >
        {ICONS[kind]} {kind === 'fail' ? s.fail : s.wait}
      </button>
    );
  };

  return (
    <WidgetFrame lang={lang} kind="blueprint" headingLevel={headingLevel} title={s.title} intro={s.intro} markdown={markdown} onReset={() => store.set(defaults())}>
      <div class="w-row">
        <label class="w-field">
          <span>{s.caseLabel}</span>
          <select
            value={current.id}
            onChange={(e) => {
              const caseId = (e.currentTarget as HTMLSelectElement).value;
              store.set({ ...store.get(), caseId, compared: false });
            }}
          >
            {CASES.map((c) => <option key={c.id} value={c.id}>{c.title[lang]}</option>)}
          </select>
        </label>
      </div>
      <SortGrid
        cls="bp-grid"
        places={[{ id: '', label: s.unplaced, cls: 'sg-pool' }, ...LANES.map((l) => ({ id: l, label: laneLabels[l], cls: LINE_BEFORE[l] }))]}
        items={current.steps.map((st, i) => ({ id: st.id, text: `${i + 1}. ${st.text[lang]}` }))}
        placement={work.placement}
        onPlace={(item, lane) => update((w) => ({ placement: { ...w.placement, [item]: lane } }), { compared: false })}
        marks={shown ? grade.lanes.marks : undefined}
        answer={shown ? Object.fromEntries(current.steps.map((st) => [st.id, st.lane])) : undefined}
        aside={(item) => (
          <span class="bp-points">
            {pointButton(item.id, item.text, 'fail')}
            {pointButton(item.id, item.text, 'wait')}
          </span>
        )}
        note={(item) => {
          const st = steps[item.id];
          const wrongLane = work.placement[st.id] !== st.lane;
          if (!shown || !(wrongLane || st.why || st.fail || st.wait)) return null;
          return (
            <div class={`sg-note ${wrongLane ? 'is-wrong' : 'is-right'}`}>
              {(wrongLane || st.why) && <p>{s.modelLane.replace('{lane}', laneLabels[st.lane])} {st.why?.[lang]}</p>}
              {st.fail && <p>{ICONS.fail} <strong>{s.failPoint}</strong>{s.colon}{st.fail[lang]}</p>}
              {st.wait && <p>{ICONS.wait} <strong>{s.waitPoint}</strong>{s.colon}{st.wait[lang]}</p>}
            </div>
          );
        }}
        rightLabel={s.right}
        wrongLabel={s.wrong}
      />
      <ul class="bp-legend">
        <li><span class="bp-swatch bp-swatch--interaction" aria-hidden="true" /> {s.lineInteraction}</li>
        <li><span class="bp-swatch bp-swatch--visibility" aria-hidden="true" /> {s.lineVisibility}</li>
        <li><span class="bp-swatch bp-swatch--internal" aria-hidden="true" /> {s.lineInternal}</li>
      </ul>
      <div class="w-row">
        <button type="button" class="button" aria-pressed={shown} onClick={() => store.set({ ...store.get(), compared: !shown })}>
          {shown ? s.hide : s.compare}
        </button>
      </div>
      <div aria-live="polite">
        {shown && (
          <ul class="w-result bp-score">
            <li>{fill(s.lanesScore, { right: grade.lanes.right, total: grade.lanes.total })}</li>
            <li>{fill(s.failScore, { ...grade.fail })}</li>
            <li>{fill(s.waitScore, { ...grade.wait })}</li>
          </ul>
        )}
      </div>
    </WidgetFrame>
  );
}
