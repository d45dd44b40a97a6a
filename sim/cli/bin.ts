/** Process entry: wires main() to the real streams and exit code. */
import { fstatSync, writeSync } from 'node:fs';
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

const isRegularFile = (fd: number) => {
  try {
    return fstatSync(fd).isFile();
  } catch {
    return false;
  }
};

const chunks: string[] = [];
const code = await main(
  process.argv.slice(2),
  (text) => chunks.push(text),
  (text) => process.stderr.write(text),
);
if (isRegularFile(1)) {
  // Node's stream for a file ignores short writes (a disk filling up truncates the output
  // silently): write it ourselves, to the last byte or to the error.
  try {
    const bytes = Buffer.from(chunks.join(''), 'utf8');
    for (let written = 0; written < bytes.length; ) written += writeSync(1, bytes, written, bytes.length - written);
    process.exit(code);
  } catch (error) {
    outputFailed(error as NodeJS.ErrnoException);
  }
} else {
  process.stdout.write(chunks.join(''), (error) => {
    if (error) return outputFailed(error);
    if (!finished) process.exit(code);
  });
}
