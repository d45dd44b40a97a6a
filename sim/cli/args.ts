/**
 * Command-line arguments, tokenised by Node's own `util.parseArgs` (`--name value`,
 * `--name=value`, repeatable options, `--` before positionals that start with a dash, and
 * the usual short forms `-o file` for `--out file`, `-h` for `--help` where the command has
 * that option); the checks are ours, on its tokens, naming the command's options.
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
  const shorts = Object.entries(SHORT)
    .filter(([, name]) => name in known)
    .map(([short]) => `-${short}`);
  return [...Object.keys(known).map((o) => `--${o}`), ...shorts].join(', ');
}

/** `known` maps option names to whether they take a value. */
export function parseArgs(argv: readonly string[], known: Record<string, boolean>): ParsedArgs {
  const config = Object.fromEntries(
    Object.entries(known).map(([name, takesValue]) => {
      const short = Object.entries(SHORT).find(([, long]) => long === name)?.[0];
      return [name, { type: takesValue ? ('string' as const) : ('boolean' as const), multiple: true, ...(short ? { short } : {}) }];
    }),
  );
  // Node tokenises (long and short forms, `=` values, `--`); the checks and their words are ours, from the tokens, never from Node's messages.
  const { tokens } = parseNodeArgs({ args: [...argv], options: config, allowPositionals: true, strict: false, tokens: true });
  const positionals: string[] = [];
  const options = new Map<string, string[]>();
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const { name, rawName } = token;
    if (!Object.hasOwn(known, name)) throw new CliError(`unknown option ${clip(rawName)} (options: ${optionList(known)})`);
    let value = 'true';
    if (!known[name]) {
      // A switch is on when given; `--resume=false` must not quietly resume.
      if (token.value !== undefined)
        throw new CliError(`option --${name} takes no value (received ${JSON.stringify(clip(token.value))}); give --${name} alone, or leave it out`);
    } else {
      if (token.value === undefined) throw new CliError(`option --${name} needs a value`);
      // `-o=file` would name a file "=file": the short form takes its value after a space.
      if (!rawName.startsWith('--') && token.inlineValue && token.value.startsWith('=')) {
        throw new CliError(
          `option ${rawName} takes its value after a space (${rawName} ${clip(token.value.slice(1))}) or as --${name}=${clip(token.value.slice(1))}`,
        );
      }
      value = token.value;
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
