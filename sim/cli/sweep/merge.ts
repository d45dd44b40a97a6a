/** `sim merge <DIR>... --out DIR`: joins the shards of one sweep into the files of the whole sweep. */
import { parseArgs, single } from '../args';
import { CliError } from '../errors';
import { formatIssue } from '../../scenario/issues';
import type { RunRecord } from '../../run/sweepOutput';
import { replanSweep } from './loadSweep';
import { recordLine } from './journal';
import { ensureDirectory, loadRecords, readManifest, writeManifest, writeResults, writeSortedJournal } from './outputDir';

export const MERGE_USAGE = 'usage: npm run -s sim -- merge <DIR>... --out DIR';

export function mergeCommand(argv: readonly string[], stdout: (text: string) => void): void {
  const args = parseArgs(argv, { out: true, help: false });
  if (args.options.has('help')) return stdout(`${MERGE_USAGE}\n`);
  const out = single(args, 'out');
  if (!out || args.positionals.length === 0) throw new CliError(MERGE_USAGE);
  const manifests = args.positionals.map((dir) => {
    const manifest = readManifest(dir);
    if (!manifest) throw new CliError(`${dir} has no manifest.json: not a sweep output folder`);
    return { dir, manifest };
  });
  const first = manifests[0]!.manifest;
  for (const { dir, manifest } of manifests) {
    if (manifest.sweep_hash !== first.sweep_hash) throw new CliError(`${dir} belongs to a different sweep (hash ${manifest.sweep_hash}, expected ${first.sweep_hash})`);
  }
  const planned = replanSweep(first.sweep, `${manifests[0]!.dir}/manifest.json`);
  if (!planned.ok) throw new CliError(`cannot re-plan the sweep from its manifest:\n${planned.issues.map(formatIssue).join('\n')}`);
  if (planned.plan.hash !== first.sweep_hash) throw new CliError('the manifest does not re-plan to the same sweep (was it made by another version?)');

  const byRun = new Map<number, RunRecord>();
  for (const { dir } of manifests) {
    for (const record of loadRecords(dir, (run) => run >= 0 && run < planned.plan.totalRuns)) {
      const previous = byRun.get(record.run);
      if (previous && recordLine(previous) !== recordLine(record)) throw new CliError(`run ${record.run} differs between folders (found again in ${dir})`);
      byRun.set(record.run, record);
    }
  }
  const missing = planned.plan.totalRuns - byRun.size;
  if (missing > 0) {
    const shards = manifests.map((m) => (m.manifest.shard ? `${m.manifest.shard.index}/${m.manifest.shard.count}` : 'all')).join(', ');
    throw new CliError(`${missing} of ${planned.plan.totalRuns} runs are missing (folders hold shards ${shards}); finish or add the missing shards`);
  }
  ensureDirectory(out);
  const records = [...byRun.values()].sort((a, b) => a.run - b.run);
  writeSortedJournal(out, records);
  const written = writeResults(out, planned.plan, records);
  const times = manifests.map((m) => m.manifest);
  writeManifest(out, {
    ...first,
    shard: null,
    runs_in_shard: records.length,
    runs_done: records.length,
    status: 'complete',
    workers: Math.max(...times.map((m) => m.workers)),
    started_at: times.map((m) => m.started_at).sort()[0]!,
    finished_at: new Date().toISOString(),
    merged_from: manifests.map((m) => m.dir),
  });
  stdout(`merged ${manifests.length} folder(s), ${records.length} runs, into ${out} (${written.join(', ')})\n`);
}
