/**
 * The output of every bundled scenario is byte-identical to the committed golden files
 * (scripts/golden.ts writes them; `npm run golden` regenerates them on purpose). A
 * refactoring that keeps behaviour passes untouched; a model change shows here which
 * scenario, row and column moved.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { GOLDEN_DIR, goldenOutputs } from '../../scripts/golden';

/** Where two CSV or JSON texts first differ, in words: line, and for CSV the column. */
function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const header = a[0]!.split(',');
  for (let line = 0; line < Math.max(a.length, b.length); line++) {
    if (a[line] === b[line]) continue;
    const cellsA = (a[line] ?? '').split(',');
    const cellsB = (b[line] ?? '').split(',');
    const column = cellsA.findIndex((cell, k) => cell !== cellsB[k]);
    const where = column >= 0 && header.length === cellsA.length ? `, column ${header[column]}: golden ${cellsA[column]}, now ${cellsB[column]}` : '';
    return `line ${line + 1}${where}\n  golden: ${(a[line] ?? '(none)').slice(0, 200)}\n  now:    ${(b[line] ?? '(none)').slice(0, 200)}`;
  }
  return 'no difference';
}

describe('golden outputs of the bundled scenarios (tests/golden/)', () => {
  const outputs = goldenOutputs();
  it('cover every bundled scenario and their summaries', () => {
    expect(outputs.length).toBeGreaterThanOrEqual(11);
    for (const output of outputs) expect(existsSync(`${GOLDEN_DIR}${output.name}`), `${output.name}: run npm run golden`).toBe(true);
  });
  it.each(outputs.map((o) => [o.name, o] as const))('%s is byte-identical', (_name, output) => {
    const golden = readFileSync(`${GOLDEN_DIR}${output.name}`, 'utf8');
    if (golden !== output.content)
      expect.fail(
        `${output.name} differs from the golden file at ${firstDifference(golden, output.content)}\n(if the change is meant, run npm run golden and say why in the commit)`,
      );
  });
});
