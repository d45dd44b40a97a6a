/**
 * A share of the benchmark sweep run in this process's main thread, for the ceiling
 * measure (bench/sweep.ts measureCeiling): `node --import tsx bench/sweepShare.ts <runs>
 * <from> <count>` prints the seconds the runs took, from the first to the last (the
 * process's start-up is left out; the JIT's warm-up is in, as in a pool's worker).
 */
import { runJobs } from '../sim/run/jobs';
import { benchSweep } from './sweep';

const [runs, from, count] = process.argv.slice(2).map(Number) as [number, number, number];
const { init, jobs } = benchSweep(runs);
const mine = jobs.slice(from, from + count);
const started = performance.now();
// Batches of 32, as the pool sends them.
for (let k = 0; k < mine.length; k += 32) runJobs(init, mine.slice(k, k + 32));
console.log(((performance.now() - started) / 1000).toFixed(4));
