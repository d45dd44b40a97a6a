/**
 * A classroom session's state as a reducer over its journal (journal.ts): the state
 * changes only in `apply`, one entry at a time, the one function the live session
 * (session.ts, after writing the entry) and the replay both use. So the live run and the
 * run replayed from the journal make the same engine calls in the same order (`sim.play`
 * the month's decisions, `sim.inject` live events, `sim.tick`), and give the same numbers.
 *
 * Also here: what the state allows (choices open, organisations free, whether everyone
 * connected has decided), which the commands check and the views (sessionViews.ts) show.
 */
import type { Scenario } from '../scenario/schema';
import { parseScenario } from '../scenario/parse';
import { createSimulation, type Simulation } from '../model/simulation';
import { choicesOpen, type PlayedChoice, type PlayedDecision } from '../model/played';
import type { EventType } from '../scenario/enums';
import type { JournalEntry, SessionEntry } from './journal';
import { REFUSAL_REASONS, type Pace, type RefusalReason, type SessionState } from './protocol';

export interface Student {
  /** Hash of the token the student's browser keeps (server.ts); the token itself is never stored. */
  token: string;
  name: string;
  organisation: number;
}

export interface DecisionRecord {
  month: number;
  organisation: number;
  choice: PlayedChoice;
  name: string;
  at: string;
}

/** What changed in the month just played, as partners see it. */
export interface MonthNews {
  joined: string[];
  left: string[];
  climbed: string[];
  events: string[];
}

type StudentEntry = Extract<JournalEntry, { kind: 'student' }>;
type SetupEntry = Extract<JournalEntry, { kind: 'setup' }>;

export class SessionReducer {
  /** The scenario and seed played (the session line's, or those the instructor chose before the start). */
  scenario: Scenario;
  scenarioText: string;
  seed: number;
  sim: Simulation;
  state: SessionState = 'lobby';
  pace: Pace = 30;
  readonly students = new Map<string, Student>();
  readonly studentOf = new Map<number, Student>();
  /** This month's decisions by organisation, in the order they were made. */
  readonly pending = new Map<number, PlayedChoice>();
  readonly decisions: DecisionRecord[] = [];
  readonly liveEvents: { month: number; event: EventType }[] = [];
  lastMonth: MonthNews = { joined: [], left: [], climbed: [], events: [] };
  /** Messages refused, by reason (the server counts them; the journal keeps them month by month). */
  readonly refused = Object.fromEntries(REFUSAL_REASONS.map((r) => [r, 0])) as Record<RefusalReason, number>;
  /** The refusals counted when the journal last wrote them down. */
  protected refusedWritten = 0;
  /** The order in which organisations are given to students (assignmentOrder). */
  protected assignment: number[];

  constructor(readonly header: SessionEntry) {
    this.scenarioText = header.scenario;
    this.seed = header.seed;
    ({ scenario: this.scenario, sim: this.sim, assignment: this.assignment } = openScenario(header.scenario, header.seed));
  }

  get month(): number {
    return this.sim.tickCount;
  }

  get months(): number {
    return this.scenario.ticks;
  }

  /** Applies one journal entry (live, after writing it, and in replay). */
  apply(entry: JournalEntry): void {
    switch (entry.kind) {
      case 'session':
        throw new Error('a second session line');
      case 'student':
        this.seat(entry);
        return;
      case 'release': {
        const student = this.students.get(entry.token);
        if (!student) throw new Error('journal: a release of a student who never joined');
        this.students.delete(entry.token);
        if (this.studentOf.get(student.organisation) === student) this.studentOf.delete(student.organisation);
        return;
      }
      case 'setup':
        this.replaceScenario(entry);
        return;
      case 'decision':
        this.pending.set(entry.organisation, entry.choice);
        this.decisions.push({
          month: entry.month,
          organisation: entry.organisation,
          choice: entry.choice,
          name: this.studentOf.get(entry.organisation)?.name ?? '',
          at: entry.at,
        });
        return;
      case 'event':
        this.sim.inject({ type: entry.event });
        this.liveEvents.push({ month: entry.month, event: entry.event });
        return;
      case 'pace':
        this.pace = entry.pace;
        return;
      case 'state':
        this.state = entry.state;
        return;
      case 'refusals':
        for (const reason of REFUSAL_REASONS) this.refused[reason] = entry.counts[reason] ?? 0;
        this.refusedWritten = this.refusedTotal();
        return;
      case 'month':
        if (entry.month !== this.sim.tickCount + 1) throw new Error(`journal: month ${entry.month} after month ${this.sim.tickCount}`);
        this.playMonth();
        return;
    }
  }

  /** A student joins, or one seen before is moved to another organisation (the instructor's choice, before the start). */
  private seat(entry: StudentEntry): void {
    const before = this.students.get(entry.token);
    if (before && this.studentOf.get(before.organisation) === before) this.studentOf.delete(before.organisation);
    const student: Student = { token: entry.token, name: entry.name, organisation: entry.organisation };
    this.students.set(student.token, student);
    this.studentOf.set(student.organisation, student);
  }

  private replaceScenario(entry: SetupEntry): void {
    if (this.state !== 'lobby') throw new Error('journal: a new scenario after the start');
    this.scenarioText = entry.scenario;
    this.seed = entry.seed;
    ({ scenario: this.scenario, sim: this.sim, assignment: this.assignment } = openScenario(entry.scenario, entry.seed));
    // Students keep their order of arrival: the k-th gets the k-th organisation of the new assignment.
    this.studentOf.clear();
    let k = 0;
    for (const student of this.students.values()) {
      student.organisation = this.assignment[k++]!;
      this.studentOf.set(student.organisation, student);
    }
  }

  /** The students' decisions replace their organisations' agents, the agents play the rest; then what changed. */
  private playMonth(): void {
    const orgs = this.sim.state.orgs;
    const memberBefore = orgs.member.slice();
    const rungBefore = orgs.rung.slice();
    const eventsBefore = this.sim.events().length;
    const played: PlayedDecision[] = [];
    for (const [organisation, choice] of this.pending) played.push({ organisation, choice });
    this.sim.play(played);
    this.sim.tick();
    this.pending.clear();
    const news: MonthNews = {
      joined: [],
      left: [],
      climbed: [],
      events: this.sim
        .events()
        .slice(eventsBefore)
        .filter((e) => !e.noEffect)
        .map((e) => e.type),
    };
    for (let i = 0; i < orgs.count; i++) {
      if (orgs.member[i] && !memberBefore[i]) news.joined.push(orgs.names[i]!);
      else if (!orgs.member[i] && memberBefore[i]) news.left.push(orgs.names[i]!);
      else if (orgs.member[i] && orgs.rung[i]! > rungBefore[i]!) news.climbed.push(orgs.names[i]!);
    }
    this.lastMonth = news;
    if (this.sim.done) this.state = 'ended';
  }

  protected refusedTotal(): number {
    return REFUSAL_REASONS.reduce((sum, r) => sum + this.refused[r], 0);
  }

  /** Organisations nobody plays, in the order they are given out. */
  freeOrganisations(): number[] {
    return this.assignment.filter((i) => !this.studentOf.has(i) && this.sim.state.orgs.active[i]);
  }

  /** Choices open to an organisation this month. */
  open(organisation: number): PlayedChoice[] {
    const orgs = this.sim.state.orgs;
    if (!orgs.active[organisation]) return [];
    return choicesOpen(orgs.member[organisation] === 1, orgs.rung[organisation]!, this.sim.state.action.alive, this.scenario);
  }

  /** True when every connected student has decided this month (and at least one is connected). */
  allDecided(connected: ReadonlySet<string>): boolean {
    let any = false;
    for (const token of connected) {
      const student = this.students.get(token);
      if (!student || !this.sim.state.orgs.active[student.organisation]) continue;
      any = true;
      if (!this.pending.has(student.organisation)) return false;
    }
    return any;
  }
}

/** The scenario of a session's text and the simulation of it at `seed`, with the order its organisations are given out. */
export function openScenario(text: string, seed: number): { scenario: Scenario; sim: Simulation; assignment: number[] } {
  const scenario = scenarioOf(text);
  const sim = createSimulation(scenario, seed);
  return { scenario, sim, assignment: assignmentOrder(sim) };
}

function scenarioOf(text: string): Scenario {
  const parsed = parseScenario(text, 'journal');
  if (!parsed.ok) throw new Error(`the scenario is not valid: ${parsed.issues[0]?.path ?? ''}`);
  return parsed.scenario;
}

/**
 * The order in which organisations are given to students: founders first (students are in
 * the action from the first month), then the others; within each, the orders take turns
 * (E, P, T) so a class plays all three sectors.
 */
function assignmentOrder(sim: Simulation): number[] {
  const orgs = sim.state.orgs;
  const order: number[] = [];
  for (const founders of [true, false]) {
    const byOrder: number[][] = [[], [], []];
    for (let i = 0; i < orgs.count; i++) if ((orgs.member[i] === 1) === founders) byOrder[orgs.order[i]!]!.push(i);
    for (let k = 0; byOrder.some((list) => k < list.length); k++) for (const list of byOrder) if (k < list.length) order.push(list[k]!);
  }
  return order;
}
