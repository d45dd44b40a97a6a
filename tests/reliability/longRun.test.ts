/**
 * Guarantee: a long run keeps its memory flat. The only things that grow with the number
 * of ticks are, by design, the recorded per-tick columns (21 Float64 columns, allocated
 * once for the whole horizon: 21 × 8 bytes × ticks, outside the JavaScript heap) and the
 * event log (one small object per fired event, about 4 per 100 months with the default
 * hazards). Everything else — organisations, ties, aggregates, generators, scratch — is
 * allocated at the start and reused. See docs/reliability.md.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

const ROOT = new URL('../..', import.meta.url).pathname;

interface Measure {
  tick: number;
  heapUsed: number;
  arrayBuffers: number;
  events: number;
}

/** Bytes a fired event may take in the heap (object and its slot in the log); measured about 75. */
const EVENT_BYTES = 200;
/** Allowance for the collector's bookkeeping between two measurements. */
const SLACK = 512 * 1024;

describe('a 100,000-tick run', () => {
  it('keeps memory flat between tick 10,000 and tick 100,000, beyond the columns and the event log', () => {
    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'tests/reliability/fixtures/longRun.ts', '100000', '10000'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.status, child.stderr).toBe(0);
    const result = JSON.parse(child.stdout) as { atStart: Measure; atFirst: Measure; atEnd: Measure; finite: boolean; rows: number; seconds: number };
    const { atStart, atFirst, atEnd } = result;
    expect(result.rows).toBe(100_000);
    expect(result.finite).toBe(true);
    // The columns for the whole horizon exist from the start, outside the heap, and never grow.
    expect(atStart.arrayBuffers).toBeGreaterThanOrEqual(21 * 8 * 100_000);
    expect(atEnd.arrayBuffers).toBe(atStart.arrayBuffers);
    // The heap grows by the event log only.
    const eventsAdded = atEnd.events - atFirst.events;
    const growth = atEnd.heapUsed - atFirst.heapUsed;
    const report = `heap ${(atFirst.heapUsed / 2 ** 20).toFixed(2)} MB at tick 10,000, ${(atEnd.heapUsed / 2 ** 20).toFixed(2)} MB at tick 100,000 (+${(growth / 1024).toFixed(0)} KB for ${eventsAdded} more events); columns ${(atEnd.arrayBuffers / 2 ** 20).toFixed(2)} MB throughout; ${result.seconds.toFixed(1)} s`;
    console.log(report);
    expect(growth, report).toBeLessThanOrEqual(eventsAdded * EVENT_BYTES + SLACK);
  });
});
