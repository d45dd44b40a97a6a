/**
 * Output files are written to a temporary file beside the target and renamed into place,
 * so a reader never sees a half-written file and a failure leaves no partial output.
 */
import { writeFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { CliError, EXIT_FAILURE, EXIT_USAGE } from './errors';

export function writeFileAtomic(path: string, content: string): void {
  const directory = dirname(path);
  try {
    if (!statSync(directory).isDirectory()) throw new CliError(`cannot write ${path}: ${directory} is not a directory`);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot write ${path}: directory ${directory} does not exist`);
  }
  const temporary = join(directory, `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'ENOSPC'
          ? 'no space left on the device'
          : code === 'EISDIR'
            ? 'it is a directory'
            : ((error as Error).message ?? String(error));
    throw new CliError(`cannot write ${path}: ${reason}`, code === 'ENOSPC' ? EXIT_FAILURE : EXIT_USAGE);
  }
}
