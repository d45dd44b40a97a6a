/**
 * What `sim robustness` writes and prints (robustness.ts runs the analysis): robustness.csv,
 * one row per variant and comparison; robustness.json, the verdicts per comparison; and a
 * summary for the terminal, each comparison's baseline effect, then how it fares with the
 * mechanism off and under the perturbations.
 */
import { csvCell } from '../sweep/output';
import type { ComparisonResult, ComparisonRobustness, RobustnessMetric, RobustnessVariant } from '../run/robustness';
import { ROBUST_SHARE } from '../validation/protocol';
import type { MeanInterval } from '../run/statistics';

/** What the report says about the analysis besides its results. */
export interface RobustnessRun {
  file: string;
  metric: RobustnessMetric;
  seeds: number[];
  ablate: Record<string, unknown>;
  skipped: string[];
  out: string;
}

/** Six significant digits; empty when not finite. */
const f = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(6)).toString() : '');
const interval = (e: MeanInterval) => `${f(e.mean)} [${f(e.low)}, ${f(e.high)}]`;

/** robustness.csv: every variant's every comparison. `results[v]` holds variant v's comparisons. */
export function robustnessCsv(variants: readonly RobustnessVariant[], results: readonly ComparisonResult[][]): string {
  const header = ['variant', 'constant', 'factor', 'value', 'setting', 'comparison', 'n', 'effect', 'low', 'high'];
  const rows = [header.join(',')];
  variants.forEach((variant, v) =>
    results[v]!.forEach((c) => {
      const values = variant.values ? [...new Set(variant.values)].join(' ') : '';
      const cells = [
        variant.kind,
        variant.path ?? '',
        variant.factor ?? '',
        values,
        c.setting,
        c.label,
        c.effect.n,
        f(c.effect.mean),
        f(c.effect.low),
        f(c.effect.high),
      ];
      rows.push(cells.map(csvCell).join(','));
    }),
  );
  return `${rows.join('\n')}\n`;
}

/** robustness.json: the run's settings and the verdicts per comparison. */
export function robustnessJson(run: RobustnessRun, verdicts: readonly ComparisonRobustness[]): string {
  const { file, metric, seeds, ablate, skipped } = run;
  const json = { sweep: file, metric, seeds: { first: seeds[0], count: seeds.length }, ablate, skipped, robust_share: ROBUST_SHARE, comparisons: verdicts };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** The summary printed at the end: one paragraph per comparison, the first ten breaking perturbations. */
export function robustnessSummary(run: RobustnessRun, variantCount: number, verdicts: readonly ComparisonRobustness[]): string {
  const { metric, seeds, ablate, skipped, out } = run;
  const lines = [`robustness of ${metric} differences, ${seeds.length} paired seeds, ${variantCount - 1} variants (${out}/robustness.csv, robustness.json):`];
  for (const c of verdicts) {
    const clear = c.baseline.low > 0 || c.baseline.high < 0;
    lines.push(`  ${c.label}: ${interval(c.baseline)}${clear ? '' : ' (no clear effect: the interval includes 0)'}`);
    if (c.ablation) {
      const switchedOff = Object.entries(ablate)
        .map(([p, v]) => `${p}=${JSON.stringify(v)}`)
        .join(', ');
      const meaning = c.ablation.verdict === 'holds' ? 'still holds: not explained by this mechanism' : `${c.ablation.verdict}: explained`;
      lines.push(`    with ${switchedOff}: ${interval(c.ablation.effect)}: ${meaning}`);
    }
    if (c.tried > 0) {
      lines.push(`    holds under ${c.held} of ${c.tried} perturbations (${(100 * c.share).toFixed(0)}%): ${c.robust ? 'robust' : 'NOT robust'}`);
      for (const b of c.breaking.slice(0, 10)) lines.push(`      ${b.verdict} with ${b.path} ×${b.factor}: ${interval(b.effect)}`);
      if (c.breaking.length > 10) lines.push(`      ... and ${c.breaking.length - 10} more (robustness.csv)`);
    }
  }
  if (skipped.length > 0) lines.push(`  not perturbed (varied by the sweep or ablated): ${skipped.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
