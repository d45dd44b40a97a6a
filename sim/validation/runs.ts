/** One run as the stylized facts read it: the recorded columns, the summary, and any probe's measures. */
import type { Scenario } from '../scenario/schema';
import type { Columns } from '../metrics/columns';
import { summarise, type RunSummary } from '../metrics/summary';
import { createSimulation } from '../model/simulation';
import { createProbe, type ProbeName } from './probes';

export interface FactRun {
  seed: number;
  columns: Columns;
  summary: RunSummary;
  /** Per-run measures of the fact's probe (empty without one). */
  measures: Record<string, number>;
}

export function runForFacts(scenario: Scenario, seed: number, probe?: ProbeName): FactRun {
  const sim = createSimulation(scenario, seed);
  let measures: Record<string, number> = {};
  if (probe) {
    const observer = createProbe(probe, sim);
    for (let t = 0; t < scenario.ticks; t++) {
      sim.tick();
      observer.observe();
    }
    measures = observer.result();
  } else sim.run();
  const columns = sim.columns();
  return { seed, columns, summary: summarise(columns, seed, sim.state.action.firstDissolution), measures };
}
