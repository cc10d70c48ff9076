/** Service recovery scenario island: a branching case, a satisfaction meter, a debrief. */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { debrief, defaultScenarioState, play, scenarioMarkdown, validateScenarioState, type ChoiceKind, type LocalScenario, type ScenarioState } from '../../../lib/recovery-scenario.ts';
import { widgetStore } from '../../../stores/widgets.ts';
import { ClientOnly, type WidgetProps } from '../shared/ClientOnly.tsx';
import { WidgetFrame } from '../shared/WidgetFrame.tsx';
import { Debrief } from './Debrief.tsx';
import { strings } from './strings.ts';
import './recovery-scenario.css';

interface Props extends WidgetProps {
  scenarios: LocalScenario[];
  /** `<base>/<lang>/lessons/`: strategies link to their lesson sections. */
  lessonsUrl: string;
}

export default function RecoveryScenarioIsland(props: Props) {
  return <ClientOnly lang={props.lang} kind="recovery-scenario" title={strings[props.lang].title}>{() => <Player {...props} />}</ClientOnly>;
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');

function Player({ lang, instance, preset, headingLevel = 3, scenarios, lessonsUrl }: Props) {
  const s = strings[lang];
  const ids = scenarios.map((x) => x.id);
  const defaults = () => defaultScenarioState(ids, preset);
  const store = useMemo(() => widgetStore<ScenarioState>('recovery-scenario', instance, 1, defaults, (raw) => validateScenarioState(raw, ids)), [instance]);
  const st = useStore(store);
  const scenario = scenarios.find((x) => x.id === st.scenarioId) ?? scenarios[0];
  const game = play(scenario, st.paths[scenario.id] ?? []);
  const summary = debrief(scenario, game);
  const Heading = headingLevel === 2 ? 'h3' : 'h4';
  const situation = useRef<HTMLParagraphElement>(null);
  const [announce, setAnnounce] = useState('');
  const moved = useRef(false);
  const tag = (k: ChoiceKind) => <span class={`rs-tag rs-tag--${k === 'mistake' ? 'mistake' : 'strategy'}`}>{s[k]}</span>;

  useEffect(() => {
    // After a choice, the new situation takes the focus so reading and playing carry on from there.
    if (moved.current) situation.current?.focus();
    moved.current = false;
  }, [game.steps.length, scenario.id]);

  const setPath = (path: number[]) => {
    const now = store.get();
    store.set({ ...now, paths: { ...now.paths, [scenario.id]: path } });
  };
  const choose = (index: number) => {
    const choice = game.node.choices![index];
    const after = play(scenario, [...game.path, index]);
    moved.current = true;
    setAnnounce(s.announce.replace('{strategy}', s[choice.strategy]).replace('{change}', signed(after.meter - game.meter)).replace('{n}', String(after.meter)));
    setPath(after.path);
  };
  const markdown = () =>
    scenarioMarkdown(scenario, game, {
      strategies: { 'track-opportunities': s['track-opportunities'], 'take-problems-seriously': s['take-problems-seriously'], 'solve-quickly': s['solve-quickly'], 'empower-front-line': s['empower-front-line'], 'learn-from-recovery': s['learn-from-recovery'], mistake: s.mistake },
      endings: { good: s.good, mixed: s.mixed, bad: s.bad },
      meter: scenario.meterLabel,
      used: s.used,
      missed: s.missed,
      mistakes: s.mistakes,
      path: s.path,
      none: s.none,
    });

  return (
    <WidgetFrame lang={lang} kind="recovery-scenario" headingLevel={headingLevel} title={s.title} intro={s.intro} markdown={markdown} onReset={() => store.set(defaults())}>
      {scenarios.length > 1 && (
        <div class="w-row">
          <label class="w-field">
            <span>{s.caseLabel}</span>
            <select value={scenario.id} onChange={(e) => store.set({ ...store.get(), scenarioId: (e.currentTarget as HTMLSelectElement).value })}>
              {scenarios.map((x) => <option key={x.id} value={x.id}>{x.title}</option>)}
            </select>
          </label>
        </div>
      )}
      <Heading class="rs-title">{scenario.title}</Heading>
      <p class="rs-intro">{scenario.intro}</p>
      <div class="rs-meter-row">
        <span id={`rs-meter-${instance}`}>{scenario.meterLabel}</span>
        <div class="rs-meter" role="meter" aria-labelledby={`rs-meter-${instance}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={game.meter} aria-valuetext={s.meterValue.replace('{n}', String(game.meter))}>
          <span class={`rs-meter-fill${game.meter < 40 ? ' is-low' : game.meter >= 70 ? ' is-high' : ''}`} style={{ width: `${game.meter}%` }} />
        </div>
        <strong class="rs-meter-value">{game.meter}</strong>
      </div>
      <ol class="rs-history">
        {game.steps.map((step, i) => (
          <li key={i} class="rs-step">
            <p class="rs-situation">{step.node.text}</p>
            <p class="rs-choice">
              <span class="rs-label">{s.youChose}{s.colon}</span>
              {step.choice.text} {tag(step.choice.strategy)} <span class={`rs-change${step.change < 0 ? ' w-bad' : step.change > 0 ? ' w-ok' : ''}`}>{signed(step.change)}</span>
            </p>
            <p class="rs-feedback">{step.choice.feedback}</p>
          </li>
        ))}
      </ol>
      <div class={`rs-now${game.node.ending ? ` rs-end rs-end--${game.node.ending}` : ''}`}>
        {game.node.ending && <p class="rs-ending">{s[game.node.ending]}</p>}
        <p class="rs-situation rs-current" tabIndex={-1} ref={situation}>{game.node.text}</p>
        {game.node.choices && (
          <>
            <p class="rs-label">{s.whatNow}</p>
            <ul class="rs-choices">
              {game.node.choices.map((c, i) => (
                <li key={`${game.node.id}-${i}`}>
                  <button type="button" class="rs-option" onClick={() => choose(i)}>{c.text}</button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <p class="visually-hidden" aria-live="polite">{announce}</p>
      {game.node.ending && <Debrief s={s} scenario={scenario} summary={summary} lessonsUrl={lessonsUrl} Heading={Heading} />}
      <div class="w-row">
        <button type="button" class="button" disabled={!game.path.length} onClick={() => setPath(game.path.slice(0, -1))}>{s.undo}</button>
        <button type="button" class="button" disabled={!game.path.length} onClick={() => setPath([])}>{s.restart}</button>
      </div>
    </WidgetFrame>
  );
}
