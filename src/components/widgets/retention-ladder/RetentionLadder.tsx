/** Retention ladder island: tactics onto financial, social, customisation and structural bonds. */
import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import { BONDS, copyDifficulty, defaultLadderState, gradeLadder, ladderMarkdown, rungCounts, validateLadderState, type Bond, type LadderState } from '../../../lib/retention-ladder.ts';
import { seededShuffle } from '../../../lib/quiz/random.ts';
import { widgetStore } from '../../../stores/widgets.ts';
import { ClientOnly, type WidgetProps } from '../shared/ClientOnly.tsx';
import { SortGrid } from '../shared/SortGrid.tsx';
import { WidgetFrame } from '../shared/WidgetFrame.tsx';
import { strings } from './strings.ts';
import { TACTICS } from './tactics.ts';
import './retention-ladder.css';

export default function RetentionLadder(props: WidgetProps) {
  return <ClientOnly lang={props.lang} kind="retention-ladder" title={strings[props.lang].title}>{() => <Ladder {...props} />}</ClientOnly>;
}

function Ladder({ lang, instance, headingLevel }: WidgetProps) {
  const s = strings[lang];
  const store = useMemo(() => widgetStore<LadderState>('retention-ladder', instance, 1, defaultLadderState, (raw) => validateLadderState(raw, TACTICS)), [instance]);
  const st = useStore(store);
  const items = useMemo(() => seededShuffle(TACTICS, 'retention').map((t) => ({ id: t.id, text: t.text[lang] })), [lang]);
  const grade = gradeLadder(TACTICS, st.placement);
  const counts = rungCounts(st.placement);
  const byId = Object.fromEntries(TACTICS.map((t) => [t.id, t]));
  const difficulty = [s.difficulty1, s.difficulty2, s.difficulty3, s.difficulty4];
  const fill = (text: string, v: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k) => String(v[k]));
  const markdown = () =>
    ladderMarkdown(TACTICS, st.placement, lang, { title: s.title, bonds: { financial: s.financial, social: s.social, customisation: s.customisation, structural: s.structural }, difficulty, unplaced: s.unplaced, tactic: s.tactic, yours: s.yours, answer: s.answer });

  const meter = (bond: Bond | undefined) => {
    const level = bond ? copyDifficulty(bond) : 0;
    return (
      <span class="rl-meter" title={bond ? fill(s.copy, { level: difficulty[level - 1] }) : undefined}>
        {[1, 2, 3, 4].map((n) => <span key={n} class={n <= level ? 'is-on' : ''} aria-hidden="true" />)}
        {bond && <span class="visually-hidden">{fill(s.copy, { level: difficulty[level - 1] })}</span>}
      </span>
    );
  };

  return (
    <WidgetFrame lang={lang} kind="retention-ladder" headingLevel={headingLevel} title={s.title} intro={s.intro} markdown={markdown} onReset={() => store.set(defaultLadderState())}>
      <div class="rl-ladder-wrap">
        <ol class="rl-ladder" aria-label={s.ladder}>
          {BONDS.map((b, i) => (
            <li key={b} class={`rl-rung rl-rung--${i + 1}`} data-bond={b}>
              <span class="rl-level">{fill(s.level, { n: i + 1 })}</span>
              <strong>{s[b]}</strong>
              <span class="rl-hint">{s[`${b}Hint`]}</span>
              <span class="rl-copy">{difficulty[i]}</span>
              <span class="rl-count">{fill(s.count, { n: counts[b] })}</span>
            </li>
          ))}
        </ol>
        <p class="rl-foundation">{s.foundation}</p>
      </div>
      <SortGrid
        cls="rl-grid"
        places={[{ id: '', label: s.unplaced, cls: 'sg-pool' }, ...BONDS.map((b) => ({ id: b, label: s[b] }))]}
        items={items}
        placement={st.placement}
        onPlace={(item, bond) => {
          const now = store.get();
          store.set({ placement: { ...now.placement, [item]: bond }, checked: false });
        }}
        marks={st.checked ? grade.marks : undefined}
        answer={st.checked ? Object.fromEntries(TACTICS.map((t) => [t.id, t.bond])) : undefined}
        aside={(item) => meter(st.placement[item.id] as Bond | undefined)}
        note={(item) =>
          st.checked && (
            <p class={`sg-note ${grade.marks[item.id] ? 'is-right' : 'is-wrong'}`}>
              <strong>{s[byId[item.id].bond]}</strong>
              {s.colon}
              {byId[item.id].why[lang]}
            </p>
          )
        }
        rightLabel={s.right}
        wrongLabel={s.wrong}
      />
      <div class="w-row">
        <button type="button" class="button" aria-pressed={st.checked} onClick={() => store.set({ ...store.get(), checked: !st.checked })}>
          {st.checked ? s.hide : s.check}
        </button>
        <p class="rl-score" aria-live="polite">
          {st.checked && fill(s.score, { right: grade.right, total: grade.total })}
          {st.checked && grade.unplaced > 0 && ' ' + fill(s.unplacedCount, { n: grade.unplaced })}
        </p>
      </div>
    </WidgetFrame>
  );
}
