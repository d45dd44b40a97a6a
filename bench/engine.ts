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

export function measureEngine(n: number, minSeconds = 1.5): EngineMeasure {
  const ticks = n >= 100_000 ? 60 : 120;
  const scenario = scenarioOfSize(n, ticks);
  // Warm up the JIT on a short run first, as a long session would be.
  createSimulation(scenarioOfSize(Math.min(n, 1000), 24), 999).run();
  let runs = 0;
  let tickSeconds = 0;
  let initSeconds = 0;
  const started = performance.now();
  // Memory of one run, measured once: a forced collection before every run would also
  // cool the caches and slow the timed runs that follow.
  const memory = measureMemory(n);
  do {
    const t0 = performance.now();
    const sim = createSimulation(scenario, runs + 1);
    const t1 = performance.now();
    sim.run();
    const t2 = performance.now();
    initSeconds += (t1 - t0) / 1000;
    tickSeconds += (t2 - t1) / 1000;
    runs++;
  } while ((performance.now() - started) / 1000 < minSeconds);
  const agentStepsPerSecond = (n * ticks * runs) / tickSeconds;
  const kernel = referenceKernel(n, Math.max(10, Math.round((2e7 / n) | 0)));
  const kernelRate = kernel.agentSteps / kernel.seconds;
  return {
    organisations: n,
    ticks,
    runs,
    agentStepsPerSecond,
    kernelAgentStepsPerSecond: kernelRate,
    shareOfKernel: agentStepsPerSecond / kernelRate,
    msPerTick: (tickSeconds * 1000) / (ticks * runs),
    initMs: (initSeconds * 1000) / runs,
    heapMB: memory.heapAndBuffersMB,
    rssMB: memory.rssMB,
  };
}
