/**
 * Headless command line of the engine. Run from the repository root:
 *   npm run -s sim -- run <scenario.json> [options]     per-tick CSV (or JSON) of a run
 *   npm run -s sim -- validate <scenario.json>...       check scenario files
 *   npm run -s sim -- schema                            print the scenario JSON Schema
 *   npm run -s sim -- list [--lang en|fr]               bundled scenarios and their lessons
 *   npm run -s sim -- sweep <sweep.json> [options]      many seeded runs in parallel
 *   npm run -s sim -- merge <DIR>... --out DIR          join shards of a sweep
 *   npm run -s sim -- robustness <sweep.json> [options] a comparison under perturbed constants
 * Exit codes: 0 success, 2 usage or input error, 1 anything else.
 */
import { CliError, EXIT_FAILURE, EXIT_OK } from './errors';
import { runCommand, RUN_USAGE } from './run';
import { validateCommand } from './validate';
import { listCommand } from './list';
import { scenarioJsonSchema } from '../scenario/jsonSchema';
import { sweepJsonSchema } from '../sweep/schema';
import { sweepCommand, SWEEP_USAGE } from './sweep/command';
import { mergeCommand, MERGE_USAGE } from './sweep/merge';
import { parseArgs } from './args';
import { robustnessCommand, ROBUSTNESS_USAGE } from './robustness';

const SCHEMA_USAGE = 'usage: npm run -s sim -- schema [--sweep]';

const USAGE = `Interstice — intersectoral partnership simulator (headless)

${RUN_USAGE}
       npm run -s sim -- validate <scenario.json>...
       npm run -s sim -- schema [--sweep]
       npm run -s sim -- list [--lang en|fr]
       ${SWEEP_USAGE.replace('usage: ', '')}
       ${MERGE_USAGE.replace('usage: ', '')}
       ${ROBUSTNESS_USAGE.replace('usage: ', '')}

run       simulate a scenario; per-tick columns as CSV on stdout (or --out / -o file.csv|file.json)
            --seed N         random seed (default 1); the same seed gives the same numbers
            --ticks N        horizon in months (default: the scenario's "ticks")
            --set path=value override a scenario field, e.g. --set action.governance=nao
            --summary file   write the run summary as JSON
validate  check scenario files and list every problem
schema    print the JSON Schema of scenario files (--sweep: of sweep files)
list      the bundled scenarios and their lessons
sweep     run settings × replications in parallel; results in a folder (see docs/analysis.md)
            --workers N      worker threads (default: number of cores)
            --out DIR, -o    output folder (default <sweep name>-results)
            --shard K/N      run only the K-th of N shares of the runs (for clusters)
            --resume         complete an interrupted sweep without repeating a run
merge     join shard folders of one sweep into the folder of the whole sweep
robustness  compare the sweep's settings with its first, then again with every model constant
            ×0.5 and ×1.5 one at a time (see docs/analysis.md)
            --metric NAME    summary metric compared (default cumulative_effectiveness)
            --seeds N        paired seeds per setting (default: the sweep's replications)
            --ablate p=v     also measure with a mechanism switched off (repeatable)
            --only a,b       perturb only these model.* constants
            --workers N, --out DIR (default <sweep name>-robustness)

Exit codes: 0 success, 2 usage or input error, 1 other failure.
`;

export async function main(
  argv: readonly string[],
  stdout: (text: string) => void,
  stderr: (text: string) => void,
  progressStream: NodeJS.WriteStream = process.stderr,
): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'run':
        runCommand(rest, stdout);
        return EXIT_OK;
      case 'validate':
        validateCommand(rest, stdout);
        return EXIT_OK;
      case 'list':
        listCommand(rest, stdout);
        return EXIT_OK;
      case 'schema': {
        const args = parseArgs(rest, { sweep: false, help: false });
        if (args.options.has('help')) {
          stdout(`${SCHEMA_USAGE}\n`);
          return EXIT_OK;
        }
        if (args.positionals.length > 0)
          throw new CliError(
            `schema takes no file (received ${JSON.stringify(args.positionals[0]!.slice(0, 60))}); it prints the scenario schema, or the sweep schema with --sweep\n${SCHEMA_USAGE}`,
          );
        const sweep = args.options.has('sweep');
        stdout(`${JSON.stringify(sweep ? sweepJsonSchema() : scenarioJsonSchema(), null, 2)}\n`);
        return EXIT_OK;
      }
      case 'sweep':
        await sweepCommand(rest, stdout, progressStream);
        return EXIT_OK;
      case 'merge':
        mergeCommand(rest, stdout);
        return EXIT_OK;
      case 'robustness':
        await robustnessCommand(rest, stdout, progressStream);
        return EXIT_OK;
      case undefined:
        // No command is a usage error: the usage goes to standard error, as every error does.
        throw new CliError(`no command given\n\n${USAGE}`);
      case 'help':
      case '--help':
      case '-h':
        stdout(USAGE);
        return EXIT_OK;
      default:
        throw new CliError(`unknown command "${command}"\n\n${USAGE}`);
    }
  } catch (error) {
    if (error instanceof CliError) {
      stderr(`error: ${error.message}\n`);
      return error.exitCode;
    }
    stderr(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_FAILURE;
  }
}
