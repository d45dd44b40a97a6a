/**
 * Command-line arguments, read by Node's own `util.parseArgs` (`--name value`,
 * `--name=value`, repeatable options, `--` before positionals that start with a dash, and
 * the usual short forms `-o file` for `--out file`, `-h` for `--help` where the command has
 * that option); its errors are reworded as ours, naming the command's options.
 */
import { parseArgs as parseNodeArgs } from 'node:util';
import { CliError } from './errors';
import { clip } from '../scenario/issues';

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string[]>;
}

/** Short forms people type out of habit, and the options they stand for. */
const SHORT: Record<string, string> = { o: 'out', h: 'help' };

function optionList(known: Record<string, boolean>): string {
  const shorts = Object.entries(SHORT).filter(([, name]) => name in known).map(([short]) => `-${short}`);
  return [...Object.keys(known).map((o) => `--${o}`), ...shorts].join(', ');
}

/** Node's wording of a parse error, as a sentence of ours about the same option. */
function reworded(error: { code?: string; message: string }, known: Record<string, boolean>, argv: readonly string[]): CliError {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? '';
  const name = option.replace(/^-+/, '');
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new CliError(`unknown option ${clip(option)} (options: ${optionList(known)})`);
  if (known[name] === false) {
    // A switch is on when given; `--resume=false` must not quietly resume.
    const given = argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? '';
    return new CliError(`option --${name} takes no value (received ${JSON.stringify(clip(given))}); give --${name} alone, or leave it out`);
  }
  if (/ambiguous/.test(error.message)) return new CliError(`option --${name} needs a value (a value starting with a dash is written --${name}=-value)`);
  return new CliError(`option --${name} needs a value`);
}

/** `known` maps option names to whether they take a value. */
export function parseArgs(argv: readonly string[], known: Record<string, boolean>): ParsedArgs {
  const config = Object.fromEntries(
    Object.entries(known).map(([name, takesValue]) => {
      const short = Object.entries(SHORT).find(([, long]) => long === name)?.[0];
      return [name, { type: takesValue ? ('string' as const) : ('boolean' as const), multiple: true, ...(short ? { short } : {}) }];
    }),
  );
  let parsed: ReturnType<typeof parseNodeArgs>;
  try {
    parsed = parseNodeArgs({ args: [...argv], options: config, allowPositionals: true, strict: true });
  } catch (error) {
    throw reworded(error as { code?: string; message: string }, known, argv);
  }
  const options = new Map<string, string[]>();
  for (const [name, values] of Object.entries(parsed.values)) {
    if (values === undefined) continue;
    options.set(name, (values as (string | boolean)[]).map(String));
  }
  return { positionals: parsed.positionals, options };
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
