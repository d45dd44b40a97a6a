/** Web Worker entry: exposes the engine API through comlink, transferring result buffers. */
import * as Comlink from 'comlink';
import { createEngineApi, batchBuffers } from './api';

const api = createEngineApi();

const exposed = {
  ...api,
  advance(maxTicks: number, beyondHorizon = false) {
    const batch = api.advance(maxTicks, beyondHorizon);
    return Comlink.transfer(batch, batchBuffers(batch));
  },
};

export type WorkerApi = typeof exposed;
Comlink.expose(exposed, self as unknown as Comlink.Endpoint);
