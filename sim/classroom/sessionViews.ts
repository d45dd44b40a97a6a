/**
 * What the pages show of a classroom session (session.ts): the student's view of their
 * organisation, the instructor's view of the room, and the debrief's agents-only run (the
 * same scenario, seed and live events, every organisation played by its agent).
 */
import { createSimulation, type Simulation, type Snapshot } from '../model/simulation';
import { ORDER_LETTERS } from '../model/state';
import type { InstructorView, RosterEntry, SeriesPoint, StudentView } from './protocol';
import type { ClassSession } from './session';

/** What a student's page shows: their organisation now, the month, their choices. */
export function studentView(
  session: ClassSession,
  tokenHash: string,
  remainingMs: number | null,
  snapshot: Snapshot = session.sim.snapshot(),
): StudentView | undefined {
  const student = session.students.get(tokenHash);
  if (!student) return undefined;
  const i = student.organisation;
  const o = snapshot.organisations;
  const columns = session.sim.columns();
  const last = columns.tick.length - 1;
  return {
    type: 'student',
    name: student.name,
    organisation: {
      index: i,
      name: o.names[i]!,
      order: ORDER_LETTERS[o.order[i]!]!,
      field: session.scenario.territory.fields[o.field[i]!]!,
      budget: o.size[i]!,
    },
    state: session.state,
    month: session.month,
    months: session.months,
    remainingMs,
    member: o.member[i] === 1,
    rung: o.rung[i]!,
    efficiency: o.efficiency[i]!,
    collectiveEffectiveness: last >= 0 ? columns.collective_effectiveness[last]! : 0,
    actionAlive: snapshot.alive,
    open: session.state === 'running' ? session.open(i) : [],
    decided: session.pending.get(i) ?? null,
    lastMonth: session.lastMonth,
  };
}

/** The room as the instructor's screen shows it (the server adds the scenarios it offers and the journal's state). */
export function instructorView(
  session: ClassSession,
  joinUrl: string,
  connected: ReadonlySet<string>,
  remainingMs: number | null,
): Omit<InstructorView, 'scenarios' | 'scenarioId' | 'journalProblem'> {
  const orgs = session.sim.state.orgs;
  const roster: RosterEntry[] = [...session.students.values()].map((s) => ({
    name: s.name,
    organisation: s.organisation,
    organisationName: orgs.names[s.organisation]!,
    order: ORDER_LETTERS[orgs.order[s.organisation]!]!,
    field: session.scenario.territory.fields[orgs.field[s.organisation]!]!,
    connected: connected.has(s.token),
    decided: session.pending.has(s.organisation),
  }));
  return {
    type: 'instructor',
    room: session.header.room,
    joinUrl,
    scenarioTitle: { en: session.scenario.meta?.title?.en ?? '', fr: session.scenario.meta?.title?.fr ?? session.scenario.meta?.title?.en ?? '' },
    seed: session.seed,
    free: session.state === 'lobby' ? session.freeOrganisations().map((i) => ({ index: i, name: orgs.names[i]!, order: ORDER_LETTERS[orgs.order[i]!]! })) : [],
    state: session.state,
    pace: session.pace,
    month: session.month,
    months: session.months,
    remainingMs,
    roster,
    series: seriesOf(session.sim),
    events: session.sim
      .events()
      .filter((e) => !e.noEffect)
      .map((e) => ({ month: e.tick, type: e.type })),
    refused: { ...session.refused },
    agentsOnly: session.state === 'ended' ? seriesOf(agentsOnly(session)) : null,
    decisions:
      session.state === 'ended'
        ? session.decisions.map((d) => ({ month: d.month, name: d.name, organisationName: orgs.names[d.organisation]!, choice: d.choice }))
        : null,
  };
}

/** The same scenario, seed and live events, to the month reached, with every organisation played by its agent (the debrief's comparison). */
export function agentsOnly(session: ClassSession): Simulation {
  const sim = createSimulation(session.scenario, session.seed);
  let next = 0;
  for (let month = 0; month < session.month; month++) {
    while (next < session.liveEvents.length && session.liveEvents[next]!.month === month) sim.inject({ type: session.liveEvents[next++]!.event });
    sim.tick();
  }
  return sim;
}

/** The series the instructor's charts draw: collective effectiveness against members' efficiency. */
export function seriesOf(sim: Simulation): SeriesPoint[] {
  const c = sim.columns();
  return Array.from(c.tick, (month, row) => ({
    month,
    collective: c.collective_effectiveness[row]!,
    efficiency: c.organisational_efficiency[row]!,
    membersEfficiency: c.efficiency_members[row]!,
    members: c.members[row]!,
    alive: c.alive[row]!,
  }));
}
