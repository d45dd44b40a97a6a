/**
 * Every row of the concept → mechanism map (docs/model.md §9, sim/validation/conceptMap.ts)
 * names a mechanism that does something: switched off, it changes an output measurably
 * (paired seeds, the 95% interval of the difference excludes 0), and the model
 * description lists the concept.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CONCEPT_MAP } from '../../sim/validation/conceptMap';
import { runScenario, validateScenario, type Scenario } from '../../sim/index';
import { applyOverride, parseOverride } from '../../sim/scenario/overrides';
import { pairedDifference, report } from '../helpers/runs';

const SEEDS = 60;

function scenarioWith(file: string, overrides: Record<string, unknown> = {}): Scenario {
  let raw: unknown = JSON.parse(readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8'));
  for (const [path, value] of Object.entries(overrides)) {
    const parsed = parseOverride(`${path}=${JSON.stringify(value)}`);
    if (!('value' in parsed)) throw new Error(`bad path ${path}`);
    raw = applyOverride(raw, { ...parsed, value });
  }
  const result = validateScenario(raw);
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.issues.slice(0, 2))}`);
  return result.scenario;
}

describe('concept → mechanism map: each mechanism changes an output when switched off', () => {
  it.each(CONCEPT_MAP.map((row) => [row.concept, row] as const))('%s', (_concept, row) => {
    const on = scenarioWith(row.scenario);
    const off = scenarioWith(row.scenario, row.off);
    const a = Array.from({ length: SEEDS }, (_, k) => row.measure.of(runScenario(on, k + 1)));
    const b = Array.from({ length: SEEDS }, (_, k) => row.measure.of(runScenario(off, k + 1)));
    const effect = pairedDifference(a, b);
    report(`${row.concept}: switched off → ${row.measure.label}`, effect);
    expect(effect.low > 0 || effect.high < 0, `${row.concept}: no measurable change`).toBe(true);
  });

  it('the model description lists every concept of the map', () => {
    const text = readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8');
    const section = text.slice(text.indexOf('## 9. Concept'), text.indexOf('## 10.'));
    for (const row of CONCEPT_MAP) expect(section, row.concept).toContain(row.concept);
  });
});
