/**
 * Expands a sweep into its settings (all combinations of factor values, first factor
 * varying slowest) and runs (setting × replication), each with its seed. Pure: the CLI,
 * the worker pool and the browser all plan the same sweep the same way.
 */
import type { SweepFile, FactorValues } from '../sweep/schema';
import type { Scenario } from '../scenario/schema';
import type { ScenarioIssue } from '../scenario/issues';
import { parseOverride, applyOverride, type Override } from '../scenario/overrides';
import { validateScenario } from '../scenario/parse';
import { canonicalJson, hashText } from './hash';

export interface Setting {
  index: number;
  /** `s000`, `s001`, ...: stable names for output rows. */
  id: string;
  values: unknown[];
  scenario: Scenario;
}

export interface SweepPlan {
  title: string;
  factorNames: string[];
  factorLevels: unknown[][];
  settings: Setting[];
  replications: number;
  seedPolicy: 'paired' | 'independent';
  seedBase: number;
  metrics: string[];
  totalRuns: number;
  /** Identifies the sweep (settings, seeds, metrics): shards merge only with the same hash. */
  hash: string;
}

export interface RunSpec {
  run: number;
  setting: number;
  replication: number;
  seed: number;
}

/** Evenly spaced values; rounded to 12 significant digits so 0.1 steps print as 0.1, not 0.30000000000000004. */
export function expandLevels(values: FactorValues): unknown[] {
  if (Array.isArray(values)) return values;
  const { from, to, steps, integer } = values;
  return Array.from({ length: steps }, (_, k) => {
    const x = from + ((to - from) * k) / (steps - 1);
    return integer ? Math.round(x) : Number(x.toPrecision(12));
  });
}

export function runSpec(plan: SweepPlan, run: number): RunSpec {
  const setting = Math.floor(run / plan.replications);
  const replication = run % plan.replications;
  const seed = plan.seedPolicy === 'paired' ? plan.seedBase + replication : plan.seedBase + run;
  return { run, setting, replication, seed };
}

export function planSweep(sweep: SweepFile, baseScenario: unknown, source: string): { ok: true; plan: SweepPlan } | { ok: false; issues: ScenarioIssue[] } {
  const issues: ScenarioIssue[] = [];
  const factorNames = Object.keys(sweep.factors);
  const overridesByFactor: Override[][] = [];
  const factorLevels: unknown[][] = [];
  for (const name of factorNames) {
    const levels = expandLevels(sweep.factors[name]!);
    factorLevels.push(levels);
    const overrides: Override[] = [];
    for (const level of levels) {
      const parsed = parseOverride(`${name}=${JSON.stringify(level)}`);
      if ('value' in parsed) overrides.push({ ...parsed, value: level });
      else {
        issues.push({ ...parsed, source, path: `factors.${name}` });
        break;
      }
    }
    overridesByFactor.push(overrides);
  }
  if (issues.length > 0) return { ok: false, issues };

  const settings: Setting[] = [];
  const count = factorLevels.reduce((n, levels) => n * levels.length, 1);
  for (let index = 0; index < count; index++) {
    let rest = index;
    const picks = new Array<number>(factorNames.length);
    for (let f = factorNames.length - 1; f >= 0; f--) {
      picks[f] = rest % factorLevels[f]!.length;
      rest = Math.floor(rest / factorLevels[f]!.length);
    }
    let raw: unknown = baseScenario;
    picks.forEach((pick, f) => (raw = applyOverride(raw, overridesByFactor[f]![pick]!)));
    if (sweep.ticks !== undefined) raw = { ...(raw as object), ticks: sweep.ticks };
    const validated = validateScenario(raw, { source });
    const values = picks.map((pick, f) => factorLevels[f]![pick]);
    if (!validated.ok) {
      const label = factorNames.map((name, f) => `${name}=${JSON.stringify(values[f])}`).join(', ');
      for (const issue of validated.issues) issues.push({ ...issue, source: `${source} (setting ${label || 'base'})` });
      if (issues.length > 20) break;
      continue;
    }
    settings.push({ index, id: `s${String(index).padStart(3, '0')}`, values, scenario: validated.scenario });
  }
  if (issues.length > 0) return { ok: false, issues };

  const plan: SweepPlan = {
    title: sweep.title,
    factorNames,
    factorLevels,
    settings,
    replications: sweep.replications,
    seedPolicy: sweep.seeds.policy,
    seedBase: sweep.seeds.base,
    metrics: sweep.metrics,
    totalRuns: settings.length * sweep.replications,
    hash: '',
  };
  plan.hash = hashText(
    canonicalJson({ scenarios: settings.map((s) => s.scenario), replications: plan.replications, seeds: sweep.seeds, metrics: plan.metrics }),
  );
  return { ok: true, plan };
}
