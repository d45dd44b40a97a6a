/** The output folder of a sweep: manifest, journal and result files, all written safely. */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../atomicWrite';
import { CliError } from '../errors';
import { JOURNAL, readJournal, recordLines } from './journal';
import { sweepFiles, type RunRecord } from '../../run/sweepOutput';
import type { SweepPlan } from '../../run/design';

export const MANIFEST = 'manifest.json';

export interface Shard {
  index: number;
  count: number;
}

export interface Manifest {
  tool: string;
  version: string;
  /** Identifies the settings, seeds and metrics; shards merge only with equal hashes. */
  sweep_hash: string;
  title: string;
  /** The validated sweep with its base scenario inline: enough to re-plan it anywhere. */
  sweep: unknown;
  factors: Record<string, unknown[]>;
  settings: number;
  replications: number;
  seeds: { policy: string; base: number; first: number; last: number };
  metrics: string[];
  total_runs: number;
  shard: Shard | null;
  runs_in_shard: number;
  runs_done: number;
  status: 'running' | 'complete';
  workers: number;
  started_at: string;
  finished_at: string | null;
  merged_from?: string[];
}

export function toolVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export function ensureDirectory(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new CliError(`cannot create output folder ${dir}: ${(error as Error).message}`);
  }
}

export function readManifest(dir: string): Manifest | undefined {
  const path = join(dir, MANIFEST);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch {
    throw new CliError(`${path} is not a valid manifest (JSON)`);
  }
}

export function writeManifest(dir: string, manifest: Manifest): void {
  writeFileAtomic(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}

export function journalPath(dir: string): string {
  return join(dir, JOURNAL);
}

/** The finished runs of a folder; with `accepts`, every record must be a run it accepts, once. */
export function loadRecords(dir: string, accepts?: (run: number) => boolean): RunRecord[] {
  let records: RunRecord[];
  try {
    records = readJournal(journalPath(dir));
  } catch (error) {
    throw new CliError(`${journalPath(dir)} is damaged: ${(error as Error).message}`);
  }
  const seen = new Set<number>();
  for (const record of records) {
    const run = (record as { run?: unknown } | null)?.run;
    const wellFormed = typeof run === 'number' && Number.isInteger(run) && typeof record.summary === 'object' && record.summary !== null && typeof record.ticks === 'object' && record.ticks !== null;
    if (!wellFormed) throw new CliError(`${journalPath(dir)} is damaged: a line is not a run record`);
    if (accepts && !accepts(run)) throw new CliError(`${journalPath(dir)} holds run ${run}, which is not part of this sweep or shard`);
    if (seen.has(run)) throw new CliError(`${journalPath(dir)} is damaged: run ${run} is recorded twice`);
    seen.add(run);
  }
  return records;
}

/** Rewrites the journal in run order, so a finished folder is byte-identical however it was produced. */
export function writeSortedJournal(dir: string, records: readonly RunRecord[]): void {
  const sorted = [...records].sort((a, b) => a.run - b.run);
  writeFileAtomic(journalPath(dir), recordLines(sorted));
}

export function writeResults(dir: string, plan: SweepPlan, records: readonly RunRecord[]): string[] {
  const files = sweepFiles(plan, records);
  for (const [name, content] of Object.entries(files)) writeFileAtomic(join(dir, name), content);
  return Object.keys(files);
}
