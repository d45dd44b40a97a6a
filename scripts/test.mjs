// `npm test`: every test (unit and integration, then end-to-end in real Chromium), and a
// closing line `N passed, N failed, N skipped` computed from Vitest's JSON reports.
// Exits non-zero if anything failed or a suite could not run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './ensureChromium.mjs';

const reports = mkdtempSync(join(tmpdir(), 'interstice-test-'));
const vitest = join('node_modules', '.bin', 'vitest');
const extra = process.argv.slice(2);

const suites = [
  { name: 'unit', args: ['run'] },
  { name: 'e2e', args: ['run', '--config', 'vitest.e2e.config.ts'], before: ensureChromium },
  { name: 'cluster', args: ['run', '--config', 'vitest.cluster.config.ts'], before: ensureSlurm },
];

// The Slurm test starts a one-node cluster from Debian's packages (root only).
function ensureSlurm() {
  if (existsSync('/usr/sbin/slurmctld') && existsSync('/usr/sbin/munged')) return true;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    console.error('The Slurm test needs slurm-wlm and munge (Debian: apt-get install slurm-wlm munge), installed as root.');
    return false;
  }
  console.log('Installing slurm-wlm and munge for the cluster test (apt-get, about 15 s)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  return run(['update', '-qq']) && run(['install', '-y', '-qq', '--no-install-recommends', 'slurm-wlm', 'munge']);
}

let passed = 0;
let failed = 0;
let skipped = 0;
let exitCode = 0;

// The linter and the formatter's check first (`npm run lint`, Biome): one test, named in the output.
{
  const lint = spawnSync(join('node_modules', '.bin', 'biome'), ['ci', '.', '--colors=off'], { stdio: 'inherit' });
  if (lint.status === 0) passed++;
  else {
    console.error('lint: npm run lint found problems (npm run format fixes the formatting)');
    failed++;
    exitCode = 1;
  }
}
for (const suite of suites) {
  if (suite.before && !suite.before()) {
    console.error(`${suite.name}: cannot run (see above); counted as one failure`);
    failed++;
    exitCode = 1;
    continue;
  }
  const output = join(reports, `${suite.name}.json`);
  const result = spawnSync(vitest, [...suite.args, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`, ...extra], { stdio: 'inherit' });
  if (result.status !== 0) exitCode = 1;
  if (!existsSync(output)) {
    console.error(`${suite.name}: Vitest wrote no report (exit ${result.status}); counted as one failure`);
    failed++;
    continue;
  }
  const report = JSON.parse(readFileSync(output, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + countFilesThatFailedToRun(report);
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
rmSync(reports, { recursive: true, force: true });

// A file that fails to load (or whose hooks fail) has no failed test but a failed status:
// count it once. (Vitest's numFailedTestSuites also counts every describe block around a
// failed test, so it cannot be used for this.)
function countFilesThatFailedToRun(report) {
  return report.testResults.filter((file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed')).length;
}

if (passed === 0 && failed === 0) {
  console.error('no test ran');
  exitCode = 1;
}
if (failed > 0) exitCode = 1;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(exitCode);
