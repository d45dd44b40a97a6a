/**
 * fast-check settings shared by the reliability properties: a fixed seed, so every run of
 * the suite tries the same cases, overridable to reproduce or to explore.
 *
 *   FC_SEED=123 node_modules/.bin/vitest run tests/reliability     another fixed seed
 *   FC_SEED=123 FC_PATH="42:3:1" ...                               replay one failing case
 *   FC_RUNS=20000 ...                                              more cases per property
 *
 * On failure fast-check prints the seed and the path of the shrunk counterexample; pass
 * both back as FC_SEED and FC_PATH to rerun exactly that case.
 */
import type { Parameters } from 'fast-check';

export const DEFAULT_SEED = 20_260_811;

export function fcParameters<T>(numRuns: number): Parameters<T> {
  const seed = process.env.FC_SEED === undefined ? DEFAULT_SEED : Number(process.env.FC_SEED);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, received ${process.env.FC_SEED}`);
  const runs = process.env.FC_RUNS === undefined ? numRuns : Number(process.env.FC_RUNS);
  return {
    seed,
    numRuns: runs,
    ...(process.env.FC_PATH ? { path: process.env.FC_PATH, endOnFailure: true } : {}),
    // Wall-clock limits would make a run depend on the machine's load; the case sizes are kept small instead.
  };
}
