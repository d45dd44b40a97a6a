/** Process entry: wires main() to the real streams and exit code. */
import { main } from './main';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (e.g. `| head`) is the reader's choice, not a failure.
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const chunks: string[] = [];
const code = await main(process.argv.slice(2), (text) => chunks.push(text), (text) => process.stderr.write(text));
process.stdout.write(chunks.join(''), () => process.exit(code));
