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
  /** Per-organisation measures of the fact's probe (empty without one). */
  series: Record<string, Float64Array>;
}

export function runForFacts(scenario: Scenario, seed: number, probes: readonly ProbeName[] = []): FactRun {
  const sim = createSimulation(scenario, seed);
  let measures: Record<string, number> = {};
  let series: Record<string, Float64Array> = {};
  if (probes.length > 0) {
    const observers = probes.map((name) => createProbe(name, sim));
    for (let t = 0; t < scenario.ticks; t++) {
      sim.tick();
      for (const observer of observers) observer.observe();
    }
    for (const observer of observers) {
      measures = { ...measures, ...observer.result() };
      series = { ...series, ...observer.series?.() };
    }
  } else sim.run();
  const columns = sim.columns();
  return { seed, columns, summary: summarise(columns, seed, sim.state.action.firstDissolution), measures, series };
}
