/**
 * A classroom journal opened on the simulator page (docs/classroom.md): recognised by its
 * first line, read strictly, and turned into a run the page can show: the journal's
 * scenario and seed, its live events, and the class's decisions, to the month the class
 * reached (the scenario's horizon set there: `ticks` decides nothing else in the engine).
 */
import { readJournal } from '../../sim/classroom/journal';
import { journalRun } from '../../sim/classroom/journalRun';
import type { RunSetup } from './setup';

export type JournalFile = { ok: true; setup: RunSetup; decisions: number; months: number } | { ok: false; line: number };

/** Whether a file's text is a classroom journal (its first line is the session line). */
export function isJournal(text: string): boolean {
  return /^\{"kind":"session"/.test(text);
}

export function journalSetup(name: string, text: string): JournalFile {
  const read = readJournal(text);
  if (!read.ok) return { ok: false, line: read.problem.line };
  const run = journalRun(read.entries);
  // A class that never played a month has no run of its own to show.
  if (run.months < 1) return { ok: false, line: read.entries.length };
  return {
    ok: true,
    setup: {
      source: { kind: 'file', name, text: run.scenarioText },
      seed: run.seed,
      overrides: { ticks: run.months },
      compare: null,
      live: run.live,
      played: run.played,
    },
    decisions: run.decisionCount,
    months: run.months,
  };
}
