/**
 * The stylized facts of MODEL.md §6 (one test each), the calibration of the default
 * scenario, and the committed validation report (docs/validation.md), which must be what
 * `npm run validate` writes today apart from its "Generated" line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { FACTS } from '../../sim/validation/facts';
import { runFacts, type FactResult } from '../../sim/validation/runFacts';
import { calibrate, type Calibration } from '../../sim/validation/calibration';
import { buildReport, GENERATED_LINE_PREFIX, loadScenarioFile } from '../../scripts/validation/report';

let results: FactResult[];
let calibration: Calibration;

beforeAll(() => {
  results = runFacts(loadScenarioFile);
  calibration = calibrate(loadScenarioFile('default.json'));
}, 120_000);

describe('stylized facts (MODEL.md §6)', () => {
  it.each(FACTS.map((f) => [f.id, f.title] as const))('fact %i: %s', (id) => {
    const result = results.find((r) => r.fact.id === id)!;
    for (const c of result.checks) {
      console.log(`fact ${id}: ${c.label}: ${c.interval.mean.toFixed(4)} [95% CI ${c.interval.low.toFixed(4)}, ${c.interval.high.toFixed(4)}] (n = ${c.interval.n}) ${c.passed ? 'pass' : 'FAIL'}`);
    }
    expect(result.fact.seeds).toBeGreaterThanOrEqual(100);
    expect(result.checks.filter((c) => !c.passed).map((c) => c.label)).toEqual([]);
  });
});

describe('calibration of the default scenario', () => {
  it('about half to four fifths alive after 10 years, coalitions of tens of members', () => {
    console.log(`calibration: alive at 10 years ${calibration.survival.mean.toFixed(3)} [95% CI ${calibration.survival.low.toFixed(3)}, ${calibration.survival.high.toFixed(3)}] (n = ${calibration.seeds}); peak members median ${calibration.peakMedian} (5th–95th percentile ${calibration.peakP5}–${calibration.peakP95})`);
    expect(calibration.survival.mean).toBeGreaterThanOrEqual(0.5);
    expect(calibration.survival.mean).toBeLessThanOrEqual(0.8);
    expect(calibration.peakMedian).toBeGreaterThanOrEqual(10);
    expect(calibration.peakP5).toBeGreaterThanOrEqual(3);
  });
});

describe('validation report', () => {
  it('docs/validation.md and its figures are what npm run validate writes now (apart from the Generated line)', () => {
    const report = buildReport(results, calibration, `${GENERATED_LINE_PREFIX} (test)*`);
    const withoutGenerated = (text: string) => text.split('\n').filter((line) => !line.startsWith(GENERATED_LINE_PREFIX)).join('\n');
    const committed = readFileSync(new URL('../../docs/validation.md', import.meta.url), 'utf8');
    expect(withoutGenerated(committed), 'run npm run validate').toBe(withoutGenerated(report.markdown));
    for (const [name, svg] of Object.entries(report.figures)) {
      expect(readFileSync(new URL(`../../docs/validation/${name}`, import.meta.url), 'utf8'), `${name}: run npm run validate`).toBe(svg);
    }
  });
});
