/**
 * `sim robustness <sweep.json> [--metric NAME] [--seeds N] [--ablate path=value]...
 *                               [--only model.a,model.b] [--workers N] [--out DIR]`
 *
 * Is a comparison between settings a finding or a constant's doing? The sweep's settings
 * are compared with its first (paired seeds, one summary metric); then every model
 * constant is perturbed ×0.5 and ×1.5 one at a time, and optionally a mechanism is
 * switched off, and the comparisons are measured again (sim/run/robustness.ts). Here: the
 * options, the sweep and the plan checked, the runs on a worker pool; what is written
 * (robustness.csv, robustness.json) and printed is robustnessReport.ts's.
 */
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { integerOption, parseArgs, single, type ParsedArgs } from './args';
import { CliError } from './errors';
import { formatIssue } from '../scenario/issues';
import { parseOverride } from '../scenario/overrides';
import { loadSweep } from './sweep/loadSweep';
import { ensureDirectory } from './sweep/outputDir';
import { createProgress } from './sweep/progress';
import { workerPoolExecutor } from './validation/pool';
import { checkDistinctOutputs, writeAllOrNone } from './outputs';
import type { RunSummary } from '../metrics/summary';
import type { SweepPlan } from '../sweep/plan';
import type { RunBatch } from '../validation/validate';
import { compare, planRobustness, ROBUSTNESS_METRICS, summariseRobustness, type RobustnessMetric, type RobustnessVariant } from '../run/robustness';
import { clip } from '../scenario/issues';
import { robustnessCsv, robustnessJson, robustnessSummary, type RobustnessRun } from './robustnessReport';

export const ROBUSTNESS_USAGE =
  'usage: npm run -s sim -- robustness <sweep.json> [--metric NAME] [--seeds N] [--ablate path=value]... [--only model.a,model.b] [--workers N] [--out DIR]';

/** Above this many runs the analysis takes hours on one machine: narrow it with --only or --seeds. */
export const MAX_ROBUSTNESS_RUNS = 2_000_000;

/** Seeds per batch sent to a worker. */
const BATCH_SEEDS = 25;

export async function robustnessCommand(argv: readonly string[], stdout: (text: string) => void, stderr: NodeJS.WriteStream): Promise<void> {
  const args = parseArgs(argv, { metric: true, seeds: true, ablate: true, only: true, workers: true, out: true, help: false });
  if (args.options.has('help')) return stdout(`${ROBUSTNESS_USAGE}\n`);
  if (args.positionals.length !== 1) throw new CliError(`expected one sweep file\n${ROBUSTNESS_USAGE}`);
  const file = args.positionals[0]!;
  const { metric, workers, ablate, only } = analysisOptions(args);

  const { plan, inputs } = comparableSweep(file);
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
  checkDistinctOutputs([{ option: '--out', path: out, directory: true, files: ['robustness.csv', 'robustness.json'] }], inputs);
  ensureDirectory(out);

  const summaries = await runVariants(variants, plan, seeds, workers, stderr);
  const results = summaries.map((bySetting) => compare(plan, bySetting, metric));
  const verdicts = summariseRobustness(variants, results);
  const run: RobustnessRun = { file, metric, seeds, ablate, skipped, out };
  writeAllOrNone([
    { path: join(out, 'robustness.csv'), content: robustnessCsv(variants, results) },
    { path: join(out, 'robustness.json'), content: robustnessJson(run, verdicts) },
  ]);
  stdout(robustnessSummary(run, variants.length, verdicts));
}

/** --metric, --workers, --ablate and --only, checked in that order. */
function analysisOptions(args: ParsedArgs) {
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
  const only = single(args, 'only')
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return { metric, workers, ablate, only };
}

/** The sweep, refused unless its settings can be compared: at least two, seeds paired by replication. */
function comparableSweep(file: string): { plan: SweepPlan; inputs: string[] } {
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
  return { plan, inputs: loaded.inputs ?? [file] };
}

/** Every variant's every setting on every seed, on a worker pool: summaries by variant, setting and seed (in seed order). */
async function runVariants(
  variants: readonly RobustnessVariant[],
  plan: SweepPlan,
  seeds: readonly number[],
  workers: number,
  stderr: NodeJS.WriteStream,
): Promise<RunSummary[][][]> {
  const summaries: RunSummary[][][] = variants.map(() => plan.settings.map(() => new Array<RunSummary>(seeds.length)));
  const batches: RunBatch[] = [];
  variants.forEach((variant, v) =>
    variant.scenarios.forEach((scenario, s) => {
      for (let k = 0; k < seeds.length; k += BATCH_SEEDS) batches.push({ arm: `${v}:${s}:${k}`, scenario, seeds: seeds.slice(k, k + BATCH_SEEDS) });
    }),
  );
  const progress = createProgress(variants.length * plan.settings.length * seeds.length, 0, stderr);
  let done = 0;
  await workerPoolExecutor(workers)(batches, (batch, runs) => {
    const [v, s, k] = batch.arm.split(':').map(Number) as [number, number, number];
    runs.forEach((run, j) => (summaries[v]![s]![k + j] = run.summary));
    done += runs.length;
    progress.update(done);
  });
  progress.finish(done);
  return summaries;
}
