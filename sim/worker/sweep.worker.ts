/** Web Worker entry for browser sweeps: exposes the sweep API through comlink, transferring typed arrays. */
import * as Comlink from 'comlink';
import { resultBuffers } from '../run/jobs';
import { createSweepApi, type SweepApi } from './sweepApi';
import { analysisBuffers } from '../sweep/analysis';

export type { SweepApi } from './sweepApi';

const api = createSweepApi();

const exposed: SweepApi = {
  ...api,
  run(from: number, to: number) {
    const results = api.run(from, to);
    return Comlink.transfer(results, resultBuffers(results));
  },
  finish() {
    const result = api.finish();
    return Comlink.transfer(result, analysisBuffers(result.analysis));
  },
};

Comlink.expose(exposed, self as unknown as Comlink.Endpoint);
