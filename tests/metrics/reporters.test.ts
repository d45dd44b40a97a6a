/** The reporters (sim/metrics/reporters.ts) are the output contract's numeric columns, one each, in order. */
import { describe, expect, it } from 'vitest';
import { NUMERIC_COLUMNS } from '../../sim/metrics/columns';
import { REPORTERS } from '../../sim/metrics/reporters';

describe('reporters', () => {
  it('report every numeric column of the contract once, in the contract order, each with a unit', () => {
    expect(REPORTERS.map((r) => r.name)).toEqual([...NUMERIC_COLUMNS]);
    for (const reporter of REPORTERS) expect(reporter.unit.length, reporter.name).toBeGreaterThan(0);
  });
});
