/** Recovery scenarios: a malformed one stops the build naming file, field and fix; one fixture per mistake. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content-check.ts';
import { readContentTree } from '../../src/lib/content-files.ts';
import { checkScenario } from '../../src/lib/scenario-check.ts';
import { formatIssue } from '../../src/schemas/format-issues.ts';

const DIR = 'tests/content/fixtures/scenarios';
const fixture = (name: string) => readFileSync(`${DIR}/${name}.yaml`, 'utf8');
/** The valid lesson fixture plus one scenario, as the build would read them. */
function issuesWith(name: string): string[] {
  const files = readContentTree('tests/content/fixtures/valid');
  files.set(`content/scenarios/${name}.yaml`, fixture(name));
  return checkContent(files).issues.map(formatIssue);
}

describe('scenario checks', () => {
  it('accept a well-formed scenario', () => {
    expect(issuesWith('valid')).toEqual([]);
    expect(checkScenario('content/scenarios/valid.yaml', fixture('valid'), new Set(['alpha'])).scenario?.nodes).toHaveLength(4);
  });

  it('name a choice that points to a missing node', () => {
    expect(issuesWith('missing-node')).toEqual([
      'content/scenarios/missing-node.yaml: nodes[0] (arrive).choices[0].next: points to node "lobby", which does not exist\n    fix: use one of the node ids: arrive, lounge, end-good, end-bad',
    ]);
  });

  it('name an unknown strategy and list the known ones', () => {
    const issues = issuesWith('unknown-strategy');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain('content/scenarios/unknown-strategy.yaml: nodes[0] (arrive).choices[0].strategy:');
    expect(issues[0]).toContain('(got "apologise-a-lot")');
    expect(issues[0]).toContain('fix: use one of: track-opportunities, take-problems-seriously, solve-quickly, empower-front-line, learn-from-recovery, mistake');
  });

  it('name an ending no choice leads to', () => {
    expect(issuesWith('unreachable-ending')).toEqual([
      'content/scenarios/unreachable-ending.yaml: nodes[2] (end-mixed): this ending cannot be reached from the start: no choice leads to it\n    fix: add a choice with `next: end-mixed` on the way, or delete the node',
    ]);
  });

  it('name a missing language', () => {
    expect(issuesWith('missing-language')).toEqual([
      'content/scenarios/missing-language.yaml: nodes[0] (arrive).choices[1].feedback.en: is required but missing (expected string)\n    fix: add the English text under `en:`',
    ]);
  });

  it('name a start that is not a node', () => {
    expect(issuesWith('bad-start')).toEqual(['content/scenarios/bad-start.yaml: start: names node "arrival", which does not exist\n    fix: use one of the node ids: arrive, lounge, end-good, end-bad']);
  });

  it('name a dead end: no choices and no ending', () => {
    const issues = issuesWith('dead-end');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain('nodes[2] (upstairs): has no choices and is not marked as an ending');
    expect(issues[0]).toContain('fix: add at least two `choices:`, or `ending: good`, `mixed` or `bad`');
  });

  it('name choices that loop for ever', () => {
    expect(issuesWith('loop')).toEqual([
      'content/scenarios/loop.yaml: nodes[2] (lounge-again): no ending can be reached from here: its choices go round in a loop\n    fix: let at least one choice lead on towards a node with `ending:`',
    ]);
  });

  it('name two nodes with one id', () => {
    expect(issuesWith('duplicate-node')[0]).toBe('content/scenarios/duplicate-node.yaml: nodes[1] (arrive).id: "arrive" is used by two nodes\n    fix: give every node its own id');
  });

  it('name an id that differs from the file name', () => {
    expect(issuesWith('id-mismatch')).toEqual(['content/scenarios/id-mismatch.yaml: id: "room-not-ready" does not match the file name id-mismatch.yaml\n    fix: rename the file to room-not-ready.yaml or set `id: id-mismatch`']);
  });

  it('name broken YAML with its line', () => {
    const issues = issuesWith('not-yaml');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^content\/scenarios\/not-yaml\.yaml: is not valid YAML: .*line 5/);
  });

  it('name a lesson that does not exist', () => {
    const files = readContentTree('tests/content/fixtures/valid');
    files.set('content/scenarios/valid.yaml', fixture('valid').replace('lesson: alpha', 'lesson: omega'));
    expect(checkContent(files).issues.map(formatIssue)).toEqual(['content/scenarios/valid.yaml: lesson: "omega" is not a lesson of the course\n    fix: use one of: alpha']);
  });

  it('name an effect out of range and a missing field', () => {
    const text = fixture('valid').replace('effect: 15', 'effect: 80').replace(/meterLabel:\n {2}zh: .*\n {2}en: .*\n/, '');
    const issues = checkScenario('content/scenarios/valid.yaml', text).issues.map(formatIssue);
    expect(issues.some((i) => i.includes('nodes[0] (arrive).choices[0].effect:') && i.includes('fix: give a whole number of points from -50 to 50'))).toBe(true);
    expect(issues.some((i) => i.includes('meterLabel: is required but missing'))).toBe(true);
  });

  it('stop the build: check:content exits 1 with the message and no stack trace', () => {
    const root = mkdtempSync(join(tmpdir(), 'scenario-'));
    try {
      cpSync('tests/content/fixtures/valid', root, { recursive: true });
      mkdirSync(join(root, 'content/scenarios'));
      writeFileSync(join(root, 'content/scenarios/missing-node.yaml'), fixture('missing-node'));
      const run = spawnSync(process.execPath, ['scripts/check-content.ts', root], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('content/scenarios/missing-node.yaml: nodes[0] (arrive).choices[0].next: points to node "lobby", which does not exist');
      expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
