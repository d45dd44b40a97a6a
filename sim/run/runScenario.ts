/** Runs a scenario to its horizon and returns everything a caller may want to keep. */
import type { Scenario } from '../scenario/schema';
import { createSimulation } from '../model/simulation';
import type { Columns } from '../metrics/columns';
import type { FiredEvent } from '../model/events';
import { summarise, type RunSummary } from '../metrics/summary';

export interface RunResult {
  seed: number;
  columns: Columns;
  events: FiredEvent[];
  summary: RunSummary;
}

export function runScenario(scenario: Scenario, seed: number, ticks = scenario.ticks): RunResult {
  const sim = createSimulation(scenario, seed);
  sim.run(ticks);
  const columns = sim.columns();
  return {
    seed,
    columns,
    events: [...sim.events()],
    summary: summarise(columns, seed, sim.state.action.firstDissolution),
  };
}
