/**
 * The run journal (`runs.jsonl`): one JSON line per finished run, appended as runs finish.
 *
 * Integrity: each line ends with a check, a hash of the sweep's hash and of the line's own
 * text before it, so a line edited by hand (still valid JSON or not), cut short, or copied
 * from another sweep's folder is told apart from one this sweep wrote. A line that passes
 * is then validated against what the plan says the run must hold (its seed, its horizon,
 * every summary field, one value per tick for each metric). What fails is reported with
 * its line number: `--resume` runs it again, `merge` refuses the folder.
 *
 * A process killed mid-write leaves at most one partial last line: it fails its check like
 * any damaged line. The journal is read in chunks, line by line, never as one string, so
 * its size is not bounded by the longest string JavaScript can hold, and a line longer than
 * any run can write is refused without being held whole.
 */
import { appendFileSync, closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { RunRecord } from '../../sweep/settingOutcomes';
import { runSpec, type SweepPlan } from '../../sweep/plan';
import { readJson } from '../../scenario/jsonText';
import { GRID_COLUMNS, GRID_ROWS } from '../../model/grid';
import { readErrorReason } from '../readInput';
import { writeError } from '../atomicWrite';
import { CliError } from '../errors';

export const JOURNAL = 'runs.jsonl';

/** The longest line a run can write: 100,000 ticks × the 21 metrics × about 25 characters, with room to spare. */
export const MAX_JOURNAL_LINE = 64 * 1024 * 1024;

const CHECK_FIELD = ',"check":"';
const CHECK_LENGTH = 16;

/** The check of a line's text (everything before `,"check":"`), bound to the sweep it belongs to. */
export function lineCheck(sweepHash: string, body: string): string {
  return createHash('sha256').update(sweepHash).update('\n').update(body).digest('hex').slice(0, CHECK_LENGTH);
}

export function recordLine(record: RunRecord, sweepHash: string): string {
  const ticks: Record<string, number[]> = {};
  for (const [name, values] of Object.entries(record.ticks)) ticks[name] = Array.from(values);
  const body = JSON.stringify({ run: record.run, summary: record.summary, ticks }).slice(0, -1);
  return `${body}${CHECK_FIELD}${lineCheck(sweepHash, body)}"}\n`;
}

/** The journal's lines, one record at a time (for writing it in pieces). */
export function* recordLines(records: Iterable<RunRecord>, sweepHash: string): Generator<string> {
  for (const record of records) yield recordLine(record, sweepHash);
}

export function appendRecords(path: string, records: readonly RunRecord[], sweepHash: string): void {
  // One write per batch: a kill between batches loses nothing already written; a kill or a
  // full disk in the middle of one leaves a partial last line, which fails its check.
  try {
    appendFileSync(path, records.map((r) => recordLine(r, sweepHash)).join(''));
  } catch (error) {
    throw writeError(path, error);
  }
}

const finite = z.number().finite();
const count = z.number().int().nonnegative();
const GRID_CELLS = new Set(GRID_ROWS.flatMap((row) => GRID_COLUMNS.map((column) => `${row}/${column}`)));
const summarySchema = z
  .object({
    seed: count,
    ticks: count,
    lifetime: count,
    survived: z.boolean(),
    dissolved: z.boolean(),
    cumulative_effectiveness: finite,
    mean_efficiency: finite,
    mean_efficiency_members: finite,
    final_population_outcome: finite,
    peak_members: count,
    mean_members: finite,
    joins_total: count,
    leaves_total: count,
    grid_cells_visited: count,
    grid_time: z.record(z.string(), count).refine((cells) => Object.keys(cells).every((cell) => GRID_CELLS.has(cell)), 'a known grid cell'),
  })
  .strict();

/** Why a parsed line is not the record of `run` in this plan, or undefined when it is. */
function recordProblem(value: unknown, plan: SweepPlan, accepts: (run: number) => boolean): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'not a run record';
  const { run, summary, ticks, ...rest } = value as Record<string, unknown>;
  const extra = Object.keys(rest);
  if (extra.length > 0) return `an unexpected field "${extra[0]!.slice(0, 40)}"`;
  if (typeof run !== 'number' || !Number.isInteger(run) || run < 0 || run >= plan.totalRuns)
    return `run ${String(run).slice(0, 40)} is not a run of this sweep`;
  if (!accepts(run)) return `run ${run} is not part of this shard`;
  const parsed = summarySchema.safeParse(summary);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return `its summary is malformed at ${issue.path.join('.') || 'summary'} (${issue.message})`;
  }
  const spec = runSpec(plan, run);
  const horizon = plan.settings[spec.setting]!.scenario.ticks;
  if (parsed.data.seed !== spec.seed) return `run ${run} has seed ${parsed.data.seed}, the plan says ${spec.seed}`;
  if (parsed.data.ticks !== horizon) return `run ${run} has ${parsed.data.ticks} ticks, the plan says ${horizon}`;
  if (ticks === null || typeof ticks !== 'object' || Array.isArray(ticks)) return 'its per-tick values are missing';
  const names = Object.keys(ticks);
  if (names.length !== plan.metrics.length || plan.metrics.some((m, k) => names[k] !== m))
    return `its per-tick metrics are ${names.slice(0, 5).join(', ') || 'none'}, the plan says ${plan.metrics.join(', ')}`;
  for (const metric of plan.metrics) {
    const values = (ticks as Record<string, unknown>)[metric];
    if (!Array.isArray(values) || values.length !== horizon) return `ticks.${metric} should hold ${horizon} values`;
    if (!values.every((v) => typeof v === 'number' && Number.isFinite(v))) return `ticks.${metric} holds a value that is not a finite number`;
  }
  return undefined;
}

/** Reads one line: its check first (cheap, and refuses foreign or edited lines), then its content. */
export function parseRecordLine(
  line: string,
  plan: SweepPlan,
  accepts: (run: number) => boolean,
): { ok: true; record: RunRecord } | { ok: false; reason: string } {
  const at = line.lastIndexOf(CHECK_FIELD);
  const check = at < 0 ? '' : line.slice(at + CHECK_FIELD.length);
  if (at < 0 || check.length !== CHECK_LENGTH + 2 || !check.endsWith('"}'))
    return { ok: false, reason: 'no check at the end of the line (cut short, or not written by this tool)' };
  const body = line.slice(0, at);
  if (lineCheck(plan.hash, body) !== check.slice(0, CHECK_LENGTH))
    return { ok: false, reason: 'its check does not match (edited, damaged, or from another sweep)' };
  const json = readJson(`${body}}`);
  if (!json.ok) return { ok: false, reason: `not valid JSON (${json.message})` };
  const problem = recordProblem(json.value, plan, accepts);
  return problem ? { ok: false, reason: problem } : { ok: true, record: json.value as RunRecord };
}

export interface DamagedLine {
  line: number;
  reason: string;
}

export interface JournalRead {
  records: RunRecord[];
  damaged: DamagedLine[];
}

/**
 * Reads a journal (missing: empty). Every line is checked; a run recorded twice counts
 * once (the later line is damaged). Throws a CliError when the file cannot be read at all.
 */
export function readJournal(path: string, plan: SweepPlan, accepts: (run: number) => boolean = () => true): JournalRead {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], damaged: [] };
    throw new CliError(`cannot read ${path}: ${readErrorReason(error)}`);
  }
  const records: RunRecord[] = [];
  const damaged: DamagedLine[] = [];
  const seen = new Set<number>();
  let lineNumber = 0;
  const take = (line: string) => {
    lineNumber++;
    const parsed = parseRecordLine(line, plan, accepts);
    if (!parsed.ok) damaged.push({ line: lineNumber, reason: parsed.reason });
    else if (seen.has(parsed.record.run)) damaged.push({ line: lineNumber, reason: `run ${parsed.record.run} is recorded twice` });
    else {
      seen.add(parsed.record.run);
      records.push(parsed.record);
    }
  };
  try {
    if (!fstatSync(fd).isFile()) throw new CliError(`cannot read ${path}: not a regular file`);
    const chunk = Buffer.allocUnsafe(1 << 20);
    let pending: Buffer[] = [];
    let pendingLength = 0;
    let tooLong = false;
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      let start = 0;
      for (;;) {
        const newline = chunk.indexOf(10, start);
        const end = newline < 0 || newline >= read ? read : newline;
        if (!tooLong) {
          pending.push(Buffer.from(chunk.subarray(start, end)));
          pendingLength += end - start;
          if (pendingLength > MAX_JOURNAL_LINE) {
            tooLong = true;
            pending = [];
          }
        }
        if (newline < 0 || newline >= read) break;
        if (tooLong) {
          lineNumber++;
          damaged.push({ line: lineNumber, reason: `a line longer than ${MAX_JOURNAL_LINE.toLocaleString('en')} bytes` });
        } else if (pendingLength > 0) take(Buffer.concat(pending, pendingLength).toString('utf8'));
        else lineNumber++;
        pending = [];
        pendingLength = 0;
        tooLong = false;
        start = newline + 1;
      }
    }
    // A last line without its newline: cut short by a kill or a full disk.
    if (tooLong || pendingLength > 0) {
      lineNumber++;
      damaged.push({ line: lineNumber, reason: 'an unfinished last line (the run was interrupted while writing it)' });
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${path}: ${readErrorReason(error)}`);
  } finally {
    closeSync(fd);
  }
  return { records, damaged };
}

/** Damaged lines, one per line of text, at most `max` of them, for a message. */
export function describeDamaged(path: string, damaged: readonly DamagedLine[], max = 10): string {
  const shown = damaged.slice(0, max).map((d) => `  ${path} line ${d.line}: ${d.reason}`);
  if (damaged.length > max) shown.push(`  ... and ${(damaged.length - max).toLocaleString('en')} more`);
  return shown.join('\n');
}
