/**
 * The run's story as the page reads it from the engine's columns: dissolution and
 * re-formation from `alive`, a leader lost or found from `leader`, merged with the events
 * in month order, whatever the batches' boundaries.
 */
import { describe, expect, it } from 'vitest';
import { Series } from '../../viz/app/series';
import { NUMERIC_COLUMNS, runScenario, type Columns, type FiredEvent } from '../../sim';
import type { TickBatch } from '../../sim/worker/api';
import { loadScenarioFile } from '../../scripts/validation/report';

function batches(columns: Columns, events: readonly FiredEvent[], size: number): TickBatch[] {
  const out: TickBatch[] = [];
  const n = columns.tick.length;
  for (let from = 0; from < n; from += size) {
    const to = Math.min(n, from + size);
    const part = {} as Columns;
    for (const name of NUMERIC_COLUMNS) part[name] = columns[name].slice(from, to);
    out.push({
      from: columns.tick[from]!,
      to: columns.tick[to - 1]!,
      columns: part,
      events: events.filter((e) => e.tick >= columns.tick[from]! && e.tick <= columns.tick[to - 1]!),
      done: to === n,
    });
  }
  return out;
}

describe('the story of a run', () => {
  it('marks each dissolution and re-formation at the month the alive column changes, the same whatever the batch size', () => {
    // fragile-coalition dissolves and re-forms at seed 6 (the engine's own run; see the alive column).
    const run = runScenario(loadScenarioFile('fragile-coalition.json'), 6);
    const alive = run.columns.alive;
    const expected: { tick: number; type: string }[] = [];
    for (let k = 0; k < alive.length; k++) {
      const before = k > 0 ? alive[k - 1]! : 1;
      if (before && !alive[k]) expected.push({ tick: run.columns.tick[k]!, type: 'dissolved' });
      if (!before && alive[k]) expected.push({ tick: run.columns.tick[k]!, type: 'reformed' });
    }
    expect(expected.filter((m) => m.type === 'dissolved').length).toBeGreaterThanOrEqual(2);
    expect(expected.filter((m) => m.type === 'reformed').length).toBeGreaterThanOrEqual(1);
    const stories = [1, 7, 120].map((size) => {
      const series = new Series(120);
      for (const batch of batches(run.columns, run.events, size)) series.append(batch);
      return series;
    });
    for (const series of stories) {
      expect(series.story.filter((m) => m.type === 'dissolved' || m.type === 'reformed').map(({ tick, type }) => ({ tick, type }))).toEqual(expected);
      // Marks: every shown event and every turn of the story, in month order.
      expect(series.marks.length).toBe(series.shown.length + series.story.length);
      expect(series.marks.map((m) => m.tick)).toEqual([...series.marks.map((m) => m.tick)].sort((a, b) => a - b));
      expect(series.markMonths).toBe(new Set(series.marks.map((m) => m.tick)).size);
    }
    expect(stories[1]!.marks).toEqual(stories[0]!.marks);
    expect(stories[2]!.marks).toEqual(stories[0]!.marks);
  });

  it('tells a leader lost without a "leader leaves" event, and a new leader, from the leader column', () => {
    // leadership-rescue at seed 1: the founding leader leaves the partnership early and a member takes over later.
    const run = runScenario(loadScenarioFile('leadership-rescue.json'), 1);
    const series = new Series(120);
    for (const batch of batches(run.columns, run.events, 5)) series.append(batch);
    const leader = run.columns.leader;
    const gone = series.story.filter((m) => m.type === 'leader_gone');
    const found = series.story.filter((m) => m.type === 'leader_new');
    expect(gone.length).toBeGreaterThan(0);
    expect(found.length).toBeGreaterThan(0);
    for (const mark of gone) expect([leader[mark.tick - 2], leader[mark.tick - 1]]).toEqual([1, 0]);
    for (const mark of found) expect([leader[mark.tick - 2], leader[mark.tick - 1]]).toEqual([0, 1]);
    // The founding leader is no news.
    expect(series.story.some((m) => m.tick === 1 && m.type === 'leader_new')).toBe(false);
  });
});
