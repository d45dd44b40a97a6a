/**
 * The classroom journal: one JSON object per line, appended as things happen (session.ts
 * writes an entry before it acts on it). The first line names the scenario (its full
 * text), the seed, the room and the hash of the instructor's key; then students joining
 * (a display name and the hash of their browser's token, never the token), decisions,
 * live events, pace and state changes, and each month reached. Replaying the lines in
 * order gives the identical run (session.ts applies the same entries live and in replay).
 */
import { PLAYED_CHOICES, type PlayedChoice } from '../model/played';
import { LIVE_EVENT_TYPES, type EventType } from '../scenario/enums';
import { PACES, REFUSAL_REASONS, type Pace, type RefusalReason, type SessionState } from './protocol';

export const JOURNAL_FORMAT = 'interstice-classroom-1';
/** A journal longer than this is not read (a 50-minute lesson writes well under 1 MB). */
export const MAX_JOURNAL_BYTES = 32 * 1024 * 1024;

export type JournalEntry =
  | { kind: 'session'; format: typeof JOURNAL_FORMAT; scenario: string; seed: number; room: string; instructorKey: string; at: string }
  | { kind: 'student'; token: string; name: string; organisation: number; at: string }
  /** A student taken off the roster by the instructor (their organisation's agent plays it again). */
  | { kind: 'release'; token: string; at: string }
  /** Another scenario or seed, chosen before the first month (the session line keeps the first ones). */
  | { kind: 'setup'; scenario: string; seed: number; at: string }
  | { kind: 'decision'; month: number; organisation: number; choice: PlayedChoice; at: string }
  | { kind: 'event'; month: number; event: EventType; at: string }
  | { kind: 'pace'; pace: Pace; at: string }
  | { kind: 'state'; state: SessionState; at: string }
  | { kind: 'month'; month: number; at: string }
  /** Messages refused so far, by reason (written with each month when they changed, so the counts survive a restart). */
  | { kind: 'refusals'; counts: Partial<Record<RefusalReason, number>>; at: string };

export type SessionEntry = Extract<JournalEntry, { kind: 'session' }>;

export const journalLine = (entry: JournalEntry): string => `${JSON.stringify(entry)}\n`;

export interface JournalProblem {
  line: number;
  message: string;
}

export type JournalRead = { ok: true; entries: JournalEntry[]; validBytes: number } | { ok: false; problem: JournalProblem };

const STATES: readonly SessionState[] = ['lobby', 'running', 'paused', 'ended'];
const isInt = (v: unknown, min = 0): v is number => Number.isSafeInteger(v) && (v as number) >= min;
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

function entryProblem(value: unknown, first: boolean): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected an object';
  const e = value as Record<string, unknown>;
  if (first !== (e.kind === 'session')) return first ? 'expected the session line first (kind "session")' : 'a second session line';
  if (!isText(e.at, 40)) return 'at: expected a time';
  switch (e.kind) {
    case 'session':
      if (e.format !== JOURNAL_FORMAT) return `format: expected "${JOURNAL_FORMAT}", found ${JSON.stringify(e.format)}`;
      if (!isText(e.scenario, MAX_JOURNAL_BYTES)) return 'scenario: expected the scenario text';
      if (!isInt(e.seed)) return 'seed: expected an integer ≥ 0';
      if (!isText(e.room, 16) || !isText(e.instructorKey, 128)) return 'room, instructorKey: expected text';
      return undefined;
    case 'setup':
      return isText(e.scenario, MAX_JOURNAL_BYTES) && isInt(e.seed) ? undefined : 'setup: expected scenario and seed';
    case 'release':
      return isText(e.token, 128) ? undefined : 'release: expected token';
    case 'student':
      return isText(e.token, 128) && isText(e.name, 200) && isInt(e.organisation) ? undefined : 'student: expected token, name and organisation';
    case 'decision':
      return isInt(e.month) && isInt(e.organisation) && (PLAYED_CHOICES as readonly unknown[]).includes(e.choice)
        ? undefined
        : 'decision: expected month, organisation and choice';
    case 'event':
      return isInt(e.month) && (LIVE_EVENT_TYPES as readonly unknown[]).includes(e.event) ? undefined : 'event: expected month and a live event';
    case 'pace':
      return (PACES as readonly unknown[]).includes(e.pace) ? undefined : `pace: expected one of ${PACES.join(', ')}`;
    case 'state':
      return (STATES as readonly unknown[]).includes(e.state) ? undefined : `state: expected one of ${STATES.join(', ')}`;
    case 'month':
      return isInt(e.month, 1) ? undefined : 'month: expected an integer ≥ 1';
    case 'refusals': {
      const counts = e.counts;
      const ok =
        typeof counts === 'object' &&
        counts !== null &&
        Object.entries(counts).every(([k, v]) => (REFUSAL_REASONS as readonly string[]).includes(k) && isInt(v));
      return ok ? undefined : 'refusals: expected counts by reason';
    }
    default:
      return `kind: unknown ${JSON.stringify(e.kind)}`;
  }
}

/** An entry out of place: a decision or event for another month than the one reached, a month skipped or repeated. */
function orderProblem(entry: JournalEntry, month: number): string | undefined {
  if (entry.kind === 'month' && entry.month !== month + 1) return `month ${entry.month} after month ${month}`;
  if ((entry.kind === 'decision' || entry.kind === 'event') && entry.month !== month)
    return `a ${entry.kind} for month ${entry.month} while month ${month} is played`;
  return undefined;
}

/**
 * Reads a journal's text. A last line cut short (the process was killed while writing it)
 * is left out, and `validBytes` says where the complete lines end, so the writer can
 * continue from there; any other bad line is a problem, with its number.
 */
export function readJournal(text: string): JournalRead {
  const entries: JournalEntry[] = [];
  let start = 0;
  let line = 0;
  // Decisions and events happen in the month the journal has reached; months follow one another.
  let month = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    if (end < 0) break;
    line++;
    const raw = text.slice(start, end);
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return { ok: false, problem: { line, message: 'not a JSON line' } };
    }
    const problem = entryProblem(value, entries.length === 0) ?? orderProblem(value as JournalEntry, month);
    if (problem) return { ok: false, problem: { line, message: problem } };
    const entry = value as JournalEntry;
    if (entry.kind === 'month') month = entry.month;
    entries.push(entry);
    start = end + 1;
  }
  if (entries.length === 0) return { ok: false, problem: { line: 1, message: 'no session line: not a classroom journal' } };
  return { ok: true, entries, validBytes: new TextEncoder().encode(text.slice(0, start)).length };
}
