/**
 * Command-line arguments: `--name value`, `--name=value`, repeatable `--set`, positionals,
 * and the usual short forms (`-o file` for `--out file`, `-h` for `--help`) where the
 * command has that option.
 */
import { CliError } from './errors';
import { clip } from '../scenario/issues';

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string[]>;
}

/** Short forms people type out of habit, and the options they stand for. */
const SHORT: Record<string, string> = { o: 'out', h: 'help' };

/** `known` maps option names to whether they take a value. */
export function parseArgs(argv: readonly string[], known: Record<string, boolean>): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string[]>();
  for (let k = 0; k < argv.length; k++) {
    let arg = argv[k]!;
    // A short form: `-o x` is `--out x`; any other `-x` is an unknown option, not a file name.
    if (/^-[^-]/.test(arg)) {
      const long = SHORT[arg.slice(1)];
      if (long === undefined || !(long in known)) {
        const shorts = Object.entries(SHORT).filter(([, name]) => name in known).map(([short]) => `-${short}`);
        throw new CliError(`unknown option ${clip(arg)} (options: ${[...Object.keys(known).map((o) => `--${o}`), ...shorts].join(', ')})`);
      }
      arg = `--${long}`;
    }
    if (!arg.startsWith('--') || arg === '--') {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals < 0 ? undefined : equals);
    if (!(name in known)) {
      throw new CliError(`unknown option --${clip(name)} (options: ${Object.keys(known).map((o) => `--${o}`).join(', ')})`);
    }
    let value = 'true';
    if (!known[name] && equals >= 0) {
      // A switch is on when given; `--resume=false` must not quietly resume.
      throw new CliError(`option --${name} takes no value (received ${JSON.stringify(clip(arg.slice(equals + 1)))}); give --${name} alone, or leave it out`);
    }
    if (known[name]) {
      if (equals >= 0) value = arg.slice(equals + 1);
      else if (k + 1 < argv.length) value = argv[++k]!;
      else throw new CliError(`option --${name} needs a value`);
    }
    options.set(name, [...(options.get(name) ?? []), value]);
  }
  return { positionals, options };
}

export function single(args: ParsedArgs, name: string): string | undefined {
  const values = args.options.get(name);
  if (values && values.length > 1) throw new CliError(`option --${name} given ${values.length} times; give it once`);
  return values?.[0];
}

export function integerOption(args: ParsedArgs, name: string, min: number, max: number): number | undefined {
  const text = single(args, name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new CliError(`--${name}: expected an integer from ${min} to ${max}, received ${JSON.stringify(clip(text))}`);
  }
  return value;
}
