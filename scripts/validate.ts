/**
 * `npm run validate`: runs the validation protocol over every stylized fact (effect on two
 * seed blocks, ablation of each mechanism, robustness to every other model constant ×0.5
 * and ×1.5) and the calibration, on a pool of worker threads, and writes docs/validation.md,
 * its figures and docs/validation/results.json. Never edit the report by hand: regenerate it.
 *
 *   npm run validate                          the full report (several minutes)
 *   npm run validate -- --facts 2,5           only these facts; prints a summary, writes nothing
 *   npm run validate -- --quick               robustness on fewer seeds; prints, writes nothing
 *   npm run validate -- --out DIR             write the report, figures and results to DIR instead
 *   npm run validate -- --workers N           worker threads (default: one per core)
 *
 * Exits 1 if a fact's effect fails on a block or the calibration is out of range (facts not
 * yet explained or not yet robust are reported, not failed), 2 on a usage error.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { execSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { FACTS } from '../sim/validation/facts';
import { QUICK_ROBUSTNESS_SEEDS, ROBUSTNESS_SEEDS, seedBlocks } from '../sim/validation/protocol';
import { runValidation } from '../sim/validation/validate';
import { recordText, toRecord } from '../sim/validation/record';
import { workerPoolExecutor } from '../sim/cli/validation/pool';
import { createProgress } from '../sim/cli/sweep/progress';
import { buildReport, GENERATED_LINE_PREFIX } from './validation/report';
import { currentFingerprint, loadRawScenario } from './validation/fingerprint';
import type { Figure } from '../sim/validation/checks';

const USAGE = 'usage: npm run validate -- [--facts 2,5] [--quick] [--out DIR] [--workers N]';

function commitDescription(): string {
  try {
    const commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain -- sim scenarios', { encoding: 'utf8' }).trim() !== '';
    return dirty ? `${commit} with uncommitted changes to sim/ or scenarios/` : commit;
  } catch {
    return 'unknown commit';
  }
}

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]) {
  let facts = FACTS;
  let quick = false;
  let out: string | undefined;
  let workers = availableParallelism();
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++k] ?? usage(`${name} needs a value`);
    if (name === '--facts') {
      const ids = value()
        .split(',')
        .map((s) => Number(s.trim()));
      const unknown = ids.filter((id) => !FACTS.some((f) => f.id === id));
      if (unknown.length > 0 || ids.length === 0)
        usage(`--facts: unknown fact ${unknown.join(', ') || '(none given)'}; facts are numbered 1 to ${FACTS.length}`);
      facts = FACTS.filter((f) => ids.includes(f.id));
    } else if (name === '--quick' && inline === undefined) quick = true;
    else if (name === '--out') out = value();
    else if (name === '--workers') {
      workers = Number(value());
      if (!Number.isInteger(workers) || workers < 1 || workers > 256) usage('--workers: expected an integer from 1 to 256');
    } else if (name === '--help' || name === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else usage(`unknown argument ${JSON.stringify(arg)}`);
  }
  return { facts, quick, out, workers, full: facts === FACTS && !quick };
}

const options = parseArgs(process.argv.slice(2));
const started = performance.now();
const fingerprint = currentFingerprint();
const blocks = seedBlocks(fingerprint);
let progress: ReturnType<typeof createProgress> | undefined;
let lastDone = 0;
const result = await runValidation({
  facts: options.facts,
  blocks,
  loadRaw: loadRawScenario,
  execute: workerPoolExecutor(options.workers),
  robustness: { seeds: options.quick ? QUICK_ROBUSTNESS_SEEDS : ROBUSTNESS_SEEDS },
  onProgress(done, total) {
    progress ??= createProgress(total, 0, process.stderr);
    lastDone = done;
    progress.update(done);
  },
});
progress?.finish(lastDone);

const record = toRecord(result, fingerprint, blocks);
const figures = new Map<number, Figure>(result.facts.map((f) => [f.fact.id, f.effects.find((e) => e.block.name === 'usual')!.figure]));
for (const f of result.facts) {
  const r = f.robustness;
  console.log(
    `fact ${String(f.fact.id).padStart(2)}  effect ${f.effects.map((e) => `${e.block.name} ${e.holds ? 'holds' : 'FAILS'}`).join(', ')}; ${f.explained ? 'explained' : 'NOT explained'}; ${r ? `${r.robust ? 'robust' : 'NOT robust'} (${r.held}/${r.tried})` : ''}  ${f.fact.title}`,
  );
}
for (const c of result.calibration) {
  console.log(
    `calibration (${c.block.name} block) ${c.passed ? 'pass' : 'FAIL'}: ${(100 * c.aliveAtHorizon.mean).toFixed(0)}% alive at 10 years, ${(100 * c.neverDissolved.mean).toFixed(0)}% never dissolved, median peak ${c.peakMedian} members`,
  );
}

const target = options.out ?? (options.full ? 'docs' : undefined);
if (target !== undefined) {
  const generated = `${GENERATED_LINE_PREFIX} from commit ${commitDescription()} on ${new Date().toISOString()}; do not edit by hand.*`;
  const report = buildReport(record, figures, generated);
  const dir = pathToFileURL(`${resolve(target)}/`);
  const figuresDir = new URL('validation/', dir);
  mkdirSync(figuresDir, { recursive: true });
  for (const [name, svg] of Object.entries(report.figures)) writeFileSync(new URL(name, figuresDir), svg);
  writeFileSync(new URL('validation/results.json', dir), recordText(record));
  writeFileSync(new URL('validation.md', dir), report.markdown);
  console.log(
    `wrote ${target}/validation.md, ${target}/validation/results.json and ${Object.keys(report.figures).length} figures in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} else {
  console.log(`finished in ${((performance.now() - started) / 1000).toFixed(1)} s; nothing written (a partial or quick run: use --out DIR to keep it)`);
}
process.exit(result.facts.every((f) => f.holds) && result.calibration.every((c) => c.passed) ? 0 : 1);
