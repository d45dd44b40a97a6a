/** Errors the CLI reports to the user as a message and an exit code, never as a stack trace. */

export const EXIT_OK = 0;
/** Any other failure (a bug, or the machine: disk full, out of memory). */
export const EXIT_FAILURE = 1;
/** Usage and input errors: bad arguments, missing or invalid scenario, unwritable output. */
export const EXIT_USAGE = 2;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
  }
}
