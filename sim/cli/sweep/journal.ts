/**
 * The run journal (`runs.jsonl`): one JSON line per finished run, appended as runs finish.
 * A process killed mid-write leaves at most one partial last line; reading drops it and
 * truncates the file back to the last complete line, so `--resume` appends cleanly.
 * The journal is read and written line by line, never as one string, so its size is not
 * bounded by the longest string JavaScript can hold (about 512 million characters).
 */
import { appendFileSync, existsSync, readFileSync, truncateSync } from 'node:fs';
import type { RunRecord } from '../../run/sweepOutput';
import { writeError } from '../atomicWrite';

export const JOURNAL = 'runs.jsonl';

export function readJournal(path: string): RunRecord[] {
  if (!existsSync(path)) return [];
  const bytes = readFileSync(path);
  const end = bytes.lastIndexOf(10) + 1;
  if (end < bytes.length) truncateSync(path, end);
  const records: RunRecord[] = [];
  for (let start = 0; start < end; ) {
    const newline = bytes.indexOf(10, start);
    if (newline > start) records.push(JSON.parse(bytes.toString('utf8', start, newline)) as RunRecord);
    start = newline + 1;
  }
  return records;
}

export function recordLine(record: RunRecord): string {
  const ticks: Record<string, number[]> = {};
  for (const [name, values] of Object.entries(record.ticks)) ticks[name] = Array.from(values);
  return `${JSON.stringify({ run: record.run, summary: record.summary, ticks })}\n`;
}

/** The journal's lines, one record at a time (for writing it in pieces). */
export function* recordLines(records: Iterable<RunRecord>): Generator<string> {
  for (const record of records) yield recordLine(record);
}

export function appendRecords(path: string, records: readonly RunRecord[]): void {
  // One write per batch: a kill between batches loses nothing already written; a kill or a
  // full disk in the middle of one leaves a partial last line, dropped when the journal is read.
  try {
    appendFileSync(path, records.map(recordLine).join(''));
  } catch (error) {
    throw writeError(path, error);
  }
}
