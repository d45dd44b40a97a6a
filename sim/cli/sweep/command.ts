/**
 * `sim sweep <sweep.json> [--workers N] [--out DIR] [--shard K/N] [--resume]`
 *
 * Runs every (setting, replication) of a sweep in a pool of worker threads, appending
 * each finished run to the journal, then writes the result files. Killed at any moment,
 * `--resume` runs only what is missing; the finished folder is the same as if it had
 * never stopped, and the same whatever the number of workers.
 */
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { parseArgs, integerOption, single } from '../args';
import { CliError } from '../errors';
import { formatIssue } from '../../scenario/issues';
import { runSpec, type SweepPlan } from '../../sweep/plan';
import type { RunRecord } from '../../sweep/settingOutcomes';
import { loadSweep, MAX_SWEEP_RUNS } from './loadSweep';
import { appendRecords, describeDamaged, JOURNAL } from './journal';
import { runPool } from './pool';
import { checkDistinctOutputs } from '../outputs';
import { createProgress } from './progress';
import type { Job } from './protocol';
import {
  ensureDirectory,
  journalPath,
  loadRecords,
  SWEEP_FOLDER_FILES,
  toolVersion,
  writeManifest,
  writeResults,
  writeSortedJournal,
  type Manifest,
} from './outputDir';
import { MANIFEST, readManifest, type Shard } from './manifestIdentity';

export const SWEEP_USAGE = 'usage: npm run -s sim -- sweep <sweep.json> [--workers N] [--out DIR] [--shard K/N] [--resume]';

export function parseShard(text: string | undefined): Shard | null {
  if (text === undefined) return null;
  const match = /^(\d{1,7})\/(\d{1,7})$/.exec(text.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || count > MAX_SWEEP_RUNS || index < 1 || index > count) {
    throw new CliError(
      `--shard: expected K/N with 1 <= K <= N <= ${MAX_SWEEP_RUNS.toLocaleString('en')} (e.g. 2/3), received ${JSON.stringify(text.slice(0, 60))}`,
    );
  }
  return { index, count };
}

/** Runs of a shard: every N-th run starting at K−1, so shards are balanced across settings. */
export function shardRuns(plan: SweepPlan, shard: Shard | null): number[] {
  const runs: number[] = [];
  for (let run = 0; run < plan.totalRuns; run++) if (!shard || run % shard.count === shard.index - 1) runs.push(run);
  return runs;
}

export function newManifest(plan: SweepPlan, resolved: unknown, shard: Shard | null, runsInShard: number, workers: number): Manifest {
  const last = runSpec(plan, plan.totalRuns - 1).seed;
  return {
    tool: 'interstice',
    version: toolVersion(),
    sweep_hash: plan.hash,
    title: plan.title,
    sweep: resolved,
    factors: Object.fromEntries(plan.factorNames.map((name, f) => [name, plan.factorLevels[f]!])),
    settings: plan.settings.length,
    replications: plan.replications,
    seeds: { policy: plan.seedPolicy, base: plan.seedBase, first: plan.seedBase, last },
    metrics: plan.metrics,
    total_runs: plan.totalRuns,
    shard,
    runs_in_shard: runsInShard,
    runs_done: 0,
    status: 'running',
    workers,
    started_at: new Date().toISOString(),
    finished_at: null,
  };
}

export async function sweepCommand(argv: readonly string[], stdout: (text: string) => void, stderr: NodeJS.WriteStream): Promise<void> {
  const args = parseArgs(argv, { workers: true, out: true, shard: true, resume: false, help: false });
  if (args.options.has('help')) return stdout(`${SWEEP_USAGE}\n`);
  if (args.positionals.length !== 1) throw new CliError(`expected one sweep file\n${SWEEP_USAGE}`);
  const file = args.positionals[0]!;
  const workers = integerOption(args, 'workers', 1, 256) ?? availableParallelism();
  const shard = parseShard(single(args, 'shard'));
  const resume = args.options.has('resume');
  const loaded = loadSweep(file);
  if (!loaded.ok) {
    throw new CliError(
      `${loaded.issues.length} problem${loaded.issues.length > 1 ? 's' : ''} in the sweep:\n${loaded.issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`,
    );
  }
  const { plan, resolved } = loaded;
  const name = basename(file).replace(/\.json$/i, '');
  const out = single(args, 'out') ?? (shard ? `${name}-results-shard-${shard.index}-of-${shard.count}` : `${name}-results`);
  checkDistinctOutputs([{ option: '--out', path: out, directory: true, files: SWEEP_FOLDER_FILES }], loaded.inputs ?? [file]);
  ensureDirectory(out);

  const inShard = shardRuns(plan, shard);
  // The folder's manifest only says which sweep and shard the folder holds; it is then rewritten from the plan.
  const previous = readManifest(out);
  if (previous && (previous.sweep_hash !== plan.hash || JSON.stringify(previous.shard) !== JSON.stringify(shard))) {
    throw new CliError(`${out} holds results of a different sweep or shard; choose another --out`);
  }
  const shardSet = new Set(inShard);
  const journal = journalPath(out);
  const { records, damaged } = loadRecords(out, plan, (run) => shardSet.has(run));
  if (!previous && (records.length > 0 || damaged.length > 0)) {
    throw new CliError(`${out} holds a ${JOURNAL} but no ${MANIFEST}: not this sweep's folder; choose another --out`);
  }
  if ((records.length > 0 || damaged.length > 0) && !resume) {
    throw new CliError(`${out} already holds ${records.length} finished run(s); add --resume to complete it, or choose another --out`);
  }
  if (damaged.length > 0) {
    // Damaged lines are dropped (the journal is rewritten without them) and their runs run again.
    stderr.write(
      `${damaged.length} damaged line${damaged.length > 1 ? 's' : ''} in the journal, run${damaged.length > 1 ? 's' : ''} again:\n${describeDamaged(journal, damaged)}\n`,
    );
    writeSortedJournal(out, records, plan.hash);
  }
  const manifest = newManifest(plan, resolved, shard, inShard.length, workers);
  if (previous?.started_at) manifest.started_at = previous.started_at;
  const done = new Set(records.map((r) => r.run));
  const jobs: Job[] = inShard
    .filter((run) => !done.has(run))
    .map((run) => {
      const spec = runSpec(plan, run);
      return { run, setting: spec.setting, seed: spec.seed };
    });
  manifest.runs_done = done.size;
  writeManifest(out, manifest);

  const progress = createProgress(inShard.length, done.size, stderr);
  const collected: RunRecord[] = [...records];
  await runPool(jobs, {
    workers,
    init: { scenarios: plan.settings.map((s) => s.scenario), metrics: plan.metrics },
    onResults(results) {
      const batch: RunRecord[] = results.map((r) => ({
        run: r.run,
        summary: r.summary,
        ticks: Object.fromEntries(plan.metrics.map((m, k) => [m, r.ticks[k]!])),
      }));
      appendRecords(journal, batch, plan.hash);
      collected.push(...batch);
      progress.update(collected.length);
    },
  });
  progress.finish(collected.length);

  writeSortedJournal(out, collected, plan.hash);
  const written = shard
    ? []
    : writeResults(
        out,
        plan,
        collected.sort((a, b) => a.run - b.run),
      );
  manifest.runs_done = collected.length;
  manifest.status = 'complete';
  manifest.finished_at = new Date().toISOString();
  writeManifest(out, manifest);
  stdout(
    shard
      ? `shard ${shard.index}/${shard.count} complete: ${collected.length} runs in ${out}; merge all shards with: npm run -s sim -- merge <DIR>... --out DIR\n`
      : `sweep complete: ${collected.length} runs in ${out} (${written.join(', ')}, runs.jsonl, manifest.json)\n`,
  );
}
