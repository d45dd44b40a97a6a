/**
 * The classroom session (sim/classroom/session.ts) as a reducer over its journal: what a
 * room allows, and that replaying the journal's lines gives the live run, byte for byte.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ClassSession } from '../../sim/classroom/session';
import { agentsOnly } from '../../sim/classroom/sessionViews';
import { journalLine, readJournal, type JournalEntry } from '../../sim/classroom/journal';
import { classroomCsv } from '../../sim/classroom/export';
import { parseClientMessage, MAX_MESSAGE_BYTES, cleanName } from '../../sim/classroom/protocol';
import { runScenario, toCsv } from '../../sim/index';
import { loadScenarioFile } from '../../scripts/validation/report';
import { journalRun } from '../../sim/classroom/journalRun';
import { createEngineApi } from '../../sim/worker/api';

const scenarioText = readFileSync('scenarios/default.json', 'utf8');
let clock = 0;
const now = () => new Date(Date.UTC(2026, 10, 29, 9, 0, clock++)).toISOString();

function newSession(seed = 4) {
  const lines: string[] = [];
  const session = ClassSession.create(scenarioText, seed, 'ABCD', 'f'.repeat(64), (entry) => lines.push(journalLine(entry)), now);
  return { session, lines };
}

describe('classroom session', () => {
  it('gives each student an organisation, founders first and the three sectors in turn', () => {
    const { session } = newSession();
    const students = ['Ana', 'Ben', 'Chloé', 'Dev'].map((name, k) => session.join(name, `t${k}`));
    const orgs = session.sim.state.orgs;
    const given = students.map((s) => (typeof s === 'string' ? -1 : s.organisation));
    expect(new Set(given).size).toBe(4);
    for (const i of given) expect(orgs.member[i]).toBe(1);
    expect(given.slice(0, 3).map((i) => orgs.order[i])).toEqual([0, 1, 2]);
  });

  it('refuses what the room does not allow, and says why', () => {
    const { session } = newSession();
    const ana = session.join('Ana', 'ta');
    if (typeof ana === 'string') throw new Error(ana);
    expect(session.decide('ta', 0, 'climb')).toBe('not_running');
    // Before the start the scenario may still change: live events wait for the run.
    expect(session.inject('crisis')).toBe('not_running');
    session.start();
    expect(session.setup(scenarioText, 2)).toBe('not_running');
    expect(session.decide('nobody', 0, 'stay')).toBe('not_joined');
    expect(session.decide('ta', 1, 'stay')).toBe('out_of_turn');
    expect(session.decide('ta', 0, 'join')).toBe('not_open');
    expect(session.decide('ta', 0, 'stay', ana.organisation + 1)).toBe('forbidden');
    expect(session.decide('ta', 0, 'climb')).toBeUndefined();
    expect(session.decide('ta', 0, 'leave')).toBe('already_decided');
    session.advance();
    expect(session.month).toBe(1);
    expect(session.decide('ta', 0, 'stay')).toBe('out_of_turn');
    expect(session.sim.state.orgs.rung[ana.organisation]).toBe(2);
  });

  it('lets the instructor change the scenario, the seed and who plays what before the start, and the journal replays it', () => {
    const { session, lines } = newSession(4);
    ['a', 'b', 'c'].forEach((t, k) => session.join(`S${k}`, t));
    const stewardText = readFileSync('scenarios/steward.json', 'utf8');
    expect(session.setup(stewardText, 12)).toBeUndefined();
    expect(session.seed).toBe(12);
    expect(session.scenario.action.steward).toBe(true);
    const orgs = session.sim.state.orgs;
    expect([...session.students.values()].every((s) => orgs.member[s.organisation] === 1)).toBe(true);
    const free = session.freeOrganisations();
    expect(session.assign(1, free[3]!)).toBeUndefined();
    expect(session.students.get('b')!.organisation).toBe(free[3]);
    expect(session.assign(0, session.students.get('c')!.organisation)).toBe('not_open');
    expect(session.assign(7, free[0]!)).toBe('not_joined');
    session.start();
    session.advance();
    expect(session.setup(scenarioText, 1)).toBe('not_running');
    expect(session.assign(0, free[0]!)).toBe('not_running');
    const read = readJournal(lines.join(''));
    if (!read.ok) throw new Error(read.problem.message);
    const replayed = ClassSession.replay(read.entries, () => {}, now);
    expect(classroomCsv(replayed)).toBe(classroomCsv(session));
    expect(replayed.students.get('b')!.organisation).toBe(free[3]);
    expect(journalRun(read.entries)).toMatchObject({ seed: 12, scenarioText: stewardText });
  });

  it('takes a student off the roster: their organisation goes back to its agent and to the next student, their decisions stay', () => {
    const { session, lines } = newSession(4);
    const a = session.join('Ana', 'ta');
    session.join('Ben', 'tb');
    if (typeof a === 'string') throw new Error(a);
    session.start();
    session.decide('ta', 0, 'stay');
    expect(session.release(0)).toBeUndefined();
    expect(session.students.has('ta')).toBe(false);
    expect(session.pending.has(a.organisation)).toBe(false);
    expect(session.decide('ta', 0, 'climb')).toBe('not_joined');
    session.advance();
    const c = session.join('Chloé', 'tc');
    expect(typeof c === 'object' && c.organisation).toBe(a.organisation);
    expect(session.release(5)).toBe('not_joined');
    const read = readJournal(lines.join(''));
    if (!read.ok) throw new Error(read.problem.message);
    const replayed = ClassSession.replay(read.entries, () => {}, now);
    expect(classroomCsv(replayed)).toBe(classroomCsv(session));
    expect([...replayed.students.values()].map((s) => s.name)).toEqual(['Ben', 'Chloé']);
  });

  it('fills the room, then refuses more students', () => {
    const { session } = newSession();
    const count = session.sim.state.orgs.count;
    for (let k = 0; k < count; k++) expect(typeof session.join(`S${k}`, `t${k}`)).toBe('object');
    expect(session.join('One more', 'extra')).toBe('room_full');
  });

  it('replays its journal into the identical run, decisions and live events included', () => {
    const { session, lines } = newSession(8);
    const tokens = Array.from({ length: 12 }, (_, k) => `t${k}`);
    tokens.forEach((t, k) => session.join(`Student ${k}`, t));
    session.setPace('all');
    session.start();
    for (let month = 0; month < 30; month++) {
      tokens.forEach((t, k) => {
        const open = session.open(session.students.get(t)!.organisation);
        if (open.length > 0 && (month + k) % 3 !== 0) session.decide(t, month, open[(month * 7 + k) % open.length]!);
      });
      if (month === 5) session.inject('crisis');
      if (month === 17) session.inject('budget_cut');
      if (month === 10) session.pause();
      if (month === 11) session.start();
      session.advance();
    }
    const live = classroomCsv(session);
    const read = readJournal(lines.join(''));
    if (!read.ok) throw new Error(read.problem.message);
    const replayed = ClassSession.replay(read.entries, () => {}, now);
    expect(replayed.month).toBe(30);
    expect(classroomCsv(replayed)).toBe(live);
    expect(live.split('\n')[0]!.endsWith(',decisions')).toBe(true);
    expect(session.decisions.length).toBeGreaterThan(150);
    // The class changed the run: it differs from the agents-only run with the same seed and events.
    const agents = agentsOnly(session);
    expect(toCsv(agents.columns(), agents.events())).not.toBe(toCsv(session.sim.columns(), session.sim.events()));
    expect(
      agents
        .events()
        .filter((e) => e.source === 'live')
        .map((e) => `${e.tick}:${e.type}`),
    ).toEqual(['6:crisis', '18:budget_cut']);
  });

  it("gives the page's engine what it needs to replay the class's run (journalRun)", () => {
    const { session, lines } = newSession(6);
    const tokens = ['a', 'b', 'c', 'd', 'e'];
    tokens.forEach((t, k) => session.join(`S${k}`, t));
    session.start();
    for (let month = 0; month < 20; month++) {
      tokens.forEach((t, k) => {
        const open = session.open(session.students.get(t)!.organisation);
        if (open.length > 0) session.decide(t, month, open[(month + k) % open.length]!);
      });
      if (month === 4) session.inject('political_turnover');
      session.advance();
    }
    // Decisions of the month the class stopped in never took effect.
    session.decide('a', 20, session.open(session.students.get('a')!.organisation)[0]!);
    const read = readJournal(lines.join(''));
    if (!read.ok) throw new Error(read.problem.message);
    const run = journalRun(read.entries);
    expect(run).toMatchObject({ seed: 6, months: 20, scenarioText });
    expect(run.decisionCount).toBe(session.decisions.length - 1);
    const engine = createEngineApi();
    const scenario = engine.load({ kind: 'text', text: run.scenarioText, source: 'journal' }, run.seed);
    expect(scenario.ok).toBe(true);
    engine.schedule(run.live);
    engine.schedulePlayed(run.played);
    const batch = engine.advance(run.months);
    expect(toCsv(batch.columns, batch.events)).toBe(toCsv(session.sim.columns(), session.sim.events()));
  });

  it('with no decisions, the class run is the agents-only run (common random numbers)', () => {
    const { session } = newSession(2);
    session.start();
    for (let month = 0; month < 24; month++) session.advance();
    const scenario = loadScenarioFile('default.json');
    const agents = runScenario(scenario, 2, 24);
    expect(toCsv(session.sim.columns(), session.sim.events())).toBe(toCsv(agents.columns, agents.events));
  });

  it('ends by itself at the scenario horizon', () => {
    const { session } = newSession();
    session.start();
    for (let month = 0; month < session.months; month++) session.advance();
    expect(session.state).toBe('ended');
    expect(session.advance()).toBe('not_running');
  });
});

describe('classroom journal', () => {
  const header = (): JournalEntry => ({
    kind: 'session',
    format: 'interstice-classroom-1',
    scenario: scenarioText,
    seed: 1,
    room: 'ABCD',
    instructorKey: 'x',
    at: now(),
  });

  it('drops a last line cut short by a kill, and says where the complete lines end', () => {
    const whole = journalLine(header()) + journalLine({ kind: 'state', state: 'running', at: now() });
    const read = readJournal(`${whole}{"kind":"month","mon`);
    expect(read.ok && read.entries.length).toBe(2);
    expect(read.ok && read.validBytes).toBe(Buffer.byteLength(whole));
  });

  it('names the line and the problem of a bad journal', () => {
    const first = journalLine(header());
    expect(readJournal('{"kind":"month","month":1,"at":"x"}\n')).toMatchObject({
      ok: false,
      problem: { line: 1, message: expect.stringContaining('session line first') },
    });
    expect(readJournal(`${first}not json\n`)).toMatchObject({ ok: false, problem: { line: 2, message: 'not a JSON line' } });
    expect(readJournal(`${first}{"kind":"decision","month":0,"organisation":3,"choice":"fly","at":"x"}\n`)).toMatchObject({ ok: false, problem: { line: 2 } });
    expect(readJournal('')).toMatchObject({ ok: false });
  });

  it('refuses a journal whose months do not follow each other, or a decision or event out of its month', () => {
    const lines = [header(), { kind: 'month', month: 2, at: 'x' }] as JournalEntry[];
    expect(() => ClassSession.replay(lines, () => {}, now)).toThrow(/month 2 after month 0/);
    const text = (entries: object[]) => [header(), ...entries].map((e) => `${JSON.stringify(e)}\n`).join('');
    expect(readJournal(text([{ kind: 'month', month: 5, at: 'x' }]))).toMatchObject({ ok: false, problem: { line: 2, message: 'month 5 after month 0' } });
    expect(
      readJournal(
        text([
          { kind: 'month', month: 1, at: 'x' },
          { kind: 'decision', month: 3, organisation: 1, choice: 'stay', at: 'x' },
        ]),
      ),
    ).toMatchObject({
      ok: false,
      problem: { line: 3, message: 'a decision for month 3 while month 1 is played' },
    });
    expect(readJournal(text([{ kind: 'event', month: 1, event: 'crisis', at: 'x' }]))).toMatchObject({ ok: false, problem: { line: 2 } });
  });
});

describe('classroom messages', () => {
  const parse = (value: unknown) => {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return parseClientMessage(text, Buffer.byteLength(text));
  };

  it('reads the messages of the protocol', () => {
    expect(parse({ type: 'hello', seq: 0, room: 'ABCD', name: 'Ana' }).ok).toBe(true);
    expect(parse({ type: 'decide', seq: 3, month: 4, choice: 'climb' }).ok).toBe(true);
    expect(parse({ type: 'pace', seq: 1, pace: 'all' }).ok).toBe(true);
    expect(parse({ type: 'event', seq: 1, event: 'crisis' }).ok).toBe(true);
  });

  it('refuses oversized, malformed and ill-formed messages, naming the field', () => {
    expect(parse('x'.repeat(MAX_MESSAGE_BYTES + 1))).toMatchObject({ ok: false, reason: 'oversized' });
    expect(parse('{"type":')).toMatchObject({ ok: false, reason: 'malformed' });
    expect(parse([1])).toMatchObject({ ok: false, reason: 'invalid' });
    expect(parse({ type: 'decide', seq: 1, month: 0, choice: 'fly' })).toMatchObject({ ok: false, detail: expect.stringContaining('choice') });
    expect(parse({ type: 'decide', seq: 1, month: -1, choice: 'stay' })).toMatchObject({ ok: false, detail: expect.stringContaining('month') });
    expect(parse({ type: 'decide', month: 0, choice: 'stay' })).toMatchObject({ ok: false, detail: expect.stringContaining('seq') });
    expect(parse({ type: 'decide', seq: 1, month: 0, choice: 'stay', admin: true })).toMatchObject({ ok: false, detail: expect.stringContaining('admin') });
    expect(parse({ type: 'hello', seq: 0, room: 'ABCD' })).toMatchObject({ ok: false, detail: expect.stringContaining('name') });
    expect(parse({ type: 'hello', seq: 0, room: 'ABCD', name: 'a\u0000b' })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(parse({ type: 'pace', seq: 0, pace: 5 })).toMatchObject({ ok: false, detail: expect.stringContaining('pace') });
  });

  it('keeps display names as plain, short, visible text', () => {
    expect(cleanName('  Ana   María ')).toBe('Ana María');
    expect(cleanName(`Ann${' '.repeat(300)}Bo`)).toBe('Ann Bo');
    // Scripts and emoji that need the zero-width (non-)joiner.
    expect(cleanName('می\u200Cخواهم')).toBe('می\u200Cخواهم');
    expect(cleanName('क्\u200Dष')).toBe('क्\u200Dष');
    expect(cleanName('👩\u200D🏫')).toBe('👩\u200D🏫');
    // Names that draw nothing.
    expect(cleanName('\u3164\u3164')).toBeUndefined();
    expect(cleanName('\u2800')).toBeUndefined();
    expect(cleanName('<b>x</b>')).toBe('<b>x</b>');
    expect(cleanName('\u202Eevil')).toBeUndefined();
    expect(cleanName('x'.repeat(41))).toBeUndefined();
    expect(cleanName('   ')).toBeUndefined();
  });
});
