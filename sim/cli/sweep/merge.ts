/**
 * `sim merge <DIR>... --out DIR`: joins the shards of one sweep into the files of the whole
 * sweep. The inputs are only read: a damaged journal line is refused (re-run that shard
 * with --resume), never repaired here. The sweep is re-planned from the first folder's
 * manifest with the same checks and limits as `sim sweep`, and the output manifest is
 * written from that plan.
 */
import { parseArgs, single } from '../args';
import { CliError } from '../errors';
import { formatIssue } from '../../scenario/issues';
import type { RunRecord } from '../../sweep/settingOutcomes';
import { replanSweep } from './loadSweep';
import { describeDamaged, recordLine } from './journal';
import { newManifest } from './command';
import { ensureDirectory, journalPath, loadRecords, SWEEP_FOLDER_FILES, writeManifest, writeResults, writeSortedJournal } from './outputDir';
import { readManifest } from './manifestIdentity';
import { checkDistinctOutputs } from '../outputs';

export const MERGE_USAGE = 'usage: npm run -s sim -- merge <DIR>... --out DIR';

export function mergeCommand(argv: readonly string[], stdout: (text: string) => void): void {
  const args = parseArgs(argv, { out: true, help: false });
  if (args.options.has('help')) {
    stdout(`${MERGE_USAGE}\n`);
    return;
  }
  const out = single(args, 'out');
  if (!out || args.positionals.length === 0) throw new CliError(MERGE_USAGE);
  checkDistinctOutputs([{ option: '--out', path: out, directory: true, files: SWEEP_FOLDER_FILES }], args.positionals);
  const manifests = args.positionals.map((dir) => {
    const manifest = readManifest(dir);
    if (!manifest) throw new CliError(`${dir} has no manifest.json: not a sweep output folder`);
    return { dir, manifest };
  });
  const first = manifests[0]!.manifest;
  for (const { dir, manifest } of manifests) {
    if (manifest.sweep_hash !== first.sweep_hash)
      throw new CliError(`${dir} belongs to a different sweep (hash ${manifest.sweep_hash}, expected ${first.sweep_hash})`);
  }
  const planned = replanSweep(first.sweep, `${manifests[0]!.dir}/manifest.json`);
  if (!planned.ok) throw new CliError(`cannot re-plan the sweep from its manifest:\n${planned.issues.map(formatIssue).join('\n')}`);
  const plan = planned.plan;
  if (plan.hash !== first.sweep_hash) throw new CliError('the manifest does not re-plan to the same sweep (edited, or made by another version?)');

  const byRun = new Map<number, RunRecord>();
  for (const { dir } of manifests) {
    const { records, damaged } = loadRecords(dir, plan);
    if (damaged.length > 0) {
      throw new CliError(
        `${dir} has ${damaged.length} damaged line${damaged.length > 1 ? 's' : ''} in its journal (complete that folder with sim sweep --resume, which runs them again):\n${describeDamaged(journalPath(dir), damaged)}`,
      );
    }
    for (const record of records) {
      const previous = byRun.get(record.run);
      if (previous && recordLine(previous, plan.hash) !== recordLine(record, plan.hash))
        throw new CliError(`run ${record.run} differs between folders (found again in ${dir})`);
      byRun.set(record.run, record);
    }
  }
  const missing = plan.totalRuns - byRun.size;
  if (missing > 0) {
    const shards = manifests.map((m) => (m.manifest.shard ? `${m.manifest.shard.index}/${m.manifest.shard.count}` : 'all')).join(', ');
    throw new CliError(`${missing} of ${plan.totalRuns} runs are missing (folders hold shards ${shards}); finish or add the missing shards`);
  }
  ensureDirectory(out);
  const records = [...byRun.values()].sort((a, b) => a.run - b.run);
  writeSortedJournal(out, records, plan.hash);
  const written = writeResults(out, plan, records);
  const manifest = newManifest(plan, planned.resolved, null, records.length, Math.max(1, ...manifests.map((m) => m.manifest.workers ?? 1)));
  const started = manifests
    .map((m) => m.manifest.started_at)
    .filter((t): t is string => t !== undefined)
    .sort();
  if (started.length > 0) manifest.started_at = started[0]!;
  manifest.runs_done = records.length;
  manifest.status = 'complete';
  manifest.finished_at = new Date().toISOString();
  manifest.merged_from = manifests.map((m) => m.dir);
  writeManifest(out, manifest);
  stdout(`merged ${manifests.length} folder(s), ${records.length} runs, into ${out} (${written.join(', ')})\n`);
}
