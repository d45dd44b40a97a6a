/** Process entry: wires main() to the real streams and exit code. */
import { main } from './main';
import { EXIT_FAILURE } from './errors';

let finished = false;
/** Output that could not be written is a failure, never a silent success (e.g. `> file` on a full disk). */
function outputFailed(error: NodeJS.ErrnoException): void {
  if (finished) return;
  finished = true;
  // A closed pipe (e.g. `| head`) is the reader's choice, not a failure.
  if (error.code === 'EPIPE') process.exit(0);
  const reason = error.code === 'ENOSPC' ? 'no space left on the device' : error.code === 'EFBIG' ? 'the file is too large for the device' : error.message;
  process.stderr.write(`error: cannot write the output: ${reason}\n`, () => process.exit(EXIT_FAILURE));
}
process.stdout.on('error', outputFailed);

const chunks: string[] = [];
const code = await main(process.argv.slice(2), (text) => chunks.push(text), (text) => process.stderr.write(text));
process.stdout.write(chunks.join(''), (error) => {
  if (error) return outputFailed(error);
  if (!finished) process.exit(code);
});
