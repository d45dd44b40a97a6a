/**
 * The participatory classroom, whole: the real server (`npm run classroom`'s entry, as a
 * child process), 30 scripted students over real WebSockets, the instructor's page and two
 * students' pages in Chromium. The class plays 24 months with live events; the server is
 * killed with SIGKILL at month 12 and started again on its journal; everybody reconnects
 * with their token and keeps their organisation; forged, oversized, replayed, out-of-turn
 * and too-frequent messages are refused and counted without disturbing anyone else; and
 * the journal's replay equals the live run byte for byte.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { done } from './site';
import { toCsv } from '../../sim/index';
import type { InstructorView, RefusalReason, ServerMessage, StudentView } from '../../sim/classroom/protocol';
import { readJournal } from '../../sim/classroom/journal';
import { ClassSession } from '../../sim/classroom/session';
import { classroomCsv } from '../../sim/classroom/export';

const MONTHS = 24;
const KILL_AT = 12;
const SCRIPTED = 30;

interface Started {
  process: ChildProcess;
  room: string;
  key: string | undefined;
  output: string;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

/** Starts `npm run classroom`'s entry and waits for it to print where to join. */
function startServer(args: string[]): Promise<Started> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'sim/classroom/bin.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const room = /room code (\w+)/.exec(output)?.[1];
      if (room && /Journal/.test(output)) {
        child.stdout!.off('data', onData);
        resolve({ process: child, room, key: /#key=([\w-]+)/.exec(output)?.[1], output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the classroom server exited (${code}): ${output}`)));
  });
}

/** A scripted client: a student who decides as soon as a month opens, or the instructor's second screen. */
class Scripted {
  socket: WebSocket | undefined;
  seq = 0;
  token: string | undefined;
  view: StudentView | undefined;
  instructor: InstructorView | undefined;
  readonly monthsSeen = new Set<number>();
  readonly organisations = new Set<number>();
  readonly refusals: RefusalReason[] = [];
  /** Bad messages to send once, at this month, before deciding. */
  mischief: ((client: Scripted) => void) | undefined;
  mischiefMonth = -1;
  /** Months decided on the current connection (a connection lost before its decision arrived decides again). */
  private decidedHere = new Set<number>();

  constructor(
    readonly name: string,
    readonly index: number,
  ) {}

  connect(port: number, hello: Record<string, unknown>): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(`ws://127.0.0.1:${port}/ws`);
      this.socket = socket;
      this.seq = 0;
      this.decidedHere = new Set();
      socket.once('open', () => {
        this.send(hello);
        resolve();
      });
      socket.once('error', reject);
      socket.on('message', (data) => this.receive(JSON.parse(String(data)) as ServerMessage));
    });
  }

  send(message: Record<string, unknown>): void {
    this.socket!.send(JSON.stringify({ ...message, seq: this.seq++ }));
  }

  raw(text: string): void {
    this.socket!.send(text);
  }

  private receive(message: ServerMessage): void {
    if (message.type === 'welcome') this.token = message.token;
    else if (message.type === 'refused') this.refusals.push(message.reason);
    else if (message.type === 'instructor') this.instructor = message;
    else if (message.type === 'student') {
      this.view = message;
      this.monthsSeen.add(message.month);
      this.organisations.add(message.organisation.index);
      if (message.state !== 'running' || message.decided !== null || message.open.length === 0 || this.decidedHere.has(message.month)) return;
      this.decidedHere.add(message.month);
      // Mostly stay; some climb, a few leave or join: a class that moves the run.
      const k = (message.month * 7 + this.index * 3) % 10;
      const wanted = k < 5 ? 'stay' : k < 8 ? 'climb' : k === 8 ? 'join' : 'leave';
      const choice = message.open.includes(wanted as never) ? wanted : message.open[0]!;
      const decide = () => this.send({ type: 'decide', month: message.month, choice });
      if (this.mischief && message.month === this.mischiefMonth) {
        const mischief = this.mischief;
        this.mischief = undefined;
        mischief(this);
        // After a burst the connection's allowance refills (10 a second) before the real decision.
        setTimeout(decide, 2500);
      } else decide();
    }
  }

  close(): void {
    this.socket?.terminate();
  }
}

async function until(what: string, check: () => boolean, timeout = 30_000, explain: () => string = () => ''): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what} ${explain()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

let browser: Browser;
let dir: string;
let server: Started | undefined;

beforeAll(async () => {
  browser = await launchChromium();
  dir = await mkdtemp(join(tmpdir(), 'interstice-class-'));
}, 60_000);

afterAll(async () => {
  server?.process.kill('SIGKILL');
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('participatory classroom', () => {
  it('plays 24 months with 30 scripted students and two in Chromium, survives SIGKILL, and its journal replays byte for byte', async () => {
    const port = await freePort();
    const journal = join(dir, 'session.jsonl');
    const args = ['--port', String(port), '--host', '127.0.0.1', '--site', inject('distDir'), '--journal', journal, '--seed', '5'];
    server = await startServer(args);
    const { room, key } = server;
    expect(room).toMatch(/^[A-Z2-9]{4}$/);
    expect(key).toBeTruthy();

    // The instructor's page, and a second instructor connection the test reads.
    const hostContext = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const host = await hostContext.newPage();
    const problems: string[] = [];
    host.on('pageerror', (e) => problems.push(e.message));
    // "End the session" asks first.
    const dialogs: string[] = [];
    host.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.accept();
    });
    await host.goto(`http://127.0.0.1:${port}/host.html#key=${key}`);
    await host.waitForFunction((code) => document.querySelector('#room-code')?.textContent === code, room);
    // The key leaves the address bar at once (a projected window never shows it).
    expect(host.url()).not.toContain('key=');
    await host.waitForFunction(() => (document.querySelector('#qr') as HTMLImageElement).src.startsWith('data:image/svg+xml'));
    const watcher = new Scripted('watcher', -1);
    await watcher.connect(port, { type: 'instructor', key });

    // Before anyone joins, the instructor picks the scenario and seed on the page.
    await host.waitForSelector('#setup:not([hidden])');
    expect(await host.locator('#scenario option').count()).toBeGreaterThan(10);
    await host.selectOption('#scenario', 'default');
    await host.fill('#seed', '7');
    await host.click('#apply-setup');
    await until('the new seed', () => watcher.instructor?.seed === 7 && watcher.instructor.scenarioId === 'default');

    // 30 scripted students join by name.
    const students = Array.from({ length: SCRIPTED }, (_, k) => new Scripted(`Student ${k + 1}`, k));
    for (const s of students) await s.connect(port, { type: 'hello', room, name: s.name });
    await until('30 welcomes', () => students.every((s) => s.token && s.view));

    // Two students on phones (Chromium, portrait), one in French; names are text, never markup.
    const phone = async (name: string, locale: string) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(`http://127.0.0.1:${port}/?room=${room}`);
      await page.fill('#name', name);
      await page.click('#join');
      await page.waitForSelector('#game:not([hidden])');
      return page;
    };
    const phones = [await phone('<img src=x onerror=alert(1)>', 'en-GB'), await phone('Zoé', 'fr-CA')];
    const phoneOrganisation = async (page: Page) => page.textContent('#org-name');
    // The instructor gives the first phone another organisation, one nobody plays.
    await host.waitForFunction(() => document.querySelectorAll('#roster tbody tr').length === 32);
    const before = await phoneOrganisation(phones[0]!);
    const free = watcher.instructor!.free[0]!;
    await host.locator('#roster tbody tr').nth(SCRIPTED).locator('select').selectOption(String(free.index));
    await phones[0]!.waitForFunction((name) => document.querySelector('#org-name')?.textContent?.endsWith(name), free.name);
    expect(await phoneOrganisation(phones[0]!)).not.toBe(before);
    const organisationsBefore = await Promise.all(phones.map(phoneOrganisation));
    await host.waitForFunction(() => document.querySelectorAll('#roster tbody tr').length === 32);
    expect(await host.locator('#roster tbody').textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await host.locator('#roster img').count()).toBe(0);
    // The phone page fits a portrait phone: no horizontal scrolling.
    expect(await phones[0]!.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await phones[1]!.textContent('#decision-heading')).toBe('Votre décision ce mois-ci');

    // Mischief from student 1 at month 3: forged, oversized, replayed, out-of-turn, too many; all refused and counted.
    const mischievous = students[0]!;
    mischievous.mischiefMonth = 3;
    mischievous.mischief = (c) => {
      const other = students[1]!.view!.organisation.index;
      c.send({ type: 'decide', month: 3, choice: 'leave', organisation: other });
      c.send({ type: 'start' });
      c.send({ type: 'instructor', key: 'not-the-key' });
      c.raw(JSON.stringify({ type: 'decide', seq: c.seq++, month: 3, choice: 'stay', note: 'x'.repeat(10_000) }));
      const late = JSON.stringify({ type: 'decide', seq: c.seq++, month: 2, choice: 'stay' });
      c.raw(late);
      c.raw(late);
      c.raw('{not json');
      for (let k = 0; k < 40; k++) c.send({ type: 'decide', month: 99, choice: 'stay' });
    };

    // The instructor: month length "when all have decided", start.
    await host.selectOption('#pace', 'all');
    await host.click('#start');

    const phoneDecides = async (page: Page, month: number) => {
      await page.waitForFunction(
        (m) =>
          /\b\d+\b/.exec(document.querySelector('#status')?.textContent ?? '')?.[0] === String(m) &&
          document.querySelector('.choices button:not([disabled])') !== null,
        month,
        { timeout: 30_000 },
      );
      await page.locator('.choices button').first().click();
    };
    const playMonth = async (month: number) => {
      if (month === 5) await host.click('#event-crisis');
      if (month === 15) await host.click('#event-budget_cut');
      await Promise.all(phones.map((page) => phoneDecides(page, month)));
      await until(`month ${month + 1}`, () => watcher.instructor?.month === month + 1);
    };

    for (let month = 0; month < KILL_AT; month++) await playMonth(month);
    await until('every student at month 12', () => students.every((s) => s.view?.month === KILL_AT));

    // Killed mid-session: no chance to close anything.
    server.process.kill('SIGKILL');
    await new Promise((r) => server!.process.once('exit', r));
    server = await startServer(args);
    expect(server.room).toBe(room);
    expect(server.output).toContain(`resumed at month ${KILL_AT}`);
    for (const s of students) await s.connect(port, { type: 'hello', room, token: s.token });
    await watcher.connect(port, { type: 'instructor', key });
    // The pages reconnect by themselves, as the same organisations.
    await until(
      'reconnected students',
      () => students.every((s) => s.view?.month === KILL_AT && s.organisations.size === 1),
      30_000,
      () => JSON.stringify(students.map((s) => [s.view?.month, s.organisations.size, s.refusals.slice(-2), s.socket?.readyState])),
    );
    await host.waitForFunction(() => document.querySelector('#connection')?.textContent === '', undefined, { timeout: 30_000 });
    expect(await Promise.all(phones.map(phoneOrganisation))).toEqual(organisationsBefore);

    // A phone reloads: its token brings back the same organisation.
    await phones[1]!.reload();
    await phones[1]!.waitForSelector('#game:not([hidden])');
    expect(await phoneOrganisation(phones[1]!)).toBe(organisationsBefore[1]);
    // Back after a crash, the session waits, paused, for the instructor: nobody ran ahead.
    expect(watcher.instructor?.state).toBe('paused');
    expect(watcher.instructor?.month).toBe(KILL_AT);
    await host.waitForFunction(() => document.querySelector('#roster tbody')?.textContent?.includes('agent plays') === false);
    await host.click('#start');

    for (let month = KILL_AT; month < MONTHS; month++) await playMonth(month);

    // Every client saw every month, and kept its organisation.
    for (const s of students) {
      expect([...s.monthsSeen].sort((a, b) => a - b)).toEqual(Array.from({ length: MONTHS + 1 }, (_, k) => k));
      expect(s.organisations.size).toBe(1);
    }
    // The bad messages were refused and counted; nobody else was refused anything.
    const counted = watcher.instructor!.refused;
    for (const reason of ['forbidden', 'oversized', 'replayed', 'out_of_turn', 'malformed', 'rate'] as const)
      expect(counted[reason], reason).toBeGreaterThan(0);
    expect(new Set(mischievous.refusals)).toEqual(new Set(['forbidden', 'oversized', 'replayed', 'out_of_turn', 'malformed', 'rate']));
    for (const s of students.slice(1)) expect(s.refusals).toEqual([]);

    // The live chart and the end of the session: the debrief beside the agents-only run.
    await host.waitForFunction((rows) => document.querySelector('#chart svg')?.getAttribute('data-ticks') === rows, String(MONTHS));
    await host.click('#end');
    await until('the end', () => watcher.instructor?.state === 'ended');
    expect(dialogs).toEqual(['End the session now? The class will not be able to play on.']);
    await host.waitForSelector('#debrief:not([hidden]) #debrief-chart svg');
    expect(await host.locator('#decisions tbody tr').count()).toBe(watcher.instructor!.decisions?.length ?? -1);
    expect(watcher.instructor!.decisions!.length).toBeGreaterThan(MONTHS * SCRIPTED);
    expect(watcher.instructor!.agentsOnly).toHaveLength(MONTHS);

    // The live run, as the server exports it, equals the journal's replay byte for byte.
    const exported = new Promise<string>((resolve) =>
      watcher.socket!.on('message', (data) => {
        const m = JSON.parse(String(data)) as ServerMessage;
        if (m.type === 'export') resolve(m.csv);
      }),
    );
    watcher.send({ type: 'export' });
    const liveCsv = await exported;
    const read = readJournal(await readFile(journal, 'utf8'));
    if (!read.ok) throw new Error(read.problem.message);
    const replay = ClassSession.replay(
      read.entries,
      () => {},
      () => '',
    );
    expect(replay.month).toBe(MONTHS);
    expect(replay.seed).toBe(7);
    expect(classroomCsv(replay)).toBe(liveCsv);
    // A header, one row a month, and the final newline.
    expect(liveCsv.split('\n')).toHaveLength(MONTHS + 2);
    // Live events are in the journal and in the run.
    expect(read.entries.filter((e) => e.kind === 'event').map((e) => (e.kind === 'event' ? `${e.month}:${e.event}` : ''))).toEqual([
      '5:crisis',
      '15:budget_cut',
    ]);

    // The journal opens in the simulator page (served by the same server): the class's run, to the month reached.
    const dashboard = await hostContext.newPage();
    dashboard.on('pageerror', (e) => problems.push(e.message));
    await dashboard.goto(`http://127.0.0.1:${port}/index.html`);
    await dashboard.waitForSelector('#app[data-state="ready"]');
    await dashboard.setInputFiles('#scenario-file', journal);
    await dashboard.waitForFunction(() => !(document.querySelector('#class-note') as HTMLElement).hidden);
    expect(await dashboard.textContent('#class-note')).toContain(`over ${MONTHS} months`);
    await dashboard.selectOption('#speed', 'max');
    await dashboard.click('#play');
    await done(dashboard);
    const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.click('#download-csv')]);
    const pageCsv = await readFile((await download.path())!, 'utf8');
    expect(pageCsv).toBe(toCsv(replay.sim.columns(), replay.sim.events()));
    // A journal with a bad line is refused next to the file input, and the page keeps working.
    await dashboard.setInputFiles('#scenario-file', {
      name: 'cut.jsonl',
      mimeType: 'application/jsonl',
      buffer: Buffer.from(`${(await readFile(journal, 'utf8')).split('\n')[0]}\n{"kind":"month"}\n`),
    });
    await dashboard.waitForFunction(() => document.querySelector('#issue-list')?.textContent?.includes('line 2'));
    expect(problems).toEqual([]);
    for (const s of [...students, watcher]) s.close();
  }, 240_000);
});
