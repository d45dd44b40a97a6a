import '@vitest/web-worker';
import { describe, expect, it } from 'vitest';
import * as Comlink from 'comlink';
import type { WorkerApi } from '../../sim/worker/sim.worker';
import type { WorkerApi as ApiWorkerApi } from '../../sim/worker/api';
import { createEngineApi } from '../../sim/worker/api';
import { createSimulation, runScenario } from '../../sim/index';
import { defaultScenarioText, defaultWith } from '../helpers/runs';

describe('engine worker (comlink)', () => {
  it('streams the same numbers as a direct run, in batches, and accepts live events', async () => {
    const worker = new Worker(new URL('../../sim/worker/sim.worker.ts', import.meta.url), { type: 'module' });
    const api = Comlink.wrap<WorkerApi>(worker);
    const loaded = await api.load({ kind: 'text', text: defaultScenarioText(), source: 'default.json' }, 11);
    expect(loaded.ok).toBe(true);
    const first = await api.advance(30);
    expect(first.from).toBe(1);
    expect(first.to).toBe(30);
    expect(first.columns.collective_effectiveness).toBeInstanceOf(Float64Array);
    const rest = await api.advance(1000);
    expect(rest.done).toBe(true);
    const direct = runScenario(defaultWith(), 11);
    const streamed = [...first.columns.members, ...rest.columns.members];
    expect(streamed).toEqual(Array.from(direct.columns.members));
    worker.terminate();
  });

  it('reports scenario problems instead of throwing', async () => {
    const worker = new Worker(new URL('../../sim/worker/sim.worker.ts', import.meta.url), { type: 'module' });
    const api = Comlink.wrap<WorkerApi>(worker);
    const loaded = await api.load({ kind: 'object', value: { action: { governance: 'council' } } }, 1);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.issues[0]!.path).toBe('action.governance');
    worker.terminate();
  });
});

describe('engine API (no worker)', () => {
  it('injects a live event at the next tick and records it as live', () => {
    const api = createEngineApi();
    api.load({ kind: 'text', text: defaultScenarioText(), source: 'default.json' }, 2);
    api.advance(10);
    api.inject({ type: 'budget_cut', order: 'T', magnitude: 0.4 });
    const batch = api.advance(1);
    expect(batch.events.filter((e) => e.source === 'live')).toEqual([{ tick: 11, type: 'budget_cut', source: 'live', order: 'T', magnitude: 0.4 }]);
    expect(api.snapshot().tick).toBe(11);
  });

  it('does not run past the horizon unless asked to', () => {
    const api = createEngineApi();
    api.load({ kind: 'object', value: { ticks: 5 } }, 1);
    expect(api.advance(100).to).toBe(5);
    expect(api.advance(100).to).toBe(5);
    expect(api.advance(3, true).to).toBe(8);
  });
});

describe('engine API for the dashboard', () => {
  it('exports the worker type from api.ts, the same as the worker file', () => {
    const same: ApiWorkerApi = {} as WorkerApi;
    expect(same).toBeDefined();
  });

  it('stops a batch once its time budget is spent, after at least one tick', () => {
    let clock = 0;
    const api = createEngineApi(() => clock);
    api.load({ kind: 'object', value: { ticks: 50 } }, 3);
    // Each reading of the clock advances it by 4 ms: a 10 ms budget allows three ticks.
    const ticking = createEngineApi(() => (clock += 4));
    ticking.load({ kind: 'object', value: { ticks: 50 } }, 3);
    expect(ticking.advance(50, { budgetMs: 10 }).to).toBe(3);
    expect(ticking.advance(50, { budgetMs: 0 }).to).toBe(4);
    expect(api.advance(50, { budgetMs: 10 }).to).toBe(50);
  });

  it('gives the same numbers whatever the batch sizes', () => {
    const api = createEngineApi();
    api.load({ kind: 'text', text: defaultScenarioText(), source: 'default.json' }, 5);
    const members: number[] = [];
    for (const size of [1, 7, 30, 1000]) members.push(...api.advance(size).columns.members);
    expect(members).toEqual(Array.from(runScenario(defaultWith(), 5).columns.members));
  });

  it('carries the summary on the batch that reaches the horizon, and only then', () => {
    const api = createEngineApi();
    api.load({ kind: 'text', text: defaultScenarioText(), source: 'default.json' }, 4);
    expect(api.advance(60).summary).toBeUndefined();
    const last = api.advance(1000);
    expect(last.done).toBe(true);
    expect(last.summary).toEqual(runScenario(defaultWith(), 4).summary);
    expect(api.advance(10).summary).toBeUndefined();
  });

  it('sends the organisations’ state when asked, and the fixed structure once', () => {
    const api = createEngineApi();
    api.load({ kind: 'text', text: defaultScenarioText(), source: 'default.json' }, 6);
    expect(api.advance(5).state).toBeUndefined();
    const batch = api.advance(5, { state: true });
    const sim = createSimulation(defaultWith(), 6);
    sim.run(10);
    const snapshot = sim.snapshot();
    expect(batch.state?.member).toEqual(snapshot.organisations.member);
    expect(batch.state?.leader).toEqual(snapshot.organisations.leader);
    expect(batch.state?.trust).toEqual(snapshot.organisations.trust);
    const structure = api.structure();
    expect(structure.names).toEqual(snapshot.organisations.names);
    expect(structure.ties).toEqual(snapshot.organisations.ties);
    expect(structure.tieStart).toEqual(snapshot.organisations.tieStart);
  });

  it('fires scheduled live events at their tick whatever the batch sizes, as live events', () => {
    const live = [
      { tick: 12, event: { type: 'budget_cut' as const, order: 'P' as const } },
      { tick: 40, event: { type: 'leader_leaves' as const } },
    ];
    const run = (sizes: number[]) => {
      const api = createEngineApi();
      api.load({ kind: 'text', text: defaultScenarioText(), source: 'default.json' }, 8);
      api.schedule(live);
      const batches = sizes.map((size) => api.advance(size));
      return { efficiency: batches.flatMap((b) => [...b.columns.organisational_efficiency]), events: batches.flatMap((b) => b.events) };
    };
    const inOneGo = run([120]);
    const inPieces = run([11, 1, 27, 1, 80]);
    expect(inPieces).toEqual(inOneGo);
    expect(inOneGo.events.filter((e) => e.source === 'live').map((e) => [e.tick, e.type])).toEqual([
      [12, 'budget_cut'],
      [40, 'leader_leaves'],
    ]);
    // The same as injecting by hand the tick before.
    const sim = createSimulation(defaultWith(), 8);
    sim.run(11);
    sim.inject({ type: 'budget_cut', order: 'P' });
    sim.run(28);
    sim.inject({ type: 'leader_leaves' });
    sim.run();
    expect(inOneGo.efficiency).toEqual(Array.from(sim.columns().organisational_efficiency));
  });

  it('validates without starting a run', () => {
    const api = createEngineApi();
    expect(api.check({ kind: 'object', value: { action: { governance: 'nao' } } }).ok).toBe(true);
    const bad = api.check({ kind: 'text', text: '{"ticks": 0}', source: 'bad.json' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]).toMatchObject({ path: 'ticks', line: 1, source: 'bad.json' });
    expect(() => api.advance(1)).toThrow(/no scenario loaded/);
  });
});

describe('engine worker transfers', () => {
  it('transfers the state and structure buffers through comlink', async () => {
    const worker = new Worker(new URL('../../sim/worker/sim.worker.ts', import.meta.url), { type: 'module' });
    const api = Comlink.wrap<WorkerApi>(worker);
    await api.load({ kind: 'text', text: defaultScenarioText(), source: 'default.json' }, 9);
    const batch = await api.advance(200, { state: true, budgetMs: 1000 });
    expect(batch.done).toBe(true);
    expect(batch.state?.member).toBeInstanceOf(Uint8Array);
    expect(batch.summary?.seed).toBe(9);
    const structure = await api.structure();
    expect(structure.ties).toBeInstanceOf(Int32Array);
    worker.terminate();
  });
});
