/** Process entry of `npm run classroom`: user errors are a message and exit code 2, never a stack trace. */
import { CliError, EXIT_FAILURE } from '../cli/errors';
import { classroomMain } from './main';

try {
  const classroom = await classroomMain(process.argv.slice(2), (text) => process.stdout.write(text));
  if (classroom) {
    const stop = () => void classroom.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
} catch (error) {
  if (error instanceof CliError) {
    process.stderr.write(`error: ${error.message}\n`);
    process.exit(error.exitCode);
  }
  process.stderr.write(`error: ${(error as Error).message}\n`);
  process.exit(EXIT_FAILURE);
}
