/**
 * What a classroom journal says about its run, for the simulator page (docs/classroom.md,
 * "Opening a journal in the simulator"): the scenario's text, the seed, the months the
 * class reached, and the live events and decisions with the tick at which each takes
 * effect. Given to the engine (sim/worker/api.ts `schedule`, `schedulePlayed`), they give
 * the class's run exactly as session.ts played it: an event or a decision made while month
 * m was shown takes effect at tick m + 1. Zod-free: the page reads journals on its main thread.
 */
import type { PlayedDecision } from '../model/played';
import type { EventType } from '../scenario/enums';
import type { JournalEntry } from './journal';

export interface JournalRun {
  scenarioText: string;
  seed: number;
  /** Months the class played. */
  months: number;
  live: { tick: number; event: { type: EventType } }[];
  played: { tick: number; decisions: PlayedDecision[] }[];
  /** Decisions made by students, in all. */
  decisionCount: number;
}

export function journalRun(entries: readonly JournalEntry[]): JournalRun {
  const [header] = entries;
  if (header?.kind !== 'session') throw new Error('a journal starts with its session line');
  let month = 0;
  let scenarioText = header.scenario;
  let seed = header.seed;
  const live: JournalRun['live'] = [];
  const played: JournalRun['played'] = [];
  for (const entry of entries) {
    if (entry.kind === 'month') month = entry.month;
    else if (entry.kind === 'setup') {
      scenarioText = entry.scenario;
      seed = entry.seed;
    } else if (entry.kind === 'event') live.push({ tick: entry.month + 1, event: { type: entry.event } });
    else if (entry.kind === 'decision') {
      const tick = entry.month + 1;
      const last = played[played.length - 1];
      const decision = { organisation: entry.organisation, choice: entry.choice };
      if (last?.tick === tick) last.decisions.push(decision);
      else played.push({ tick, decisions: [decision] });
    }
  }
  // Decisions of the month the class stopped in never took effect: the run ends where the class did.
  const effective = played.filter((p) => p.tick <= month);
  return {
    scenarioText,
    seed,
    months: month,
    live: live.filter((e) => e.tick <= month),
    played: effective,
    decisionCount: effective.reduce((sum, p) => sum + p.decisions.length, 0),
  };
}
