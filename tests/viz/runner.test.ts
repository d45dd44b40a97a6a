/**
 * The runner without a browser: engines are the plain engine API behind promises, and
 * animation frames are fired by hand. It keeps one request per engine in flight, draws at
 * most once per frame, and gives a live event the same month in both runs of a comparison.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { Runner } from '../../viz/app/runner';
import type { ScenarioInput } from '../../viz/app/lanes';
import type { Engine } from '../../viz/app/engine';
import { createEngineApi } from '../../sim/worker/api';
import { createSimulation, runScenario } from '../../sim/index';
import { defaultScenarioText, defaultWith } from '../helpers/runs';

let frames: FrameRequestCallback[] = [];
let now = 0;
beforeEach(() => {
  frames = [];
  now = 0;
});

/** Runs the frames requested so far, then lets the engines' answers arrive. */
async function frame(): Promise<void> {
  const due = frames;
  frames = [];
  now += 16.7;
  for (const callback of due) callback(now);
  for (let k = 0; k < 10; k++) await Promise.resolve();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** An engine answering asynchronously, counting the requests it has in flight at once. */
function fakeEngine(stats: { inflight: number; most: number }): Engine {
  const api = createEngineApi();
  return new Proxy(api, {
    get: (target, key) => {
      const method = target[key as keyof typeof target] as (...args: unknown[]) => unknown;
      return async (...args: unknown[]) => {
        stats.inflight++;
        stats.most = Math.max(stats.most, stats.inflight);
        await new Promise((resolve) => setTimeout(resolve, 0));
        stats.inflight--;
        return structuredClone(method.apply(target, args));
      };
    },
  }) as unknown as Engine;
}

function setup(lanes = 1) {
  const stats = [0, 1].map(() => ({ inflight: 0, most: 0 }));
  const engines = stats.map(fakeEngine);
  let renders = 0;
  const live: unknown[] = [];
  const runner = new Runner(
    (k) => engines[k]!,
    {
      render: () => {
        renders++;
        return false;
      },
      live: (events) => live.push(...events),
      finished: () => {},
      state: () => {},
      error: (message) => {
        throw new Error(message);
      },
    },
    (callback) => frames.push(callback),
  );
  const input: ScenarioInput = { kind: 'text', text: defaultScenarioText(), source: 'default.json' };
  const inputs = Array.from({ length: lanes }, (_, k) =>
    k === 0
      ? input
      : {
          kind: 'object' as const,
          value: { ...JSON.parse(defaultScenarioText()), action: { ...JSON.parse(defaultScenarioText()).action, leadership: 'facilitative' } },
        },
  );
  return { runner, stats, inputs, renders: () => renders, live };
}

/** Steps `months` months, one frame each. */
async function steps(runner: Runner, months: number): Promise<void> {
  for (let k = 0; k < months; k++) {
    runner.step();
    await frame();
  }
}

/** Run A holds the default scenario's first `months` months at `seed`, as the engine runs them in one go. */
function expectEngineRun(runner: Runner, seed: number, months: number): void {
  expect(runner.lanes[0]!.series.tick).toBe(months);
  const expected = runScenario(defaultWith(), seed).columns.collective_effectiveness.slice(0, months);
  expect(Array.from(runner.lanes[0]!.series.column('collective_effectiveness'))).toEqual(Array.from(expected));
}

describe('runner', () => {
  it('plays to the horizon one month a frame, one request in flight, one draw per frame at most', async () => {
    const { runner, stats, inputs, renders } = setup();
    expect((await runner.load(inputs, 3, [])).ok).toBe(true);
    stats[0]!.most = 0;
    // Slow is the page's default; "normal" plays one month a frame.
    expect(runner.speed).toBe('slow');
    runner.setSpeed('normal');
    runner.play();
    let count = 0;
    while (!runner.done && count < 1000) {
      await frame();
      count++;
    }
    expect(runner.lanes[0]!.series.tick).toBe(120);
    expect(stats[0]!.most).toBe(1);
    expect(renders()).toBeLessThanOrEqual(count);
    expect(Array.from(runner.lanes[0]!.series.column('members'))).toEqual(Array.from(runScenario(defaultWith(), 3).columns.members));
    expect(runner.lanes[0]!.summary).toEqual(runScenario(defaultWith(), 3).summary);
  });

  it('leaves the runs as they were when one of the scenarios is invalid', async () => {
    const { runner, inputs } = setup();
    await runner.load(inputs, 1, []);
    await steps(runner, 1);
    const outcome = await runner.load([inputs[0]!, { kind: 'object', value: { ticks: -1 } }], 1, []);
    expect(outcome).toMatchObject({ ok: false, lane: 1 });
    expect(runner.lanes).toHaveLength(1);
    expect(runner.lanes[0]!.series.tick).toBe(1);
    // Run A's engine had started the refused load's run A: it is back at the run shown, which goes on as if nothing happened.
    await steps(runner, 3);
    expectEngineRun(runner, 1, 4);
  });

  it('keeps the month asked for just before a refused load, and goes on from it', async () => {
    const { runner, inputs } = setup();
    await runner.load(inputs, 1, []);
    runner.step();
    // Asked for while that month is in flight: the load waits for it, and is refused.
    expect((await runner.load([{ kind: 'object', value: { ticks: -1 } }], 1, [])).ok).toBe(false);
    await steps(runner, 1);
    expectEngineRun(runner, 1, 2);
  });

  it('gives a live event the month after the latest one reached, in both runs, and reports it', async () => {
    const { runner, inputs, live } = setup(2);
    await runner.load(inputs, 5, []);
    await steps(runner, 3);
    expect(runner.inject({ type: 'crisis' })).toBe(true);
    expect(runner.pending).toHaveLength(1);
    runner.step();
    await frame();
    expect(live).toEqual([{ tick: 4, event: { type: 'crisis' } }]);
    for (const lane of runner.lanes) expect(lane.series.events.filter((e) => e.source === 'live')).toEqual([{ tick: 4, type: 'crisis', source: 'live' }]);
    const sim = createSimulation(defaultWith(), 5);
    sim.run(3);
    sim.inject({ type: 'crisis' });
    sim.run(1);
    expect(Array.from(runner.lanes[0]!.series.column('collective_effectiveness'))).toEqual(Array.from(sim.columns().collective_effectiveness));
  });

  it('replays live events given at load at their months', async () => {
    const { runner, inputs } = setup();
    await runner.load(inputs, 2, [{ tick: 2, event: { type: 'leader_leaves' } }]);
    runner.setSpeed('fast');
    runner.play();
    for (let k = 0; k < 5; k++) await frame();
    expect(runner.lanes[0]!.series.events.filter((e) => e.source === 'live').map((e) => e.tick)).toEqual([2]);
  });
});
