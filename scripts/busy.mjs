// `node scripts/busy.mjs <command> [args...]`: runs the command while every core is kept
// busy by another process (a spinning loop per core, at normal priority), then stops them.
// CI runs the test suite this way, so that a suite passing here also passes on a laptop
// doing other work. Exits with the command's exit code.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/busy.mjs <command> [args...]');
  process.exit(2);
}
const cores = availableParallelism();
const burners = Array.from({ length: cores }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
const stop = () => burners.forEach((b) => b.kill('SIGKILL'));
process.on('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
console.log(`Running "${[command, ...args].join(' ')}" with ${cores} busy process${cores > 1 ? 'es' : ''} loading every core.`);
const child = spawn(command, args, { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
