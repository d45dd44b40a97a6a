/** The output folder of a sweep: manifest, journal and result files, all written safely. */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { writeError, writeFileAtomic } from '../atomicWrite';
import { writeAllOrNone } from '../outputs';
import { CliError } from '../errors';
import { readInputText } from '../readInput';
import { JOURNAL, readJournal, recordLines, type JournalRead } from './journal';
import { sweepFiles } from '../../sweep/output';
import type { RunRecord } from '../../sweep/settingOutcomes';
import type { SweepPlan } from '../../sweep/plan';
import { MAX_JSON_LENGTH, readJson } from '../../scenario/jsonText';

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

/**
 * Creates the output folder and its missing parents, one level at a time, so that a
 * failure names its true cause (a recursive mkdir on a read-only file system reports
 * ENOENT, not the file system).
 */
export function ensureDirectory(dir: string): void {
  const missing: string[] = [];
  for (let current = resolve(dir); !existsSync(current); current = dirname(current)) {
    missing.unshift(current);
    if (dirname(current) === current) break;
  }
  for (const level of missing) {
    try {
      mkdirSync(level);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw new CliError(
        `cannot create output folder ${dir}: ${writeError(level, error).message.replace(/^cannot write [^:]*: /, '')}`,
        writeError(level, error).exitCode,
      );
    }
  }
  try {
    if (!statSync(dir).isDirectory()) throw new CliError(`cannot use ${dir} as the output folder: it is a file`);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot use ${dir} as the output folder: ${(error as Error).message}`);
  }
}

/**
 * What a folder's manifest says, read only for what identifies the sweep: its hash, its
 * shard, and the sweep itself (to re-plan it). Nothing else in it is trusted; the manifest
 * is rewritten from the plan. Undefined when the folder has none.
 */
export interface ManifestIdentity {
  sweep_hash: string;
  shard: Shard | null;
  sweep: unknown;
  started_at?: string;
  workers?: number;
}

/** The manifest holds the sweep with its scenario inline, so it may be a little larger than a scenario file. */
const MAX_MANIFEST_BYTES = 2 * MAX_JSON_LENGTH;

export function readManifest(dir: string): ManifestIdentity | undefined {
  const path = join(dir, MANIFEST);
  if (!existsSync(path)) return undefined;
  const read = readInputText(path, MAX_MANIFEST_BYTES);
  if (!read.ok) throw new CliError(`${path}: expected ${read.expected}, received ${read.received}`);
  const json = readJson(read.text);
  if (!json.ok) throw new CliError(`${path} is not a valid manifest: line ${json.position.line}, column ${json.position.column}: ${json.message}`);
  const value = json.value as Record<string, unknown> | null;
  const hash = value !== null && typeof value === 'object' ? value.sweep_hash : undefined;
  if (typeof hash !== 'string' || !/^[0-9a-f]{1,64}$/.test(hash)) throw new CliError(`${path} is not a valid manifest: no sweep_hash`);
  const shard = value!.shard;
  const validShard =
    shard === null ||
    (typeof shard === 'object' &&
      !Array.isArray(shard) &&
      Number.isSafeInteger((shard as Shard).index) &&
      Number.isSafeInteger((shard as Shard).count) &&
      Object.keys(shard).length === 2);
  if (!validShard) throw new CliError(`${path} is not a valid manifest: shard should be null or {"index", "count"}`);
  const started = value!.started_at;
  const workers = value!.workers;
  return {
    sweep_hash: hash,
    shard: shard as Shard | null,
    sweep: value!.sweep,
    ...(typeof started === 'string' && !Number.isNaN(Date.parse(started)) ? { started_at: new Date(started).toISOString() } : {}),
    ...(Number.isSafeInteger(workers) && (workers as number) >= 1 ? { workers: workers as number } : {}),
  };
}

export function writeManifest(dir: string, manifest: Manifest): void {
  writeFileAtomic(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}

export function journalPath(dir: string): string {
  return join(dir, JOURNAL);
}

/** The finished runs of a folder, checked against the plan; with `accepts`, only runs of the shard count. */
export function loadRecords(dir: string, plan: SweepPlan, accepts?: (run: number) => boolean): JournalRead {
  return readJournal(journalPath(dir), plan, accepts);
}

/** Rewrites the journal in run order, so a finished folder is byte-identical however it was produced. */
export function writeSortedJournal(dir: string, records: readonly RunRecord[], sweepHash: string): void {
  const sorted = [...records].sort((a, b) => a.run - b.run);
  writeFileAtomic(journalPath(dir), recordLines(sorted, sweepHash));
}

/** The result files, written all or none. */
export function writeResults(dir: string, plan: SweepPlan, records: readonly RunRecord[]): string[] {
  const files = sweepFiles(plan, records);
  writeAllOrNone(Object.entries(files).map(([name, content]) => ({ path: join(dir, name), content })));
  return Object.keys(files);
}

/** Every file a sweep's folder may hold, for the rule that outputs never overwrite inputs. */
export const SWEEP_FOLDER_FILES = [
  'runs.csv',
  'ticks.csv',
  'settings.csv',
  'survival.csv',
  'differences.csv',
  'sensitivity.csv',
  'sobol.csv',
  JOURNAL,
  MANIFEST,
];
