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

/** An engine answering asynchronously, counting the requests it has in flight at once and listing them (`advance` with its months). */
function fakeEngine(stats: { inflight: number; most: number; calls: string[] }): Engine {
  const api = createEngineApi();
  return new Proxy(api, {
    get: (target, key) => {
      const method = target[key as keyof typeof target] as (...args: unknown[]) => unknown;
      return async (...args: unknown[]) => {
        stats.calls.push(key === 'advance' ? `advance(${String(args[0])})` : String(key));
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
  const stats = [0, 1].map(() => ({ inflight: 0, most: 0, calls: [] as string[] }));
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
    // Nothing was started in either engine: the run shown goes on as if nothing happened.
    await steps(runner, 3);
    expectEngineRun(runner, 1, 4);
  });

  it('checks both runs of a comparison before starting either, so a refused one costs no replay of the run shown', async () => {
    const { runner, inputs, stats } = setup();
    await runner.load(inputs, 1, []);
    await steps(runner, 5);
    for (const s of stats) s.calls.length = 0;
    expect(await runner.load([inputs[0]!, { kind: 'object', value: { ticks: -1 } }], 1, [])).toMatchObject({ ok: false, lane: 1 });
    expect(stats.map((s) => s.calls)).toEqual([['check'], ['check']]);
  });

  it('leaves an engine started by a load a later one replaced to that later load, without replaying the run shown', async () => {
    const { runner, inputs, stats } = setup();
    await runner.load(inputs, 1, []);
    await steps(runner, 5);
    stats[0]!.calls.length = 0;
    const first = runner.load(inputs, 2, []);
    // Asked for while the first is starting: the first is dropped once started, and this one takes the engine over.
    await Promise.resolve();
    const second = runner.load(inputs, 3, []);
    expect((await first).ok).toBe(false);
    expect((await second).ok).toBe(true);
    expect(stats[0]!.calls.filter((call) => call.startsWith('advance'))).toEqual(['advance(0)', 'advance(0)']);
    await steps(runner, 2);
    expectEngineRun(runner, 3, 2);
  });

  it('brings the run shown back when a load a later one replaced is followed by a refused one', async () => {
    const { runner, inputs } = setup();
    await runner.load(inputs, 1, []);
    await steps(runner, 4);
    const first = runner.load(inputs, 2, []);
    await Promise.resolve();
    const second = runner.load([{ kind: 'object', value: { ticks: -1 } }], 3, []);
    await first;
    expect((await second).ok).toBe(false);
    expect(runner.lanes[0]!.series.tick).toBe(4);
    await steps(runner, 2);
    expectEngineRun(runner, 1, 6);
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
