/**
 * `npm run validate`: runs every stylized-fact experiment and the calibration, and writes
 * docs/validation.md with one figure per fact in docs/validation/. Never edit the report by
 * hand: regenerate it. Exits 1 if a fact or the calibration fails.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { runFacts } from '../sim/validation/runFacts';
import { calibrate } from '../sim/validation/calibration';
import { buildReport, GENERATED_LINE_PREFIX, loadScenarioFile } from './validation/report';

function commitDescription(): string {
  try {
    const commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain -- sim scenarios', { encoding: 'utf8' }).trim() !== '';
    return dirty ? `${commit} with uncommitted changes to sim/ or scenarios/` : commit;
  } catch {
    return 'unknown commit';
  }
}

const started = performance.now();
const results = runFacts(loadScenarioFile);
const calibration = calibrate(loadScenarioFile('default.json'));
const generated = `${GENERATED_LINE_PREFIX} from commit ${commitDescription()} on ${new Date().toISOString()}; do not edit by hand.*`;
const report = buildReport(results, calibration, generated);
const dir = new URL('../docs/validation/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const [name, svg] of Object.entries(report.figures)) writeFileSync(new URL(name, dir), svg);
writeFileSync(new URL('../docs/validation.md', import.meta.url), report.markdown);
for (const r of results) console.log(`fact ${String(r.fact.id).padStart(2)} ${r.passed ? 'pass' : 'FAIL'}  ${r.fact.title}`);
console.log(`calibration ${calibration.passed ? 'pass' : 'FAIL'}: ${(100 * calibration.survival.mean).toFixed(0)}% alive at 10 years, median peak ${calibration.peakMedian} members`);
console.log(`wrote docs/validation.md and ${Object.keys(report.figures).length} figures in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(results.every((r) => r.passed) && calibration.passed ? 0 : 1);
