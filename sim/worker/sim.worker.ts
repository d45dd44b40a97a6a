/** Web Worker entry: exposes the engine API through comlink, transferring result buffers. */
import * as Comlink from 'comlink';
import { createEngineApi, batchBuffers, structureBuffers, type AdvanceOptions, type WorkerApi } from './api';

export type { WorkerApi } from './api';

const api = createEngineApi();

const exposed: WorkerApi = {
  ...api,
  advance(maxTicks: number, options?: boolean | AdvanceOptions) {
    const batch = api.advance(maxTicks, options);
    return Comlink.transfer(batch, batchBuffers(batch));
  },
  structure() {
    const structure = api.structure();
    return Comlink.transfer(structure, structureBuffers(structure));
  },
};

Comlink.expose(exposed, self as unknown as Comlink.Endpoint);
