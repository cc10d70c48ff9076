/** Service mix sorter island: sort a hotel's, an airline's or a hospital's elements, then check. */
import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import { seededShuffle } from '../../../lib/quiz/random.ts';
import { answerKey, defaultMixState, gradeMix, MIX_GROUPS, mixMarkdown, validateMixState, type MixState } from '../../../lib/service-mix.ts';
import { widgetStore } from '../../../stores/widgets.ts';
import { ClientOnly, type WidgetProps } from '../shared/ClientOnly.tsx';
import { SortGrid } from '../shared/SortGrid.tsx';
import { WidgetFrame } from '../shared/WidgetFrame.tsx';
import { MIX_CASES } from './cases.ts';
import { strings } from './strings.ts';
import './service-mix.css';

export default function ServiceMix(props: WidgetProps) {
  return <ClientOnly lang={props.lang} kind="service-mix" title={strings[props.lang].title}>{() => <Sorter {...props} />}</ClientOnly>;
}

function Sorter({ lang, instance, preset, headingLevel }: WidgetProps) {
  const s = strings[lang];
  const defaults = () => defaultMixState(MIX_CASES, preset);
  const store = useMemo(() => widgetStore<MixState>('service-mix', instance, 1, defaults, (raw) => validateMixState(raw, MIX_CASES)), [instance]);
  const state = useStore(store);
  const current = MIX_CASES.find((c) => c.id === state.caseId) ?? MIX_CASES[0];
  const placement = state.placements[current.id] ?? {};
  const items = useMemo(() => seededShuffle(current.elements, current.id).map((e) => ({ id: e.id, text: e.text[lang] })), [current, lang]);
  const grade = gradeMix(current, placement);
  const groupLabels = { core: s.core, facilitating: s.facilitating, supporting: s.supporting };
  const why = Object.fromEntries(current.elements.map((e) => [e.id, e]));

  // Read the store, not the render's snapshot: two quick moves must not overwrite each other.
  const set = (patch: (now: MixState) => Partial<MixState>) => store.set({ ...store.get(), ...patch(store.get()) });
  const markdown = () =>
    mixMarkdown(current, placement, lang, { title: s.title, groups: groupLabels, unsorted: s.pool, element: s.element, yourGroup: s.yourGroup, answer: s.answer, score: s.score });

  return (
    <WidgetFrame lang={lang} kind="service-mix" headingLevel={headingLevel} title={s.title} intro={s.intro} markdown={markdown} onReset={() => store.set(defaults())}>
      <div class="w-row">
        <label class="w-field">
          <span>{s.caseLabel}</span>
          <select value={current.id} onChange={(e) => {
            const caseId = (e.currentTarget as HTMLSelectElement).value;
            set(() => ({ caseId, checked: false }));
          }}>
            {MIX_CASES.map((c) => <option key={c.id} value={c.id}>{c.title[lang]}</option>)}
          </select>
        </label>
      </div>
      <dl class="mix-legend">
        {MIX_GROUPS.map((g) => (
          <div key={g} class={`mix-legend-${g}`}>
            <dt>{groupLabels[g]}</dt>
            <dd>{s[`${g}Hint`]}</dd>
          </div>
        ))}
      </dl>
      <SortGrid
        cls="mix-grid"
        places={[{ id: '', label: s.pool, cls: 'sg-pool' }, ...MIX_GROUPS.map((g) => ({ id: g, label: groupLabels[g] }))]}
        items={items}
        placement={placement}
        onPlace={(item, place) =>
          set((now) => ({ placements: { ...now.placements, [current.id]: { ...now.placements[current.id], [item]: place } }, checked: false }))
        }
        marks={state.checked ? grade.marks : undefined}
        answer={state.checked ? answerKey(current) : undefined}
        note={(item) =>
          state.checked && (
            <p class={`sg-note ${grade.marks[item.id] ? 'is-right' : 'is-wrong'}`}>
              <strong>{groupLabels[why[item.id].group]}</strong>{s.colon}{why[item.id].why[lang]}
            </p>
          )
        }
        rightLabel={s.right}
        wrongLabel={s.wrong}
      />
      <div class="w-row">
        <button type="button" class="button" aria-pressed={state.checked} onClick={() => set((now) => ({ checked: !now.checked }))}>
          {state.checked ? s.hide : s.check}
        </button>
        <p class="mix-score" aria-live="polite">
          {state.checked && s.score.replace('{right}', String(grade.right)).replace('{total}', String(grade.total))}
          {state.checked && grade.unplaced > 0 && ' ' + s.unplaced.replace('{n}', String(grade.unplaced))}
        </p>
      </div>
    </WidgetFrame>
  );
}
