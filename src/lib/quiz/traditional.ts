/**
 * Traditional → Simplified conversion with opencc-js (Taiwan and Hong Kong variants first, then
 * the standard character and phrase tables). Loaded on demand: the tables are ~20 KB gzipped.
 */
import type { ScriptConverter } from './normalize.ts';

let converter: Promise<ScriptConverter> | null = null;

export function loadTraditionalToSimplified(): Promise<ScriptConverter> {
  converter ??= Promise.all([
    import('opencc-js/core'),
    import('opencc-js/from/tw'),
    import('opencc-js/from/hk'),
    import('opencc-js/to/cn'),
  ]).then(([core, tw, hk, cn]) => {
    const fromTw = core.ConverterFactory(tw.default, cn.default);
    const fromHk = core.ConverterFactory(hk.default, cn.default);
    return (text: string) => fromHk(fromTw(text));
  });
  return converter;
}
