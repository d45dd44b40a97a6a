/** Runs the validation's batches in this thread (tests; small checks): the same runs a worker pool gives. */
import { runForFacts } from './runs';
import type { Executor } from './validate';

export const inThisThread: Executor = async (batches, onBatch) => {
  for (const batch of batches)
    onBatch(
      batch,
      batch.seeds.map((seed) => runForFacts(batch.scenario, seed, batch.probes)),
    );
};
