/**
 * Golden outputs: the CSV of every bundled scenario at its recommended seed (as `sim run
 * --out x.csv` writes it) and their summaries (as `--summary` writes them), committed in
 * tests/golden/ so that a change meant to keep behaviour can prove it byte for byte
 * (tests/golden/golden.test.ts). Regenerate only on purpose, when the model's numbers are
 * meant to change: `npm run golden`, then review the diff and say why in the commit.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledScenarios } from '../sim/cli/list';
import { readInputText } from '../sim/cli/readInput';
import { toCsv } from '../sim/metrics/csv';
import { parseScenario, runScenario } from '../sim/index';
import { MAX_JSON_LENGTH } from '../sim/scenario/jsonText';

export const GOLDEN_DIR = fileURLToPath(new URL('../tests/golden/', import.meta.url));
const ROOT = fileURLToPath(new URL('../', import.meta.url));

export interface GoldenOutput {
  /** File name in tests/golden/. */
  name: string;
  content: string;
}

/** The outputs as this checkout computes them: one CSV per bundled scenario, and one summaries file. */
export function goldenOutputs(): GoldenOutput[] {
  const outputs: GoldenOutput[] = [];
  const summaries: Record<string, unknown> = {};
  for (const { file } of bundledScenarios()) {
    const read = readInputText(`${ROOT}${file}`, MAX_JSON_LENGTH);
    if (!read.ok) throw new Error(`${file} cannot be read`);
    const parsed = parseScenario(read.text, file);
    if (!parsed.ok) throw new Error(`${file} is invalid`);
    const seed = parsed.scenario.meta.recommended_seed ?? 1;
    const result = runScenario(parsed.scenario, seed);
    const name = basename(file, '.json');
    outputs.push({ name: `${name}.csv`, content: toCsv(result.columns, result.events) });
    summaries[name] = result.summary;
  }
  outputs.push({ name: 'summaries.json', content: `${JSON.stringify(summaries, null, 2)}\n` });
  return outputs;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(GOLDEN_DIR, { recursive: true });
  for (const output of goldenOutputs()) writeFileSync(`${GOLDEN_DIR}${output.name}`, output.content);
  console.log(`wrote the golden outputs of ${bundledScenarios().length} bundled scenarios to tests/golden/`);
}
