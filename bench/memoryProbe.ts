/**
 * Runs one simulation of N organisations in a fresh process and prints its memory as JSON:
 * a process of its own, so nothing measured before (or its garbage) is counted.
 */
import { createSimulation } from '../sim/model/simulation';
import { scenarioOfSize } from './engine';

const n = Number(process.argv[2]);
const sim = createSimulation(scenarioOfSize(n, n >= 100_000 ? 60 : 120), 1);
sim.run();
global.gc?.();
const m = process.memoryUsage();
console.log(JSON.stringify({ organisations: n, ticks: sim.tickCount, rssMB: m.rss / 2 ** 20, heapAndBuffersMB: (m.heapUsed + m.arrayBuffers) / 2 ** 20 }));
