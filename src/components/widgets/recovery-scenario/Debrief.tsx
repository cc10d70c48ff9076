/** The end of a scenario: how it ended, the meter, strategies used and missed (linked to the lesson), mistakes. */
import type { Debrief as Summary, LocalScenario, Strategy } from '../../../lib/recovery-scenario.ts';
import { strings } from './strings.ts';

interface Props {
  s: (typeof strings)['zh' | 'en'];
  scenario: LocalScenario;
  summary: Summary;
  lessonsUrl: string;
  Heading: 'h3' | 'h4';
}

export function Debrief({ s, scenario, summary, lessonsUrl, Heading }: Props) {
  const link = (x: Strategy) => (
    <a href={`${lessonsUrl}${scenario.lesson}/#${x}`}>
      {s[x]} <span class="rs-more">{s.inLesson}</span>
    </a>
  );
  const list = (items: Strategy[], cls: string) =>
    items.length ? (
      <ul class={cls}>
        {items.map((x) => <li key={x} data-strategy={x}>{link(x)}</li>)}
      </ul>
    ) : (
      <p class={cls}>{s.none}</p>
    );
  return (
    <section class="rs-debrief" aria-labelledby={`rs-debrief-${scenario.id}`}>
      <Heading id={`rs-debrief-${scenario.id}`}>{s.debrief}</Heading>
      <p class="rs-meter-change">
        {s.meterChange.replace('{label}', scenario.meterLabel).replace('{from}', String(summary.start)).replace('{to}', String(summary.meter))}
      </p>
      <div class="rs-debrief-grid">
        <div>
          <p class="rs-debrief-head">{s.used}</p>
          {list(summary.used, 'rs-used')}
        </div>
        <div>
          <p class="rs-debrief-head">{s.missed}</p>
          {list(summary.missed, 'rs-missed')}
        </div>
      </div>
      <p class="rs-debrief-head">{s.mistakes}</p>
      {summary.mistakes.length ? (
        <ul class="rs-mistakes">
          {summary.mistakes.map((m, i) => (
            <li key={i}>
              <strong>{m.choice.text}</strong>
              {s.colon}
              {m.choice.feedback}
            </li>
          ))}
        </ul>
      ) : (
        <p class="rs-mistakes">{s.none}</p>
      )}
    </section>
  );
}
