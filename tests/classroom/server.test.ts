/**
 * The classroom server and command (sim/classroom/server.ts, main.ts) with real files,
 * a real HTTP server and real WebSockets: what it serves, how it resumes a journal, and
 * the clear errors (exit code 2) for what a user can get wrong.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startClassroom, ClassroomStartError, type Classroom } from '../../sim/classroom/server';
import { classroomMain } from '../../sim/classroom/main';
import { CliError } from '../../sim/cli/errors';
import { readJournal } from '../../sim/classroom/journal';
import { ClassSession } from '../../sim/classroom/session';
import { classroomCsv } from '../../sim/classroom/export';
import type { ServerMessage } from '../../sim/classroom/protocol';

const scenarioText = readFileSync('scenarios/default.json', 'utf8');
let dir: string;
let site: string;
let open: Classroom[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'interstice-classroom-'));
  site = join(dir, 'site');
  spawnSync('mkdir', ['-p', join(site, 'assets')]);
  writeFileSync(join(site, 'play.html'), '<!doctype html><title>play</title>');
  writeFileSync(join(site, 'host.html'), '<!doctype html><title>host</title>');
  writeFileSync(join(site, 'assets', 'a.js'), 'export {};');
  writeFileSync(join(dir, 'secret.txt'), 'not served');
});

afterEach(async () => {
  for (const c of open) await c.close();
  open = [];
  rmSync(dir, { recursive: true, force: true });
});

async function start(journal = join(dir, 'j.jsonl')): Promise<Classroom> {
  const classroom = await startClassroom({ scenarioText, seed: 3, journalPath: journal, siteDir: site, port: 0, host: '127.0.0.1' });
  open.push(classroom);
  return classroom;
}

/** Opens a socket, sends the messages, and collects what comes back for a moment. */
async function exchange(port: number, messages: unknown[], waitMs = 300): Promise<ServerMessage[]> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/ws`);
  const received: ServerMessage[] = [];
  socket.on('message', (data) => received.push(JSON.parse(String(data)) as ServerMessage));
  await new Promise((r) => socket.once('open', r));
  for (const m of messages) socket.send(typeof m === 'string' ? m : JSON.stringify(m));
  await new Promise((r) => setTimeout(r, waitMs));
  socket.terminate();
  return received;
}

describe('classroom server', () => {
  it('serves the student page at / and the built files, nothing outside the site, with the security headers', async () => {
    const { port } = await start();
    const get = (path: string, method = 'GET') => fetch(`http://127.0.0.1:${port}${path}`, { method });
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<title>play</title>');
    expect(home.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await get('/assets/a.js')).headers.get('content-type')).toContain('text/javascript');
    expect((await get('/../secret.txt')).status).toBe(404);
    expect((await get('/%2e%2e/secret.txt')).status).toBe(404);
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/', 'POST')).status).toBe(405);
  });

  it('writes the instructor key beside the journal, readable by its owner only, and only its hash in the journal', async () => {
    const journal = join(dir, 'j.jsonl');
    const classroom = await start(journal);
    const key = readFileSync(`${journal}.key`, 'utf8').trim();
    expect(key).toBe(classroom.instructorKey);
    expect(statSync(`${journal}.key`).mode & 0o777).toBe(0o600);
    expect(readFileSync(journal, 'utf8')).not.toContain(key);
    const answers = await exchange(classroom.port, [
      { type: 'instructor', seq: 0, key: 'wrong' },
      { type: 'instructor', seq: 1, key },
    ]);
    expect(answers[0]).toMatchObject({ type: 'refused', reason: 'forbidden' });
    expect(answers[1]).toMatchObject({ type: 'instructor', room: classroom.room, month: 0 });
  });

  it('gives a student a token, never stores it, and brings the same organisation back with it', async () => {
    const journal = join(dir, 'j.jsonl');
    const classroom = await start(journal);
    const first = await exchange(classroom.port, [{ type: 'hello', seq: 0, room: classroom.room.toLowerCase(), name: 'Ana' }]);
    const token = (first.find((m) => m.type === 'welcome') as { token: string }).token;
    const organisation = (first.find((m) => m.type === 'student') as { organisation: { index: number } }).organisation.index;
    expect(readFileSync(journal, 'utf8')).not.toContain(token);
    const again = await exchange(classroom.port, [{ type: 'hello', seq: 0, room: classroom.room, token }]);
    expect(again.find((m) => m.type === 'student')).toMatchObject({ organisation: { index: organisation }, name: 'Ana' });
    expect(await exchange(classroom.port, [{ type: 'hello', seq: 0, room: classroom.room, token: 'made-up' }])).toMatchObject([
      { type: 'refused', reason: 'unknown_token' },
    ]);
    expect(await exchange(classroom.port, [{ type: 'hello', seq: 0, room: 'ZZZZ', name: 'Bo' }])).toMatchObject([{ type: 'refused', reason: 'unknown_room' }]);
  });

  it('resumes a killed session from its journal, a line cut short dropped, paused at the month reached', async () => {
    const journal = join(dir, 'j.jsonl');
    const classroom = await start(journal);
    const key = classroom.instructorKey!;
    await exchange(classroom.port, [
      { type: 'instructor', seq: 0, key },
      { type: 'start', seq: 1 },
      { type: 'event', seq: 2, event: 'crisis' },
      { type: 'advance', seq: 3 },
      { type: 'advance', seq: 4 },
    ]);
    expect(classroom.session.month).toBe(2);
    const live = classroomCsv(classroom.session);
    await classroom.close();
    open = [];
    appendFileSync(journal, '{"kind":"month","mo');
    const resumed = await start(journal);
    expect(resumed.resumed).toBe(true);
    expect(resumed.room).toBe(classroom.room);
    expect(resumed.instructorKey).toBe(key);
    expect(resumed.session.month).toBe(2);
    expect(resumed.session.state).toBe('paused');
    expect(classroomCsv(resumed.session)).toBe(live);
    const read = readJournal(readFileSync(journal, 'utf8'));
    expect(read.ok && read.entries.at(-1)).toMatchObject({ kind: 'state', state: 'paused' });
  });

  it('refuses to start on a journal with a bad line, naming it', async () => {
    const journal = join(dir, 'bad.jsonl');
    writeFileSync(journal, '{"kind":"month","month":1,"at":"x"}\n');
    await expect(start(journal)).rejects.toThrow(ClassroomStartError);
    await expect(start(journal)).rejects.toThrow(/bad\.jsonl, line 1: expected the session line first/);
  });

  it('says which port is taken', async () => {
    const first = await start();
    const error = await startClassroom({
      scenarioText,
      seed: 1,
      journalPath: join(dir, 'other.jsonl'),
      siteDir: site,
      port: first.port,
      host: '127.0.0.1',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClassroomStartError);
    expect(String(error)).toContain(`port ${first.port} is already in use`);
  });
});

/** A connection that keeps what it receives, for tests that need it open. */
async function connect(port: number, options: WebSocket.ClientOptions = {}) {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/ws`, options);
  const received: ServerMessage[] = [];
  socket.on('message', (data) => received.push(JSON.parse(String(data)) as ServerMessage));
  await new Promise((r) => socket.once('open', r));
  let seq = 0;
  return { socket, received, send: (m: object) => socket.send(JSON.stringify({ ...m, seq: seq++ })) };
}
const settle = (ms = 200) => new Promise((r) => setTimeout(r, ms));

describe('classroom server, the class in play', () => {
  it('journals a name as it is shown (trimmed, spaces collapsed), so the journal always reads back', async () => {
    const journal = join(dir, 'j.jsonl');
    const classroom = await start(journal);
    await exchange(classroom.port, [{ type: 'hello', seq: 0, room: classroom.room, name: `Ann${' '.repeat(300)}Bo` }]);
    const read = readJournal(readFileSync(journal, 'utf8'));
    expect(read.ok && read.entries.find((e) => e.kind === 'student')).toMatchObject({ name: 'Ann Bo' });
  });

  it('limits the students one device may join as (the instructor’s own machine excepted)', async () => {
    const classroom = await start();
    const joins = [];
    for (let k = 0; k < 4; k++) joins.push(await connect(classroom.port, { localAddress: '127.0.0.2' }));
    joins.forEach((c, k) => c.send({ type: 'hello', room: classroom.room, name: `Bot ${k}` }));
    await settle();
    expect(joins.map((c) => c.received[0]?.type)).toEqual(['welcome', 'welcome', 'welcome', 'refused']);
    expect(joins[3]!.received[0]).toMatchObject({ reason: 'room_full' });
    for (const c of joins) c.socket.terminate();
  });

  it('ends a month when all have decided, also on Resume after someone left; never while shutting down', async () => {
    const journal = join(dir, 'j.jsonl');
    const classroom = await start(journal);
    const instructor = await connect(classroom.port);
    instructor.send({ type: 'instructor', key: classroom.instructorKey });
    const [a, b] = [await connect(classroom.port), await connect(classroom.port)];
    a.send({ type: 'hello', room: classroom.room, name: 'A' });
    b.send({ type: 'hello', room: classroom.room, name: 'B' });
    await settle();
    instructor.send({ type: 'pace', pace: 'all' });
    instructor.send({ type: 'start' });
    await settle();
    a.send({ type: 'decide', month: 0, choice: 'stay' });
    instructor.send({ type: 'pause' });
    await settle();
    b.socket.terminate();
    await settle();
    expect(classroom.session.month).toBe(0);
    instructor.send({ type: 'start' });
    await settle();
    expect(classroom.session.month).toBe(1);
    // C has not decided, A (back on a new connection) has; shutting the server down closes C's
    // connection first: that is not C leaving the class, and no month may end then.
    const c = await connect(classroom.port);
    c.send({ type: 'hello', room: classroom.room, name: 'C' });
    await settle();
    const tokenA = (a.received.find((m) => m.type === 'welcome') as { token: string }).token;
    a.socket.terminate();
    const a2 = await connect(classroom.port);
    a2.send({ type: 'hello', room: classroom.room, token: tokenA });
    await settle();
    a2.send({ type: 'decide', month: 1, choice: 'stay' });
    await settle();
    expect(classroom.session.month).toBe(1);
    await classroom.close();
    open = [];
    const read = readJournal(readFileSync(journal, 'utf8'));
    expect(read.ok && read.entries.filter((e) => e.kind === 'month')).toHaveLength(1);
  });

  it('takes a student off the roster: their browser is told, their organisation is free again', async () => {
    const classroom = await start();
    const instructor = await connect(classroom.port);
    instructor.send({ type: 'instructor', key: classroom.instructorKey });
    const bot = await connect(classroom.port);
    bot.send({ type: 'hello', room: classroom.room, name: 'Bot' });
    await settle();
    const token = (bot.received.find((m) => m.type === 'welcome') as { token: string }).token;
    instructor.send({ type: 'release', student: 0 });
    await settle();
    expect(bot.received.at(-1)).toMatchObject({ type: 'refused', reason: 'unknown_token' });
    expect(classroom.session.students.size).toBe(0);
    expect(await exchange(classroom.port, [{ type: 'hello', seq: 0, room: classroom.room, token }])).toMatchObject([
      { type: 'refused', reason: 'unknown_token' },
    ]);
    bot.send({ type: 'release', student: 0 });
    await settle();
    expect(bot.received.at(-1)).toMatchObject({ type: 'refused', reason: 'forbidden' });
  });
});

describe('npm run classroom', () => {
  it('keeps the journal whole when the disk refuses a line: nothing half-written, the change refused, the server still up', async () => {
    const journal = join(dir, 'full.jsonl');
    // A file-size limit just above the session line: a few students fit, then the journal is "full".
    const limitKiB = Math.ceil((Buffer.byteLength(scenarioText) + 1500) / 1024);
    const child = spawn(
      'bash',
      [
        '-c',
        `ulimit -f ${limitKiB}; exec "${process.execPath}" --import tsx sim/classroom/bin.ts --site "${site}" --journal "${journal}" --port 0 --host 127.0.0.1`,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    try {
      const started = Date.now();
      while (!/Journal/.test(output)) {
        if (Date.now() - started > 30_000) throw new Error(output);
        await settle(50);
      }
      const port = Number(/:(\d+)\/\s+room code/.exec(output)![1]);
      const room = /room code (\w+)/.exec(output)![1]!;
      const answers: ServerMessage[] = [];
      for (let k = 0; k < 40 && !answers.some((m) => m.type === 'refused'); k++)
        answers.push(...(await exchange(port, [{ type: 'hello', seq: 0, room, name: `Student ${k}` }], 50)));
      expect(answers.find((m) => m.type === 'refused')).toMatchObject({ reason: 'unwritable' });
      expect(output).toContain('the journal could not be written');
      expect(output).not.toMatch(/\n\s+at /);
      expect(child.exitCode).toBeNull();
      const text = readFileSync(journal, 'utf8');
      expect(text.endsWith('\n')).toBe(true);
      const read = readJournal(text);
      expect(read.ok && read.entries.filter((e) => e.kind === 'student').length).toBe(answers.filter((m) => m.type === 'welcome').length);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('exports a journal as CSV, the same as the session it records, and never over its input', async () => {
    const journal = join(dir, 'j.jsonl');
    const classroom = await start(journal);
    classroom.session.join('Ana', 'h'.repeat(64));
    classroom.session.start();
    classroom.session.decide('h'.repeat(64), 0, 'leave');
    classroom.session.advance();
    const out = join(dir, 'run.csv');
    await classroomMain(['--export', journal, '--out', out], () => {});
    expect(readFileSync(out, 'utf8')).toBe(classroomCsv(classroom.session));
    expect(readFileSync(out, 'utf8')).toMatch(/,decisions\n1,.*=leave\n$/);
    await expect(classroomMain(['--export', journal, '--out', journal], () => {})).rejects.toThrow(/would overwrite the input/);
    await expect(classroomMain(['--export', journal], () => {})).rejects.toThrow(/needs --out/);
    await expect(classroomMain(['--export', join(dir, 'none.jsonl'), '--out', out], () => {})).rejects.toThrow(CliError);
  });

  it('reports a bad scenario or option with exit code 2 and no stack trace, and writes no journal', () => {
    writeFileSync(join(dir, 'bad.json'), '{"ticks": "many"}');
    const journal = join(dir, 'never.jsonl');
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'sim/classroom/bin.ts', '--site', site, '--journal', journal, ...args], { encoding: 'utf8' });
    const bad = run(['--scenario', join(dir, 'bad.json')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^error: .*problem/);
    expect(bad.stderr).toContain('ticks');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(journal)).toBe(false);
    const option = run(['--seed', 'x']);
    expect(option.status).toBe(2);
    expect(option.stderr).toContain('--seed: expected an integer');
    const unknown = run(['--colour', 'red']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown option --colour');
  });

  it('resumes from the session replayed (the replay gives the live run)', () => {
    // Covered end to end in tests/e2e/liveClass.e2e.test.ts; here the replay of a written journal.
    const lines: string[] = [];
    const session = ClassSession.create(
      scenarioText,
      9,
      'ABCD',
      'k',
      (e) => lines.push(`${JSON.stringify(e)}\n`),
      () => 't',
    );
    session.start();
    session.advance();
    const read = readJournal(lines.join(''));
    expect(
      read.ok &&
        ClassSession.replay(
          read.entries,
          () => {},
          () => 't',
        ).month,
    ).toBe(1);
  });
});
