/**
 * A few runs pinned to the bit: the model's defaults give exactly these numbers on every
 * host (any change to the model's behaviour shows here first, and must be deliberate:
 * update the pins in the same commit and say why). The digest covers every recorded column.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { runScenario } from '../../sim/index';
import { loadScenarioFile } from '../../scripts/validation/report';

const PINS = [
  { file: 'default.json', seed: 1, digest: '7ee259d0b4e5afc5', lifetime: 120, survived: true, peak: 12, joins: 12, cumulative: 1.0287414815618212 },
  { file: 'steward.json', seed: 2, digest: 'fa93a9001aca7096', lifetime: 120, survived: true, peak: 22, joins: 24, cumulative: 0.4853185502409368 },
  { file: 'leadership-rescue.json', seed: 3, digest: 'b0475c69eebb5b25', lifetime: 23, survived: false, peak: 10, joins: 0, cumulative: 0.15946781279291095 },
];

describe('pinned runs with the default model constants', () => {
  it.each(PINS)('$file at seed $seed', (pin) => {
    const run = runScenario(loadScenarioFile(pin.file), pin.seed);
    const hash = createHash('sha256');
    for (const column of Object.values(run.columns)) hash.update(new Uint8Array(column.buffer, column.byteOffset, column.byteLength));
    const s = run.summary;
    expect({ lifetime: s.lifetime, survived: s.survived, peak: s.peak_members, joins: s.joins_total, cumulative: s.cumulative_effectiveness }).toEqual({
      lifetime: pin.lifetime,
      survived: pin.survived,
      peak: pin.peak,
      joins: pin.joins,
      cumulative: pin.cumulative,
    });
    expect(hash.digest('hex').slice(0, 16)).toBe(pin.digest);
  });
});
