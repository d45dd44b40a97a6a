/**
 * Every bundled scenario is a smoke test, and each states a lesson that must hold over
 * 50 seeds: the effect and its 95% interval are printed, and the interval must exclude
 * "no effect". Paired scenarios share every setting but one, and use the same seeds.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseScenario, runScenario, type RunResult, type Scenario } from '../../sim/index';
import { bundledScenarios } from '../../sim/cli/list';
import { columnMeans, meanInterval, pairedDifference, report, runMany, type Interval } from '../helpers/runs';

const SEEDS = 50;
const cache = new Map<string, RunResult[]>();

function load(name: string): Scenario {
  const parsed = parseScenario(readFileSync(new URL(`../../scenarios/${name}.json`, import.meta.url), 'utf8'), name);
  if (!parsed.ok) throw new Error(`${name} is invalid`);
  return parsed.scenario;
}
const runs = (name: string) => cache.get(name) ?? cache.set(name, runMany(load(name), SEEDS)).get(name)!;

function lesson(label: string, base: string, changed: string, metric: (r: RunResult) => number): Interval {
  const effect = pairedDifference(runs(base).map(metric), runs(changed).map(metric));
  report(`${changed} vs ${base} — ${label}`, effect);
  return effect;
}
const survived = (r: RunResult) => (r.summary.survived ? 1 : 0);

describe('bundled scenarios', () => {
  const all = bundledScenarios();
  it('there are at least ten, each with a title, description and lesson in English and French', () => {
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
  });

  it.each(all.map((s) => s.file))('%s validates and runs to its horizon', (file) => {
    const parsed = parseScenario(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), file);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const result = runScenario(parsed.scenario, 1);
    expect(result.summary.ticks).toBe(parsed.scenario.ticks);
  });
});

describe('scenario lessons (50 seeds each)', () => {
  it('default: left to itself, a voluntary partnership often stalls or dissolves', () => {
    const alive = meanInterval(runs('default').map(survived));
    report('default — share alive at 10 years', alive);
    expect(alive.high).toBeLessThan(0.9);
    const effect = meanInterval(runs('default').map((r) => r.columns.collective_effectiveness.at(-1)!));
    const healthy = meanInterval(runs('healthy-partnership').map((r) => r.columns.collective_effectiveness.at(-1)!));
    expect(effect.high).toBeLessThan(healthy.low);
  });

  it('fragile coalition: often dissolves within ten years', () => {
    const dissolved = meanInterval(runs('fragile-coalition').map((r) => 1 - survived(r)));
    report('fragile-coalition — share dissolved at 10 years', dissolved);
    expect(dissolved.low).toBeGreaterThan(0.3);
  });

  it('leadership rescue: outlives the fragile coalition', () => {
    expect(lesson('lifetime (months)', 'fragile-coalition', 'leadership-rescue', (r) => r.summary.lifetime).low).toBeGreaterThan(0);
  });

  it('seed funding that ends: membership falls well below the funded level', () => {
    const after = (r: RunResult) => columnMeans([r], 'members', 48, 72)[0]!;
    expect(lesson('mean members, months 49–72', 'seed-funding-sustained', 'seed-funding-ends', after).high).toBeLessThan(0);
  });

  it('State budget cut: State members pull back and the population effect shrinks', () => {
    expect(lesson('mean State members, months 37–72', 'healthy-partnership', 'state-budget-cut', (r) => columnMeans([r], 'members_E', 36, 72)[0]!).high).toBeLessThan(0);
    expect(lesson('final collective effectiveness', 'healthy-partnership', 'state-budget-cut', (r) => r.columns.collective_effectiveness.at(-1)!).high).toBeLessThan(0);
  });

  it('steward: knowledge accumulates and survives turnover', () => {
    expect(lesson('final knowledge stock', 'no-steward', 'steward', (r) => r.columns.knowledge_stock.at(-1)!).low).toBeGreaterThan(0);
  });

  it('developmental evaluation: more partnerships alive and a better population outcome than linear', () => {
    expect(lesson('share alive at 10 years', 'evaluation-linear', 'evaluation-developmental', survived).low).toBeGreaterThan(0);
    expect(lesson('final population outcome', 'evaluation-linear', 'evaluation-developmental', (r) => r.summary.final_population_outcome).low).toBeGreaterThan(0);
  });

  it('investor mentality: lower efficiency early, higher collective effectiveness later (J-curve)', () => {
    expect(lesson('efficiency, first 2 years', 'mentality-manager', 'mentality-investor', (r) => columnMeans([r], 'organisational_efficiency', 0, 24)[0]!).high).toBeLessThan(0);
    expect(lesson('collective effectiveness, last 2 years', 'mentality-manager', 'mentality-investor', (r) => columnMeans([r], 'collective_effectiveness', 96, 120)[0]!).low).toBeGreaterThan(0);
  });

  it('large network: an NAO achieves more than shared governance', () => {
    expect(lesson('cumulative effectiveness', 'large-network-shared', 'large-network-nao', (r) => r.summary.cumulative_effectiveness).low).toBeGreaterThan(0);
  });

  it('mandated participation: keeps members at the table but lowers engagement', () => {
    expect(lesson('mean engagement rung', 'default', 'mandated', (r) => columnMeans([r], 'engagement_mean')[0]!).high).toBeLessThan(0);
    expect(lesson('mean members', 'default', 'mandated', (r) => r.summary.mean_members).low).toBeGreaterThan(0);
  });
});
