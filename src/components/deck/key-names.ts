/** Names of special keys in a page language, for the help overlay and button tooltips. */
import type { Lang } from '../../lib/langs.ts';
import type { KeyNameId } from '../../lib/deck-keys.ts';
import { t, type UiKey } from '../../i18n/index.ts';

export function keyNames(lang: Lang): Record<KeyNameId, string> {
  const ids: KeyNameId[] = [
    'space',
    'enter',
    'escape',
    'home',
    'end',
    'pageUp',
    'pageDown',
    'shift',
  ];
  return Object.fromEntries(ids.map((id) => [id, t(lang, `deck.key.${id}` as UiKey)])) as Record<
    KeyNameId,
    string
  >;
}
