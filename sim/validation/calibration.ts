/** The calibration targets of docs/model.md §10 for the bundled default scenario. */
import type { Scenario } from '../scenario/schema';
import { runScenario } from '../run/runScenario';
import { meanInterval, type MeanInterval } from '../run/statistics';

export const CALIBRATION_SEEDS = 200;

export interface Calibration {
  seeds: number;
  survival: MeanInterval;
  survivalPassed: boolean;
  peakMedian: number;
  peakP5: number;
  peakP95: number;
  sizePassed: boolean;
  passed: boolean;
}

export function calibrate(scenario: Scenario, seeds = CALIBRATION_SEEDS): Calibration {
  const summaries = Array.from({ length: seeds }, (_, k) => runScenario(scenario, k + 1).summary);
  const survival = meanInterval(summaries.map((s) => (s.survived ? 1 : 0)));
  const peaks = summaries.map((s) => s.peak_members).sort((a, b) => a - b);
  const at = (q: number) => peaks[Math.min(peaks.length - 1, Math.floor(q * peaks.length))]!;
  // "About half to four fifths" alive: the estimate must lie in the range.
  const survivalPassed = survival.mean >= 0.5 && survival.mean <= 0.8;
  const sizePassed = at(0.5) >= 10 && at(0.05) >= 3;
  return { seeds, survival, survivalPassed, peakMedian: at(0.5), peakP5: at(0.05), peakP95: at(0.95), sizePassed, passed: survivalPassed && sizePassed };
}
