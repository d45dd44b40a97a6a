/**
 * `npm run classroom`: builds the pages if they are missing or older than the sources,
 * then starts the classroom server (server.ts) and prints where students join, the room
 * code and the instructor's link. Given a journal that exists, it resumes that session.
 * `--export JOURNAL --out FILE` writes a journal's run as CSV without starting anything.
 */
import { existsSync, mkdirSync, readdirSync, statSync, readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { CliError } from '../cli/errors';
import { integerOption, parseArgs, single } from '../cli/args';
import { loadScenario } from '../cli/loadScenario';
import { checkDistinctOutputs, writeAllOrNone } from '../cli/outputs';
import { formatIssue } from '../scenario/issues';
import { readInputText } from '../cli/readInput';
import { MAX_JOURNAL_BYTES, readJournal } from './journal';
import { ClassSession } from './session';
import { classroomCsv } from './export';
import { ClassroomStartError, startClassroom, type Classroom, type OfferedScenario } from './server';
import { parseScenario } from '../scenario/parse';

const OPTIONS = { scenario: true, seed: true, port: true, host: true, journal: true, site: true, export: true, out: true, help: false } as const;

export const USAGE = `Usage: npm run classroom -- [options]

Starts the participatory classroom on this machine (docs/classroom.md).
  --scenario FILE   scenario to play (default scenarios/default.json)
  --seed N          seed (default 1)
  --port N          port (default 8080; 0 picks a free one)
  --host ADDRESS    address to listen on (default 0.0.0.0: every network of this machine)
  --journal FILE    the session's journal (default classroom/<date-time>.jsonl);
                    a journal that exists is resumed at the month it had reached
  --site DIR        built pages (default dist/, built when missing or out of date)
  --export JOURNAL --out FILE
                    write a journal's run as CSV (the usual columns plus decisions)
`;

/** The first address of this machine on a local network, for students to type. */
export function lanAddress(): string | undefined {
  for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  return undefined;
}

function newestSource(root: string): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ['viz', 'sim', 'scenarios']) if (existsSync(join(root, dir))) walk(join(root, dir));
  return newest;
}

/** The repository the command runs from (its scenarios, its pages' sources). */
const repositoryRoot = () => resolve(dirname(new URL(import.meta.url).pathname), '../..');

async function ensureSite(site: string, log: (text: string) => void): Promise<void> {
  const root = repositoryRoot();
  const page = join(site, 'host.html');
  if (existsSync(page) && statSync(page).mtimeMs >= newestSource(root)) return;
  log('Building the pages (about 20 seconds, once)...\n');
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: site, emptyOutDir: true } });
}

function exportJournal(journalPath: string, out: string): void {
  checkDistinctOutputs([{ option: '--out', path: out }], [journalPath]);
  const read = readInputText(journalPath, MAX_JOURNAL_BYTES);
  if (!read.ok) throw new CliError(`${journalPath}: expected ${read.expected}, found ${read.received}`);
  const journal = readJournal(read.text);
  if (!journal.ok) throw new CliError(`${journalPath}, line ${journal.problem.line}: ${journal.problem.message}`);
  let session: ClassSession;
  try {
    session = ClassSession.replay(
      journal.entries,
      () => {},
      () => '',
    );
  } catch (error) {
    throw new CliError(`${journalPath}: ${(error as Error).message}`);
  }
  writeAllOrNone([{ path: out, content: classroomCsv(session) }]);
}

/** The bundled lesson scenarios (scenarios/*.json), offered on the instructor's page before the start. */
function bundledScenarios(root: string): OfferedScenario[] {
  const dir = join(root, 'scenarios');
  const offered: OfferedScenario[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const parsed = parseScenario(text, file);
    if (!parsed.ok) continue;
    const title = parsed.scenario.meta?.title;
    const id = file.replace(/\.json$/, '');
    offered.push({ id, title: { en: title?.en ?? id, fr: title?.fr ?? title?.en ?? id }, text });
  }
  // The default first: the usual starting point of a lesson.
  return offered.sort((a, b) => Number(b.id === 'default') - Number(a.id === 'default'));
}

/** The local date and time, as a file name: 2026-11-29-14-05-09. */
const stamp = () => {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}-${two(d.getHours())}-${two(d.getMinutes())}-${two(d.getSeconds())}`;
};

/** A new journal's name in classroom/: never one that exists (only a journal named with --journal is resumed). */
function newJournalPath(): string {
  const base = join('classroom', stamp());
  let path = `${base}.jsonl`;
  for (let k = 2; existsSync(path); k++) path = `${base}-${k}.jsonl`;
  return path;
}

/** Runs the command; resolves with the started classroom (the process keeps running), or undefined after an export or help. */
export async function classroomMain(argv: readonly string[], log: (text: string) => void): Promise<Classroom | undefined> {
  const args = parseArgs(argv, OPTIONS);
  if (args.options.has('help')) {
    log(USAGE);
    return undefined;
  }
  if (args.positionals.length > 0) throw new CliError(`unexpected argument ${JSON.stringify(args.positionals[0])} (options: see --help)`);
  const exported = single(args, 'export');
  if (exported !== undefined) {
    const out = single(args, 'out');
    if (out === undefined) throw new CliError('--export needs --out FILE (where to write the CSV)');
    exportJournal(exported, out);
    log(`Wrote ${out}\n`);
    return undefined;
  }
  const journalPath = single(args, 'journal') ?? newJournalPath();
  const resuming = existsSync(journalPath);
  let scenarioText = '';
  const scenarioPath = single(args, 'scenario') ?? 'scenarios/default.json';
  if (!resuming) {
    const loaded = loadScenario(scenarioPath);
    if (!loaded.ok)
      throw new CliError(
        `${loaded.issues.length} problem${loaded.issues.length > 1 ? 's' : ''} in the scenario:\n${loaded.issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`,
      );
    scenarioText = readFileSync(scenarioPath, 'utf8');
    mkdirSync(dirname(resolve(journalPath)), { recursive: true });
  }
  // The page's range (viz/app/setup.ts MAX_SEED): a seed typed on either side is valid on the other.
  const seed = integerOption(args, 'seed', 0, 0xffff_ffff) ?? 1;
  const port = integerOption(args, 'port', 0, 65535) ?? 8080;
  const host = single(args, 'host') ?? '0.0.0.0';
  const site = resolve(single(args, 'site') ?? 'dist');
  await ensureSite(site, log);
  const lan = host === '0.0.0.0' ? lanAddress() : host;
  let classroom: Classroom;
  try {
    classroom = await startClassroom({
      scenarioText,
      seed,
      journalPath,
      siteDir: site,
      port,
      host,
      publicUrl: (p) => `http://${lan ?? 'localhost'}:${p}/`,
      scenarios: bundledScenarios(repositoryRoot()),
    });
  } catch (error) {
    if (error instanceof ClassroomStartError) throw new CliError(error.message);
    throw error;
  }
  const address = `http://${lan ?? 'localhost'}:${classroom.port}/`;
  log(
    [
      `Interstice classroom${classroom.resumed ? ` (resumed at month ${classroom.session.month}${classroom.session.state === 'paused' ? ', paused: press Resume on the instructor screen when the class is back' : ''})` : ''}: ${classroom.session.scenario.meta?.title?.en ?? scenarioPath}, seed ${classroom.session.seed}`,
      `  Students join at  ${address}   room code ${classroom.room}`,
      classroom.instructorKey
        ? `  Instructor screen http://${host === '0.0.0.0' ? 'localhost' : host}:${classroom.port}/host.html#key=${classroom.instructorKey}   (this link is the instructor's key: keep it to yourself)`
        : `  Instructor screen: the key file ${journalPath}.key is missing; open the link printed when the session started`,
      `  Journal           ${resolve(journalPath)}`,
      '  Stop with Ctrl+C; start again with the same --journal to resume.',
      '',
    ].join('\n'),
  );
  return classroom;
}
