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
  { file: 'default.json', seed: 1, digest: '3d098b95c48dd5fd', lifetime: 120, survived: true, peak: 13, joins: 15, cumulative: 1.1882252679092278 },
  { file: 'steward.json', seed: 2, digest: '739e2517a49c242d', lifetime: 120, survived: true, peak: 17, joins: 19, cumulative: 0.7359292315905097 },
  { file: 'leadership-rescue.json', seed: 3, digest: '0ebad0c76841e63b', lifetime: 23, survived: false, peak: 10, joins: 1, cumulative: 0.16292733221612 },
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
