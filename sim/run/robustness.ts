/**
 * Robustness of an analyst's comparison (`sim robustness <sweep.json>`): the sweep's
 * settings are compared with its first setting (paired seeds, one summary metric), then
 * the same comparisons are re-measured with every model constant ×0.5 and ×1.5, one at a
 * time, and optionally with a mechanism switched off (`--ablate`). The same protocol as
 * the stylized facts (sim/validation/protocol.ts), for the analyst's own question.
 *
 * Pure: runs come from the caller's executor; this module plans and analyses.
 */
import type { Scenario } from '../scenario/schema';
import type { RunSummary } from '../metrics/summary';
import { applyOverride, parseOverride } from '../scenario/overrides';
import { validateScenario } from '../scenario/parse';
import { modelConstantList, modelValueAt } from '../scenario/modelConstants';
import { pairedDifference, type MeanInterval } from './statistics';
import { perturbedValue, PERTURBATION_FACTORS, ROBUST_SHARE } from '../validation/protocol';
import type { SweepPlan } from '../sweep/plan';

/** Per-run numbers of the summary a comparison can be made on. */
export const ROBUSTNESS_METRICS = [
  'cumulative_effectiveness',
  'final_population_outcome',
  'lifetime',
  'survived',
  'dissolved',
  'mean_efficiency',
  'mean_efficiency_members',
  'peak_members',
  'mean_members',
  'joins_total',
  'leaves_total',
  'grid_cells_visited',
] as const;
export type RobustnessMetric = (typeof ROBUSTNESS_METRICS)[number];

export const metricValue = (summary: RunSummary, metric: RobustnessMetric): number => {
  const value = summary[metric];
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
};

/** A version of every setting of the sweep: as written, with a mechanism off, or with one constant perturbed. */
export interface RobustnessVariant {
  kind: 'baseline' | 'ablation' | 'perturbation';
  /** `model.*` path perturbed (perturbations only). */
  path?: string;
  factor?: number;
  /** One scenario per setting of the sweep. */
  scenarios: Scenario[];
  /** The value the perturbed constant takes in each setting. */
  values?: number[];
}

export type Verdict = 'holds' | 'weakened' | 'reversed';

/** How an effect fares against the baseline's: same side of 0 with the interval excluding 0, interval including 0, or the other side. */
export function verdict(baseline: MeanInterval, effect: MeanInterval): Verdict {
  const sign = baseline.mean >= 0 ? 1 : -1;
  if (sign > 0 ? effect.low > 0 : effect.high < 0) return 'holds';
  if (sign > 0 ? effect.high < 0 : effect.low > 0) return 'reversed';
  return 'weakened';
}

function override(scenario: Scenario, values: Record<string, unknown>, source: string): Scenario | string {
  let raw: unknown = scenario;
  for (const [path, value] of Object.entries(values)) {
    const parsed = parseOverride(`${path}=${JSON.stringify(value)}`);
    if (!('value' in parsed)) return `${path}: ${parsed.expected}`;
    raw = applyOverride(raw, { ...parsed, value });
  }
  const result = validateScenario(raw, { source });
  return result.ok ? result.scenario : result.issues.map((i) => `${i.path}: expected ${i.expected}, received ${i.received}`).join('; ');
}

/**
 * The variants to run: the baseline, the ablation (when `ablate` is given), and every
 * model constant × each factor, except the sweep's own factors and the ablated paths
 * (a perturbation of what the sweep varies would overwrite it). `only` keeps the listed
 * `model.*` paths. Returns the variants, or the problems with `ablate`.
 */
export function planRobustness(
  plan: SweepPlan,
  options: { ablate?: Record<string, unknown>; only?: readonly string[]; factors?: readonly number[] },
): { ok: true; variants: RobustnessVariant[]; skipped: string[] } | { ok: false; problems: string[] } {
  const base = plan.settings.map((s) => s.scenario);
  const variants: RobustnessVariant[] = [{ kind: 'baseline', scenarios: base }];
  const problems: string[] = [];
  const ablate = options.ablate ?? {};
  if (Object.keys(ablate).length > 0) {
    const scenarios = base.map((s, k) => override(s, ablate, `--ablate (setting ${plan.settings[k]!.id})`));
    const bad = scenarios.filter((s): s is string => typeof s === 'string');
    if (bad.length > 0) return { ok: false, problems: [...new Set(bad)] };
    variants.push({ kind: 'ablation', scenarios: scenarios as Scenario[] });
  }
  const fixed = new Set([...plan.factorNames, ...Object.keys(ablate)]);
  const only = options.only ? new Set(options.only) : undefined;
  const skipped: string[] = [];
  for (const { path, constant } of modelConstantList()) {
    const full = `model.${path}`;
    if (only && !only.has(full)) continue;
    if (fixed.has(full)) {
      skipped.push(full);
      continue;
    }
    for (const factor of options.factors ?? PERTURBATION_FACTORS) {
      const values = base.map((s) => perturbedValue(constant, modelValueAt(s.model, path)!, factor));
      if (values.every((v, k) => v === modelValueAt(base[k]!.model, path))) continue;
      const scenarios = base.map((s, k) => override(s, { [full]: values[k] }, full));
      const bad = scenarios.find((s): s is string => typeof s === 'string');
      if (bad) problems.push(bad);
      else variants.push({ kind: 'perturbation', path: full, factor, values, scenarios: scenarios as Scenario[] });
    }
  }
  if (only) for (const path of only) if (!modelConstantList().some((c) => `model.${c.path}` === path)) problems.push(`--only ${path}: not a model constant`);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, variants, skipped };
}

export interface ComparisonResult {
  /** Setting compared with the first setting. */
  setting: string;
  label: string;
  effect: MeanInterval;
}

/** Every setting after the first minus the first, paired by replication. */
export function compare(plan: SweepPlan, summaries: readonly RunSummary[][], metric: RobustnessMetric): ComparisonResult[] {
  const label = (k: number) => plan.factorNames.map((name, f) => `${name}=${JSON.stringify(plan.settings[k]!.values[f])}`).join(', ');
  const first = summaries[0]!.map((s) => metricValue(s, metric));
  return plan.settings.slice(1).map((setting, k) => ({
    setting: setting.id,
    label: `${label(k + 1)} − ${label(0)}`,
    effect: pairedDifference(
      first,
      summaries[k + 1]!.map((s) => metricValue(s, metric)),
    ),
  }));
}

export interface ComparisonRobustness {
  setting: string;
  label: string;
  baseline: MeanInterval;
  ablation?: { effect: MeanInterval; verdict: Verdict };
  tried: number;
  held: number;
  share: number;
  robust: boolean;
  breaking: { path: string; factor: number; effect: MeanInterval; verdict: Verdict }[];
}

/** The verdicts over every variant, per comparison. `results[v]` holds variant v's comparisons. */
export function summariseRobustness(variants: readonly RobustnessVariant[], results: readonly ComparisonResult[][]): ComparisonRobustness[] {
  const baseline = results[0]!;
  return baseline.map((comparison, c) => {
    const out: ComparisonRobustness = {
      setting: comparison.setting,
      label: comparison.label,
      baseline: comparison.effect,
      tried: 0,
      held: 0,
      share: 0,
      robust: false,
      breaking: [],
    };
    variants.forEach((variant, v) => {
      if (v === 0) return;
      const effect = results[v]![c]!.effect;
      const seen = verdict(comparison.effect, effect);
      if (variant.kind === 'ablation') out.ablation = { effect, verdict: seen };
      else {
        out.tried++;
        if (seen === 'holds') out.held++;
        else out.breaking.push({ path: variant.path!, factor: variant.factor!, effect, verdict: seen });
      }
    });
    out.share = out.tried > 0 ? out.held / out.tried : 0;
    out.robust = out.share >= ROBUST_SHARE;
    return out;
  });
}
