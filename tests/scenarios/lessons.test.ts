/**
 * Every bundled scenario is a smoke test, and each teaches a lesson that it must show in at
 * least 70% of seeds: lessonDefinitions.ts states, per scenario, what "shows its lesson"
 * means in numbers (a condition on one seed's run, or on the run and its pair's at the
 * same seed). The share of seeds is printed.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseScenario, runScenario, type RunResult, type Scenario } from '../../sim/index';
import { bundledScenarios } from '../../sim/cli/list';
import { LESSONS } from './lessonDefinitions';

const SEEDS = 100;
const SHARE = 0.7;

describe('each bundled scenario opens at a seed that shows its lesson', () => {
  for (const lesson of LESSONS) {
    it(`${lesson.scenario}: meta.recommended_seed`, () => {
      const scenario = load(lesson.scenario);
      const seed = scenario.meta.recommended_seed;
      expect(seed, 'every bundled scenario names its recommended seed').toBeTypeOf('number');
      const other = lesson.pair ? load(lesson.pair) : lesson.withoutInstrument ? load(lesson.scenario, lesson.withoutInstrument) : undefined;
      expect(lesson.shows(runScenario(scenario, seed!), other && runScenario(other, seed!))).toBe(true);
    });
  }
});

function load(name: string, withoutInstrument?: string): Scenario {
  const raw = JSON.parse(readFileSync(new URL(`../../scenarios/${name}.json`, import.meta.url), 'utf8'));
  if (withoutInstrument) raw.action.instruments = raw.action.instruments.filter((x: string) => x !== withoutInstrument);
  const parsed = parseScenario(JSON.stringify(raw), name);
  if (!parsed.ok) throw new Error(`${name} is invalid`);
  return parsed.scenario;
}
const cache = new Map<string, RunResult[]>();
const runs = (key: string, scenario: () => Scenario) => {
  let list = cache.get(key);
  if (!list) {
    const s = scenario();
    list = Array.from({ length: SEEDS }, (_, k) => runScenario(s, k + 1));
    cache.set(key, list);
  }
  return list;
};

describe('bundled scenarios', () => {
  const all = bundledScenarios();
  it('there are at least ten, each with a title, description and lesson in English and French, and each states what showing its lesson means', () => {
    expect(all.length).toBeGreaterThanOrEqual(10);
    for (const file of all) {
      const text = readFileSync(new URL(`../../${file.file}`, import.meta.url), 'utf8');
      expect(JSON.parse(text).$schema, file.file).toBe('./scenario.schema.json');
      const parsed = parseScenario(text);
      if (!parsed.ok) throw new Error(file.file);
      for (const part of ['title', 'description', 'lesson'] as const) {
        expect(parsed.scenario.meta[part].en.length, `${file.file} ${part}.en`).toBeGreaterThan(10);
        expect(parsed.scenario.meta[part].fr.length, `${file.file} ${part}.fr`).toBeGreaterThan(10);
      }
    }
    const withLessons = new Set(LESSONS.map((l) => `scenarios/${l.scenario}.json`));
    expect(
      all.map((s) => s.file).filter((f) => !withLessons.has(f)),
      'scenarios without a lesson definition',
    ).toEqual([]);
  });

  it.each(all.map((s) => s.file))('%s validates and runs to its horizon', (file) => {
    const parsed = parseScenario(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), file);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const result = runScenario(parsed.scenario, 1);
    expect(result.summary.ticks).toBe(parsed.scenario.ticks);
  });
});

describe(`scenario lessons (shown in at least ${100 * SHARE}% of ${SEEDS} seeds)`, () => {
  it.each(LESSONS.map((l) => [l.scenario, l] as const))('%s', (_name, lesson) => {
    const own = runs(lesson.scenario, () => load(lesson.scenario));
    const other = lesson.pair
      ? runs(lesson.pair, () => load(lesson.pair!))
      : lesson.withoutInstrument
        ? runs(`${lesson.scenario}-without`, () => load(lesson.scenario, lesson.withoutInstrument))
        : undefined;
    let shown = 0;
    let counted = 0;
    own.forEach((run, k) => {
      const verdict = lesson.shows(run, other?.[k]);
      if (verdict === undefined) return;
      counted++;
      if (verdict) shown++;
    });
    console.log(`${lesson.scenario}: ${shown}/${counted} seeds (${((100 * shown) / counted).toFixed(0)}%): ${lesson.means}`);
    expect(counted).toBeGreaterThanOrEqual(30);
    expect(shown / counted).toBeGreaterThanOrEqual(SHARE);
  });
});
