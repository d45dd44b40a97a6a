/**
 * The reference kernel: the tightest plausible agent loop on this machine — typed-array
 * columns, one draw per agent from the same generator type as the engine (seedrandom's
 * alea), a dozen field reads and writes and a branch. The engine's speed is reported as a
 * share of this kernel's, which holds across machines better than raw numbers.
 */
import seedrandom from 'seedrandom';

export function referenceKernel(agents: number, ticks: number): { agentSteps: number; seconds: number } {
  const random = seedrandom.alea('kernel');
  const trust = new Float64Array(agents).fill(0.5);
  const value = new Float64Array(agents);
  const member = new Uint8Array(agents);
  const rung = new Uint8Array(agents);
  const alpha = new Float64Array(agents).fill(0.6);
  let sink = 0;
  const start = performance.now();
  for (let t = 0; t < ticks; t++) {
    let members = 0;
    for (let i = 0; i < agents; i++) {
      const u = random();
      const v = value[i]! + 0.3 * (alpha[i]! * 0.05 - 0.02 + (u - 0.5) * 0.01 - value[i]!);
      value[i] = v;
      if (member[i]) {
        trust[i] = v >= 0 ? trust[i]! + 0.03 * (1 - trust[i]!) : trust[i]! * 0.92;
        if (u < 0.02 && v < 0) member[i] = 0;
        else if (u > 0.95 && rung[i]! < 3 && trust[i]! > 0.5) rung[i]!++;
        members++;
      } else if (u < 0.01 && v > 0) {
        member[i] = 1;
      }
    }
    sink += members;
  }
  const seconds = (performance.now() - start) / 1000;
  if (sink < 0) console.log(sink); // keeps the loop from being optimised away
  return { agentSteps: agents * ticks, seconds };
}
