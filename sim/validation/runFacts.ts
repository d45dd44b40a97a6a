/** Runs the arms of the stylized facts (each scenario once, shared between facts) and evaluates them. */
import type { Scenario } from '../scenario/schema';
import { runScenario, type RunResult } from '../run/runScenario';
import { FACTS, type FactDefinition } from './facts';
import type { Check, Figure } from './checks';

export interface FactResult {
  fact: FactDefinition;
  checks: Check[];
  passed: boolean;
  figure: Figure;
  notes: string[];
}

export function runFacts(load: (file: string) => Scenario, facts: readonly FactDefinition[] = FACTS): FactResult[] {
  const cache = new Map<string, RunResult[]>();
  const runsOf = (file: string, seeds: number): RunResult[] => {
    const key = `${file}#${seeds}`;
    let runs = cache.get(key);
    if (!runs) {
      const scenario = load(file);
      runs = Array.from({ length: seeds }, (_, k) => runScenario(scenario, k + 1));
      cache.set(key, runs);
    }
    return runs;
  };
  return facts.map((fact) => {
    const runs = Object.fromEntries(Object.entries(fact.arms).map(([label, file]) => [label, runsOf(file, fact.seeds)]));
    const { checks, figure, notes } = fact.evaluate(runs);
    return { fact, checks, passed: checks.every((c) => c.passed), figure, notes };
  });
}
