import { describe, expect, it } from 'vitest';
import { clampNumber, decodeWidgetState, encodeWidgetState, isRecord, widgetKey } from '../../src/lib/widget-state.ts';

const validate = (raw: unknown) => (isRecord(raw) && typeof raw.n === 'number' ? { n: clampNumber(raw.n, 0, 10, 0) } : undefined);
const defaults = () => ({ n: 1 });

describe('widget state', () => {
  it('names keys by kind, version and instance', () => {
    expect(widgetKey('swot', 'strategic-analysis-hotel', 2)).toBe('widget:swot:v2:strategic-analysis-hotel');
  });
  it('round-trips valid data', () => {
    expect(decodeWidgetState(encodeWidgetState({ n: 5 }, 1), 1, validate, defaults)).toEqual({ n: 5 });
  });
  it('repairs what the validator can', () => {
    expect(decodeWidgetState(encodeWidgetState({ n: 99 }, 1), 1, validate, defaults)).toEqual({ n: 10 });
  });
  it('falls back to defaults for bad JSON, wrong version, invalid data or nothing', () => {
    expect(decodeWidgetState('{not json', 1, validate, defaults)).toEqual({ n: 1 });
    expect(decodeWidgetState(encodeWidgetState({ n: 5 }, 1), 2, validate, defaults)).toEqual({ n: 1 });
    expect(decodeWidgetState(encodeWidgetState({ n: 'x' }, 1), 1, validate, defaults)).toEqual({ n: 1 });
    expect(decodeWidgetState('null', 1, validate, defaults)).toEqual({ n: 1 });
    expect(decodeWidgetState(undefined, 1, validate, defaults)).toEqual({ n: 1 });
  });
});
