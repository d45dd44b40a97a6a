/**
 * `npm run bench`: engine throughput against the reference kernel, cost per tick and
 * memory as N grows, and sweep throughput with 1 and 2 workers. Prints a table and writes
 * bench/results.json with the machine, the Node version and the commit. A benchmark, not
 * a test: numbers depend on the machine and on what else it is doing.
 */
import { writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { cpus, totalmem, availableParallelism } from 'node:os';
import { measureEngine, type EngineMeasure } from './engine';
import { measureCeiling, measureSweep, type SweepMeasure } from './sweep';
import { BROWSER_TARGETS, measureBrowser, type BrowserMeasure } from './browser';

const SIZES = [50, 200, 1_000, 10_000, 100_000];
const quick = process.argv.includes('--quick');

const commit = (() => {
  try {
    return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();

const fmt = (x: number, digits = 2) => x.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const engine: EngineMeasure[] = [];
console.log('Engine (default model, 120 monthly ticks; 60 at N = 100,000)');
console.log(
  'N'.padStart(8),
  'M agent-steps/s'.padStart(16),
  'kernel M/s'.padStart(11),
  'share'.padStart(7),
  'ms/tick'.padStart(9),
  'init ms'.padStart(9),
  'memory MB'.padStart(10),
  'RSS MB'.padStart(8),
);
for (const n of quick ? [200, 1_000] : SIZES) {
  const m = measureEngine(n, quick ? 0.5 : 1.5);
  engine.push(m);
  console.log(
    String(n).padStart(8),
    fmt(m.agentStepsPerSecond / 1e6).padStart(16),
    fmt(m.kernelAgentStepsPerSecond / 1e6, 1).padStart(11),
    `${fmt(100 * m.shareOfKernel, 0)}%`.padStart(7),
    fmt(m.msPerTick, 3).padStart(9),
    fmt(m.initMs, 1).padStart(9),
    fmt(m.heapMB, 1).padStart(10),
    fmt(m.rssMB, 0).padStart(8),
  );
}
// Cost per tick divided by N stays flat when every submodel is linear in N.
const perAgent = engine.map((m) => (m.msPerTick * 1e6) / m.organisations);
console.log(`ns per organisation per tick: ${engine.map((m, k) => `${m.organisations}: ${fmt(perAgent[k]!, 0)}`).join(', ')}`);

const sweeps: SweepMeasure[] = [];
const sweepRuns = quick ? 200 : 1000;
console.log(`\nSweep (${sweepRuns} runs × N = 200 × 120 ticks, worker_threads pool)`);
for (const workers of [1, Math.min(2, availableParallelism())]) {
  const m = await measureSweep(workers, sweepRuns);
  sweeps.push(m);
  console.log(`  ${workers} worker${workers > 1 ? 's' : ' '}: ${fmt(m.seconds)} s, ${fmt(m.runsPerSecond, 0)} runs/s`);
}
const speedUp = sweeps.length > 1 ? sweeps[0]!.seconds / sweeps[1]!.seconds : 1;
console.log(`  speed-up with 2 workers: ${fmt(speedUp)}× (target ≥ 1.7×)`);
// What two cores give this work at all on this machine, without the pool: the yardstick for the speed-up.
const ceiling = await measureCeiling(sweepRuns);
console.log(
  `  machine ceiling: the same runs take ${fmt(ceiling.oneProcessSeconds)} s in one process, ${fmt(ceiling.twoProcessesSeconds)} s split over two independent processes: ${fmt(ceiling.speedUp)}×; the pool reaches ${fmt((100 * speedUp) / ceiling.speedUp, 0)}% of it`,
);

let browser: BrowserMeasure | { skipped: string } | undefined;
if (!quick) {
  console.log('\nDashboard in Chromium (built site, default scenario at maximum speed)');
  try {
    const m = await measureBrowser();
    browser = m;
    console.log(
      `  first plotted month after load: ${fmt(m.firstTick.medianFirstTickMs, 0)} ms (median of ${m.firstTick.loads}; target ≤ ${BROWSER_TARGETS.firstTickMs})`,
    );
    console.log(`  main-thread tasks over 50 ms in ${m.maxSpeed.seconds} s: ${m.maxSpeed.longTasks.count} (longest ${fmt(m.maxSpeed.longTasks.maxMs, 0)} ms)`);
    console.log(`  frames per second: ${fmt(m.maxSpeed.fps, 1)} (median frame ${fmt(m.maxSpeed.frameMedianMs, 1)} ms; target ≥ ${BROWSER_TARGETS.fps})`);
    console.log(`  browser sweep: ${m.sweep.runs} runs in ${fmt(m.sweep.seconds)} s with ${m.sweep.workers} workers (${fmt(m.sweep.runsPerSecond, 0)} runs/s)`);
  } catch (error) {
    browser = { skipped: error instanceof Error ? error.message : String(error) };
    console.log(`  skipped: ${browser.skipped}`);
  }
}

const results = {
  date: new Date().toISOString(),
  commit,
  node: process.version,
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: availableParallelism(), memoryGB: Math.round(totalmem() / 2 ** 30) },
  quick,
  engine,
  nsPerOrganisationPerTick: Object.fromEntries(engine.map((m, k) => [m.organisations, perAgent[k]])),
  sweep: { runs: sweepRuns, results: sweeps, speedUp, ceiling },
  browser,
};
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwrote bench/results.json');
