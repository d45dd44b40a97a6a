import '@vitest/web-worker';
import { describe, expect, it } from 'vitest';
import * as Comlink from 'comlink';
import type { WorkerApi } from '../../sim/worker/sim.worker';
import { createEngineApi } from '../../sim/worker/api';
import { runScenario } from '../../sim/index';
import { defaultScenarioText, defaultWith } from '../helpers/runs';

describe('engine worker (comlink)', () => {
  it('streams the same numbers as a direct run, in batches, and accepts live events', async () => {
    const worker = new Worker(new URL('../../sim/worker/sim.worker.ts', import.meta.url), { type: 'module' });
    const api = Comlink.wrap<WorkerApi>(worker);
    const loaded = await api.loadText(defaultScenarioText(), 'default.json', 11);
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
    const loaded = await api.load({ action: { governance: 'council' } }, 1);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.issues[0]!.path).toBe('action.governance');
    worker.terminate();
  });
});

describe('engine API (no worker)', () => {
  it('injects a live event at the next tick and records it as live', () => {
    const api = createEngineApi();
    api.loadText(defaultScenarioText(), 'default.json', 2);
    api.advance(10);
    api.inject({ type: 'budget_cut', order: 'T', magnitude: 0.4 });
    const batch = api.advance(1);
    expect(batch.events.filter((e) => e.source === 'live')).toEqual([{ tick: 11, type: 'budget_cut', source: 'live', order: 'T', magnitude: 0.4 }]);
    expect(api.snapshot().tick).toBe(11);
  });

  it('does not run past the horizon unless asked to', () => {
    const api = createEngineApi();
    api.load({ ticks: 5 }, 1);
    expect(api.advance(100).to).toBe(5);
    expect(api.advance(100).to).toBe(5);
    expect(api.advance(3, true).to).toBe(8);
  });
});
