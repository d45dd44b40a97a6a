/** `sim run <scenario.json> [--seed N] [--ticks N] [--set path=value]... [--out file] [--summary file]` */
import { extname } from 'node:path';
import { parseArgs, integerOption, single } from './args';
import { CliError } from './errors';
import { loadScenario } from './loadScenario';
import { checkDistinctOutputs, writeAllOrNone } from './outputs';
import { formatIssue } from '../scenario/parse';
import { scenarioLimitIssues } from '../scenario/crossChecks';
import { runScenario } from '../run/runScenario';
import { toCsv, toRows } from '../metrics/csv';
import { clip } from '../scenario/issues';

export const RUN_USAGE = `usage: npm run -s sim -- run <scenario.json> [--seed N] [--ticks N] [--set path=value]... [--out file.csv|file.json] [--summary file.json]`;
export const DEFAULT_SEED = 1;
const MAX_TICKS = 100_000;

export function runCommand(argv: readonly string[], stdout: (text: string) => void): void {
  const args = parseArgs(argv, { seed: true, ticks: true, set: true, out: true, summary: true, help: false });
  if (args.options.has('help')) {
    stdout(`${RUN_USAGE}\n`);
    return;
  }
  if (args.positionals.length !== 1) {
    throw new CliError(
      args.positionals.length === 0
        ? `missing scenario file\n${RUN_USAGE}`
        : `expected one scenario file, received ${args.positionals.length}: ${args.positionals.join(' ')}\n${RUN_USAGE}`,
    );
  }
  const seed = integerOption(args, 'seed', 0, Number.MAX_SAFE_INTEGER) ?? DEFAULT_SEED;
  const ticks = integerOption(args, 'ticks', 1, MAX_TICKS);
  const out = single(args, 'out');
  const summaryPath = single(args, 'summary');
  const format = out === undefined ? 'csv' : extname(out).toLowerCase().slice(1);
  if (format !== 'csv' && format !== 'json') {
    throw new CliError(`--out: expected a file ending in .csv or .json, received ${JSON.stringify(clip(out ?? ''))}`);
  }
  if (summaryPath !== undefined && extname(summaryPath).toLowerCase() !== '.json') {
    throw new CliError(`--summary: expected a file ending in .json, received ${JSON.stringify(clip(summaryPath))}`);
  }

  const input = args.positionals[0]!;
  const outputs = [
    ...(out === undefined ? [] : [{ option: '--out', path: out }]),
    ...(summaryPath === undefined ? [] : [{ option: '--summary', path: summaryPath }]),
  ];
  checkDistinctOutputs(outputs, [input]);
  const loaded = loadScenario(input, args.options.get('set') ?? []);
  if (!loaded.ok) {
    const count = loaded.issues.length;
    throw new CliError(`${count} problem${count > 1 ? 's' : ''} in the scenario:\n${loaded.issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
  }
  const scenario = ticks === undefined ? loaded.scenario : { ...loaded.scenario, ticks };
  // The file's own horizon was checked with the file; one given here must meet the same limits.
  const limits = ticks === undefined ? [] : scenarioLimitIssues(scenario);
  if (limits.length > 0) {
    throw new CliError(`the run is too large:\n${limits.map((i) => `  ${formatIssue({ ...i, source: `--ticks ${ticks}` })}`).join('\n')}`);
  }
  const result = runScenario(scenario, seed);

  const table =
    format === 'json'
      ? `${JSON.stringify({ seed, ticks: scenario.ticks, rows: toRows(result.columns, result.events), events: result.events, summary: result.summary }, null, 1)}\n`
      : toCsv(result.columns, result.events);
  // Both files are fully built, then written all or none: an error leaves neither behind, nor one without the other.
  const summary = `${JSON.stringify(result.summary, null, 2)}\n`;
  writeAllOrNone([
    ...(out === undefined ? [] : [{ path: out, content: table }]),
    ...(summaryPath === undefined ? [] : [{ path: summaryPath, content: summary }]),
  ]);
  if (out === undefined) stdout(table);
}
