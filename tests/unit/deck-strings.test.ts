import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { zh } from '../../src/i18n/zh.ts';
import { helpRows, KEY_TABLE, type KeyNameId } from '../../src/lib/deck-keys.ts';

describe('deck strings', () => {
  it('name every command, group and special key of the help overlay in both languages', () => {
    const keys = [
      ...new Set(
        [...helpRows('deck'), ...helpRows('presenter')].flatMap((r) => [
          `deck.cmd.${r.command}`,
          `deck.group.${r.group}`,
        ]),
      ),
      ...(
        [
          'space',
          'enter',
          'escape',
          'home',
          'end',
          'pageUp',
          'pageDown',
          'shift',
        ] satisfies KeyNameId[]
      ).map((k) => `deck.key.${k}`),
    ];
    for (const dict of [en, zh])
      for (const k of keys) expect(dict[k as keyof typeof en], k).toBeTruthy();
  });
  it('give the pacing states the messages the timer looks up', () => {
    for (const status of ['ahead', 'behind', 'onTrack'])
      expect(en[`presenter.${status}` as keyof typeof en]).toBeTruthy();
  });
  it('cover every command of the key table', () => {
    expect(KEY_TABLE.every((b) => b.command === 'digit' || `deck.cmd.${b.command}` in en)).toBe(
      true,
    );
  });
});
