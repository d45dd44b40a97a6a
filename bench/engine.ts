/** Engine throughput, time and memory per tick as the number of organisations grows. */
import { createSimulation } from '../sim/model/simulation';
import { validateScenario } from '../sim/scenario/parse';
import type { Scenario } from '../sim/scenario/schema';
import { referenceKernel } from './kernel';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

function measureMemory(n: number): { rssMB: number; heapAndBuffersMB: number } {
  const probe = fileURLToPath(new URL('./memoryProbe.ts', import.meta.url));
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', probe, String(n)], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1)!) as { rssMB: number; heapAndBuffersMB: number };
}

/** The default model at N organisations: orders in the default proportions (1 : 1.5 : 2.5), a sixth founding. */
export function scenarioOfSize(n: number, ticks = 120): Scenario {
  const E = Math.round(n * 0.2);
  const P = Math.round(n * 0.3);
  const result = validateScenario({
    ticks,
    organisations: { count: { E, P, T: n - E - P } },
    action: { initial_members: Math.max(2, Math.round(n / 6)) },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.scenario;
}

export interface EngineMeasure {
  organisations: number;
  ticks: number;
  runs: number;
  agentStepsPerSecond: number;
  kernelAgentStepsPerSecond: number;
  shareOfKernel: number;
  msPerTick: number;
  initMs: number;
  /** JS heap plus typed-array buffers after one run, in a process of its own (includes the engine's code). */
  heapMB: number;
  rssMB: number;
}

/** Rounds of engine and kernel timings, interleaved so that a change of machine load hits both. */
const ROUNDS = 7;

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/**
 * Engine against kernel at N organisations. Both are warmed up first (the JIT compiles the
 * hot loops after a few runs, as in any session longer than a second), then timed in
 * ROUNDS interleaved rounds; the figures are medians over rounds, so one round disturbed
 * by another process does not decide the result.
 */
export function measureEngine(n: number, minSeconds = 1.5): EngineMeasure {
  const ticks = n >= 100_000 ? 60 : 120;
  const scenario = scenarioOfSize(n, ticks);
  const kernelTicks = Math.max(10, Math.round(2e6 / n));
  const roundSeconds = minSeconds / ROUNDS;
  let seed = 1;
  let runs = 0;
  let initSeconds = 0;
  const engineRound = (seconds: number) => {
    let tickSeconds = 0;
    let steps = 0;
    const started = performance.now();
    do {
      const t0 = performance.now();
      const sim = createSimulation(scenario, seed++);
      const t1 = performance.now();
      sim.run();
      const t2 = performance.now();
      initSeconds += (t1 - t0) / 1000;
      tickSeconds += (t2 - t1) / 1000;
      steps += n * ticks;
      runs++;
    } while ((performance.now() - started) / 1000 < seconds);
    return { rate: steps / tickSeconds, tickSeconds, ticks: steps / n };
  };
  const kernelRound = (seconds: number) => {
    let steps = 0;
    let elapsed = 0;
    do {
      const k = referenceKernel(n, kernelTicks);
      steps += k.agentSteps;
      elapsed += k.seconds;
    } while (elapsed < seconds);
    return steps / elapsed;
  };
  engineRound(Math.min(0.3, roundSeconds));
  kernelRound(0.1);
  runs = 0;
  initSeconds = 0;
  // Memory of one run, measured once in a process of its own: a forced collection before
  // every run would also cool the caches and slow the timed runs that follow.
  const memory = measureMemory(n);
  const engineRates: number[] = [];
  const kernelRates: number[] = [];
  const shares: number[] = [];
  let tickSeconds = 0;
  let tickCount = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const engine = engineRound(roundSeconds);
    const kernel = kernelRound(roundSeconds / 2);
    engineRates.push(engine.rate);
    kernelRates.push(kernel);
    shares.push(engine.rate / kernel);
    tickSeconds += engine.tickSeconds;
    tickCount += engine.ticks;
  }
  return {
    organisations: n,
    ticks,
    runs,
    agentStepsPerSecond: median(engineRates),
    kernelAgentStepsPerSecond: median(kernelRates),
    shareOfKernel: median(shares),
    msPerTick: (tickSeconds * 1000) / tickCount,
    initMs: (initSeconds * 1000) / runs,
    heapMB: memory.heapAndBuffersMB,
    rssMB: memory.rssMB,
  };
}
