/**
 * The run journal (`runs.jsonl`): one JSON line per finished run, appended as runs finish.
 * A process killed mid-write leaves at most one partial last line; reading drops it and
 * truncates the file back to the last complete line, so `--resume` appends cleanly.
 */
import { appendFileSync, existsSync, readFileSync, truncateSync } from 'node:fs';
import type { RunRecord } from '../../run/sweepOutput';

export const JOURNAL = 'runs.jsonl';

export function readJournal(path: string): RunRecord[] {
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  const end = text.lastIndexOf('\n') + 1;
  if (end < text.length) truncateSync(path, Buffer.byteLength(text.slice(0, end)));
  const records: RunRecord[] = [];
  for (const line of text.slice(0, end).split('\n')) {
    if (line) records.push(JSON.parse(line) as RunRecord);
  }
  return records;
}

export function recordLine(record: RunRecord): string {
  const ticks: Record<string, number[]> = {};
  for (const [name, values] of Object.entries(record.ticks)) ticks[name] = Array.from(values);
  return `${JSON.stringify({ run: record.run, summary: record.summary, ticks })}\n`;
}

export function appendRecords(path: string, records: readonly RunRecord[]): void {
  // One write per batch: a kill between batches loses nothing already written.
  appendFileSync(path, records.map(recordLine).join(''));
}
