/** The output folder of a sweep: manifest, journal and result files, all written safely. */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { writeError, writeFileAtomic } from '../atomicWrite';
import { writeAllOrNone } from '../outputs';
import { CliError } from '../errors';
import { JOURNAL, readJournal, recordLines, type JournalRead } from './journal';
import { sweepFiles } from '../../sweep/output';
import type { RunRecord } from '../../sweep/settingOutcomes';
import type { SweepPlan } from '../../sweep/plan';
import { MANIFEST, type Shard } from './manifestIdentity';

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
