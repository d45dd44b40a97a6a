/** The one reader and writer of values at scenario paths, used by `--set` and by the page's settings. */
import { describe, expect, it } from 'vitest';
import { valueAtPath, writeAtPath } from '../../sim/scenario/paths';

describe('values at scenario paths', () => {
  it('reads through own properties only, undefined where the path leads nowhere', () => {
    const raw = { action: { governance: 'nao' }, events: [{ at: 12 }] };
    expect(valueAtPath(raw, ['action', 'governance'])).toBe('nao');
    expect(valueAtPath(raw, ['events', 0, 'at'])).toBe(12);
    expect(valueAtPath(raw, ['action', 'missing', 'deeper'])).toBeUndefined();
    expect(valueAtPath(raw, ['action', 'constructor'])).toBeUndefined();
    expect(valueAtPath(raw, ['toString'])).toBeUndefined();
  });

  it('writes into a copy, creating objects, or a list before an index, and leaves the original alone', () => {
    const raw = { action: { governance: 'shared' } };
    const written = writeAtPath(raw, ['action', 'governance'], 'nao');
    expect(written).toEqual({ action: { governance: 'nao' } });
    expect(raw.action.governance).toBe('shared');
    expect(writeAtPath(undefined, ['events', 0, 'at'], 3)).toEqual({ events: [{ at: 3 }] });
    expect(writeAtPath({ ticks: 'x' }, ['ticks', 'deep'], 1)).toEqual({ ticks: { deep: 1 } });
    // Something of the wrong kind on the way is replaced, so the value lands where the path says (never as a lost key on a list).
    expect(writeAtPath({ action: [1, 2] }, ['action', 'governance'], 'nao')).toEqual({ action: { governance: 'nao' } });
    expect(writeAtPath([1], ['ticks'], 12)).toEqual({ ticks: 12 });
    expect(valueAtPath({ action: ['nao'] }, ['action', 'governance'])).toBeUndefined();
    expect(valueAtPath({ events: [{ at: 3 }] }, ['events', '0', 'at'])).toBeUndefined();
  });
});
