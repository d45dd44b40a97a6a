/** Helpers for tests that compare settings over many seeds (paired: same seeds in both arms). */
import { parseScenario, runScenario, type RunResult, type Scenario } from '../../sim/index';
import { readFileSync } from 'node:fs';

export function scenarioFrom(input: object = {}): Scenario {
  const result = parseScenario(JSON.stringify(input));
  if (!result.ok) throw new Error(`test scenario invalid: ${JSON.stringify(result.issues)}`);
  return result.scenario;
}

export function defaultScenarioText(): string {
  return readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8');
}

/** The bundled default scenario with some fields replaced (deep merge of plain objects). */
export function defaultWith(changes: object = {}): Scenario {
  const base = JSON.parse(defaultScenarioText()) as Record<string, unknown>;
  return scenarioFrom(merge(base, changes as Record<string, unknown>));
}

function merge(base: Record<string, unknown>, changes: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    const current = out[key];
    out[key] =
      value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object' && !Array.isArray(current)
        ? merge(current as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return out;
}

export function runMany(scenario: Scenario, seeds: number, firstSeed = 1): RunResult[] {
  const out: RunResult[] = [];
  for (let s = firstSeed; s < firstSeed + seeds; s++) out.push(runScenario(scenario, s));
  return out;
}

export interface Interval {
  mean: number;
  low: number;
  high: number;
  n: number;
}

/** Mean and normal-approximation 95% interval of a sample. */
export function meanInterval(values: readonly number[]): Interval {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, n - 1);
  const half = 1.96 * Math.sqrt(variance / n);
  return { mean, low: mean - half, high: mean + half, n };
}

/** Paired difference b − a over the same seeds, with its 95% interval. */
export function pairedDifference(a: readonly number[], b: readonly number[]): Interval {
  return meanInterval(a.map((x, k) => b[k]! - x));
}

export function report(label: string, interval: Interval): string {
  const line = `${label}: ${interval.mean.toFixed(4)} [95% CI ${interval.low.toFixed(4)}, ${interval.high.toFixed(4)}] (n = ${interval.n})`;
  console.log(line);
  return line;
}

export const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Mean over ticks of a column, per run. */
export function columnMeans(results: readonly RunResult[], column: keyof RunResult['columns'], from = 0, to = Infinity): number[] {
  return results.map((r) => {
    const values = r.columns[column];
    const end = Math.min(values.length, to);
    let sum = 0;
    for (let k = from; k < end; k++) sum += values[k]!;
    return end > from ? sum / (end - from) : 0;
  });
}
