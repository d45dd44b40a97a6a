/**
 * One rule for every command's outputs: they differ from each other and from every input
 * (compared by real path, so `./a.json`, `a.json` and a symbolic link to it are the same
 * file), and they are written all or none: every file goes to a temporary beside its
 * target first, and only when all are written are they renamed into place.
 */
import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError } from './errors';
import { commitTemporary, discardTemporary, writeTemporary, type Temporary } from './atomicWrite';

export interface OutputTarget {
  /** How the user named it, for messages: `--out`, `--summary`. */
  option: string;
  path: string;
  /** A folder the command writes its files into (then `files` lists them, by name). */
  directory?: boolean;
  files?: readonly string[];
}

/** The real path of `path`, existing or not: the real path of its nearest existing ancestor, then the rest. */
export function realPath(path: string): string {
  const absolute = resolve(path);
  const rest: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      return join(realpathSync(current), ...rest.reverse());
    } catch {
      const parent = dirname(current);
      if (parent === current) return absolute;
      rest.push(basename(current));
      current = parent;
    }
  }
}

/** Throws a CliError (exit 2) when two outputs are the same file, or an output is an input. */
export function checkDistinctOutputs(outputs: readonly OutputTarget[], inputs: readonly string[]): void {
  const inputPaths = inputs.filter((input) => input !== '-').map((input) => ({ input, real: realPath(input) }));
  const seen = new Map<string, string>();
  for (const output of outputs) {
    const real = realPath(output.path);
    const files = output.directory ? (output.files ?? []).map((name) => join(real, name)) : [real];
    if (output.directory) {
      const clash = inputPaths.find((i) => i.real === real);
      if (clash)
        throw new CliError(`${output.option} ${output.path} is the input folder ${clash.input}: choose another output folder (the inputs are never written)`);
    }
    for (const file of files) {
      const input = inputPaths.find((i) => i.real === file);
      if (input)
        throw new CliError(`${output.option} ${output.path} would overwrite the input ${input.input}: choose another output (the inputs are never written)`);
      const other = seen.get(file);
      if (other !== undefined) throw new CliError(`${output.option} and ${other} name the same file (${output.path}): give each output its own file`);
      seen.set(file, output.option);
    }
  }
}

/**
 * Writes every file or none: all to temporaries first (a failure removes them and leaves
 * the targets as they were), then renamed into place one after the other.
 */
export function writeAllOrNone(files: readonly { path: string; content: string | Iterable<string> }[]): void {
  const written: Temporary[] = [];
  try {
    for (const file of files) written.push(writeTemporary(file.path, file.content));
  } catch (error) {
    written.forEach(discardTemporary);
    throw error;
  }
  for (let k = 0; k < written.length; k++) {
    try {
      commitTemporary(written[k]!);
    } catch (error) {
      written.slice(k + 1).forEach(discardTemporary);
      throw error;
    }
  }
}
