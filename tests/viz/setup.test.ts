/** What defines a run on the page: settings written into the scenario, and the scenario exported so the CLI gives the same run. */
import { describe, expect, it } from 'vitest';
import { applyOverrides, engineInput, overridesB, scenarioForExport, valueAt, type RunSetup } from '../../viz/app/setup';
import { bundledScenario } from '../../viz/app/scenarios';
import { createEngineApi } from '../../sim/worker/api';
import { runScenario, validateScenario } from '../../sim/index';

describe('run setup', () => {
  it('writes settings at their paths in a copy, ignoring anything that is not a setting', () => {
    const raw = { action: { governance: 'shared' }, ticks: 10 };
    const out = applyOverrides(raw, { 'action.governance': 'nao', 'action.funding.grant': 0.5, '__proto__.x': 1, 'meta.title': 'x' }) as Record<
      string,
      unknown
    >;
    expect(out).toEqual({ action: { governance: 'nao', funding: { grant: 0.5 } }, ticks: 10 });
    expect(raw.action.governance).toBe('shared');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(valueAt(out, 'action.funding.grant')).toBe(0.5);
    expect(valueAt(out, 'action.nothing.here')).toBeUndefined();
  });

  it('hands a file untouched to the engine as text (for line:column), and as an object once a setting changed', () => {
    const source = { kind: 'file' as const, name: 'a.json', text: '{"ticks": 5}' };
    expect(engineInput(source, {})).toEqual({ kind: 'text', text: '{"ticks": 5}', source: 'a.json' });
    expect(engineInput(source, { ticks: 6 })).toEqual({ kind: 'object', value: { ticks: 6 } });
  });

  it('gives run B run A’s settings plus its own differences', () => {
    const setup: RunSetup = {
      source: { kind: 'bundled', id: 'default' },
      seed: 1,
      overrides: { ticks: 60, 'action.steward': true },
      compare: { 'action.steward': false },
      live: [],
    };
    expect(overridesB(setup)).toEqual({ ticks: 60, 'action.steward': false });
  });

  it('exports a scenario whose command-line run is the page’s run, live events included', () => {
    const live = [
      { tick: 20, event: { type: 'budget_cut' as const, order: 'T' as const } },
      { tick: 45, event: { type: 'leader_leaves' as const } },
    ];
    const overrides = { 'action.leadership': 'facilitative' };
    // The page's run: the engine API with live events scheduled.
    const api = createEngineApi();
    const loaded = api.load({ kind: 'object', value: applyOverrides(bundledScenario('default')!.raw, overrides) }, 9);
    expect(loaded.ok).toBe(true);
    api.schedule(live);
    const page = api.advance(1000);
    // The file's run, as the CLI does it.
    const exported = validateScenario(scenarioForExport({ kind: 'bundled', id: 'default' }, overrides, live));
    if (!exported.ok) throw new Error(JSON.stringify(exported.issues));
    const file = runScenario(exported.scenario, 9);
    expect(Array.from(file.columns.collective_effectiveness)).toEqual(Array.from(page.columns.collective_effectiveness));
    expect(file.events.filter((e) => e.source === 'scheduled').map((e) => [e.tick, e.type])).toEqual([
      [20, 'budget_cut'],
      [45, 'leader_leaves'],
    ]);
  });
});
