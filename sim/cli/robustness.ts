/**
 * `sim robustness <sweep.json> [--metric NAME] [--seeds N] [--ablate path=value]...
 *                               [--only model.a,model.b] [--workers N] [--out DIR]`
 *
 * Is a comparison between settings a finding or a constant's doing? The sweep's settings
 * are compared with its first (paired seeds, one summary metric); then every model
 * constant is perturbed ×0.5 and ×1.5 one at a time, and optionally a mechanism is
 * switched off, and the comparisons are measured again (sim/run/robustness.ts). Writes
 * robustness.csv (one row per variant and comparison) and robustness.json, and prints a
 * summary.
 */
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { integerOption, parseArgs, single } from './args';
import { CliError } from './errors';
import { formatIssue } from '../scenario/issues';
import { parseOverride } from '../scenario/overrides';
import { loadSweep } from './sweep/loadSweep';
import { ensureDirectory } from './sweep/outputDir';
import { createProgress } from './sweep/progress';
import { removeStaleBundles } from './sweep/workerBundle';
import { workerPoolExecutor } from './validation/pool';
import { checkDistinctOutputs, writeAllOrNone } from './outputs';
import { csvCell } from '../sweep/output';
import type { RunSummary } from '../metrics/summary';
import type { RunBatch } from '../validation/validate';
import { compare, planRobustness, ROBUSTNESS_METRICS, summariseRobustness, type ComparisonResult, type RobustnessMetric } from '../run/robustness';
import { ROBUST_SHARE } from '../validation/protocol';
import { clip } from '../scenario/issues';

export const ROBUSTNESS_USAGE =
  'usage: npm run -s sim -- robustness <sweep.json> [--metric NAME] [--seeds N] [--ablate path=value]... [--only model.a,model.b] [--workers N] [--out DIR]';

/** Above this many runs the analysis takes hours on one machine: narrow it with --only or --seeds. */
export const MAX_ROBUSTNESS_RUNS = 2_000_000;

const f = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(6)).toString() : '');

export async function robustnessCommand(argv: readonly string[], stdout: (text: string) => void, stderr: NodeJS.WriteStream): Promise<void> {
  const args = parseArgs(argv, { metric: true, seeds: true, ablate: true, only: true, workers: true, out: true, help: false });
  if (args.options.has('help')) return stdout(`${ROBUSTNESS_USAGE}\n`);
  if (args.positionals.length !== 1) throw new CliError(`expected one sweep file\n${ROBUSTNESS_USAGE}`);
  const file = args.positionals[0]!;
  const metric = (single(args, 'metric') ?? 'cumulative_effectiveness') as RobustnessMetric;
  if (!ROBUSTNESS_METRICS.includes(metric))
    throw new CliError(`--metric: expected one of ${ROBUSTNESS_METRICS.join(', ')}, received ${JSON.stringify(clip(metric))}`);
  const workers = integerOption(args, 'workers', 1, 256) ?? availableParallelism();
  const ablate: Record<string, unknown> = {};
  for (const text of args.options.get('ablate') ?? []) {
    const parsed = parseOverride(text);
    if (!('value' in parsed)) throw new CliError(`--ablate ${parsed.path}: expected ${parsed.expected}, received ${parsed.received}`);
    ablate[parsed.path.join('.')] = parsed.value;
  }
  const onlyText = single(args, 'only');
  const only = onlyText
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

  removeStaleBundles();
  const loaded = loadSweep(file);
  if (!loaded.ok)
    throw new CliError(
      `${loaded.issues.length} problem${loaded.issues.length > 1 ? 's' : ''} in the sweep:\n${loaded.issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`,
    );
  const { plan } = loaded;
  if (plan.settings.length < 2)
    throw new CliError(`${file}: a robustness analysis compares settings: the sweep needs at least two (it has ${plan.settings.length}; add a factor)`);
  if (plan.seedPolicy !== 'paired')
    throw new CliError(`${file}: seeds.policy must be "paired" (comparisons are paired by replication), found "${plan.seedPolicy}"`);
  const seedCount = integerOption(args, 'seeds', 2, 100_000) ?? plan.replications;
  const seeds = Array.from({ length: seedCount }, (_, k) => plan.seedBase + k);

  const planned = planRobustness(plan, { ablate, ...(only ? { only } : {}) });
  if (!planned.ok) throw new CliError(`cannot plan the analysis:\n${planned.problems.map((p) => `  ${p}`).join('\n')}`);
  const { variants, skipped } = planned;
  const total = variants.length * plan.settings.length * seeds.length;
  if (total > MAX_ROBUSTNESS_RUNS) {
    throw new CliError(
      `${total.toLocaleString('en')} runs planned (${variants.length} variants × ${plan.settings.length} settings × ${seeds.length} seeds), more than ${MAX_ROBUSTNESS_RUNS.toLocaleString('en')}: narrow it with --only or --seeds`,
    );
  }
  const out = single(args, 'out') ?? `${basename(file).replace(/\.json$/i, '')}-robustness`;
  checkDistinctOutputs([{ option: '--out', path: out, directory: true, files: ['robustness.csv', 'robustness.json'] }], loaded.inputs ?? [file]);
  ensureDirectory(out);

  // One batch per variant, setting and slice of seeds; summaries kept in seed order.
  const summaries: RunSummary[][][] = variants.map(() => plan.settings.map(() => new Array<RunSummary>(seeds.length)));
  const batches: RunBatch[] = [];
  variants.forEach((variant, v) =>
    variant.scenarios.forEach((scenario, s) => {
      for (let k = 0; k < seeds.length; k += 25) batches.push({ arm: `${v}:${s}:${k}`, scenario, seeds: seeds.slice(k, k + 25) });
    }),
  );
  const progress = createProgress(total, 0, stderr);
  let done = 0;
  await workerPoolExecutor(workers)(batches, (batch, runs) => {
    const [v, s, k] = batch.arm.split(':').map(Number) as [number, number, number];
    runs.forEach((run, j) => (summaries[v]![s]![k + j] = run.summary));
    done += runs.length;
    progress.update(done);
  });
  progress.finish(done);

  const results: ComparisonResult[][] = summaries.map((bySetting) => compare(plan, bySetting, metric));
  const verdicts = summariseRobustness(variants, results);

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
  const json = { sweep: file, metric, seeds: { first: seeds[0], count: seeds.length }, ablate, skipped, robust_share: ROBUST_SHARE, comparisons: verdicts };
  writeAllOrNone([
    { path: join(out, 'robustness.csv'), content: `${rows.join('\n')}\n` },
    { path: join(out, 'robustness.json'), content: `${JSON.stringify(json, null, 2)}\n` },
  ]);

  const lines = [
    `robustness of ${metric} differences, ${seeds.length} paired seeds, ${variants.length - 1} variants (${out}/robustness.csv, robustness.json):`,
  ];
  for (const c of verdicts) {
    const clear = c.baseline.low > 0 || c.baseline.high < 0;
    lines.push(
      `  ${c.label}: ${f(c.baseline.mean)} [${f(c.baseline.low)}, ${f(c.baseline.high)}]${clear ? '' : ' (no clear effect: the interval includes 0)'}`,
    );
    if (c.ablation)
      lines.push(
        `    with ${Object.entries(ablate)
          .map(([p, v]) => `${p}=${JSON.stringify(v)}`)
          .join(
            ', ',
          )}: ${f(c.ablation.effect.mean)} [${f(c.ablation.effect.low)}, ${f(c.ablation.effect.high)}]: ${c.ablation.verdict === 'holds' ? 'still holds: not explained by this mechanism' : `${c.ablation.verdict}: explained`}`,
      );
    if (c.tried > 0) {
      lines.push(`    holds under ${c.held} of ${c.tried} perturbations (${(100 * c.share).toFixed(0)}%): ${c.robust ? 'robust' : 'NOT robust'}`);
      for (const b of c.breaking.slice(0, 10))
        lines.push(`      ${b.verdict} with ${b.path} ×${b.factor}: ${f(b.effect.mean)} [${f(b.effect.low)}, ${f(b.effect.high)}]`);
      if (c.breaking.length > 10) lines.push(`      ... and ${c.breaking.length - 10} more (robustness.csv)`);
    }
  }
  if (skipped.length > 0) lines.push(`  not perturbed (varied by the sweep or ablated): ${skipped.join(', ')}`);
  stdout(`${lines.join('\n')}\n`);
}
