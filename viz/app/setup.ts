/**
 * What defines a run on the page, and so what a shared link must carry: where the
 * scenario comes from, the settings changed on the page (run A, and run B in compare
 * mode), the seed, and the live events pressed so far.
 */
import { valueAtPath, writeAtPath } from '../../sim/scenario/paths';
import type { LiveEvent, PlayedMonth } from '../sim';
import type { ScenarioInput } from './lanes';
import { bundledScenario } from './scenarios';
import { isModelSettingPath, type ModelSettingPath } from './modelSettings';
import { readJson } from '../../sim/scenario/jsonText';

export type ScenarioSource = { kind: 'bundled'; id: string } | { kind: 'file'; name: string; text: string };

/** Setting path (dotted) → value, as JSON. */
export type Overrides = Record<string, unknown>;

export interface RunSetup {
  source: ScenarioSource;
  seed: number;
  /** Settings of run A that differ from the scenario. */
  overrides: Overrides;
  /** Compare mode: the settings in which run B differs from run A; null when compare is off. */
  compare: Overrides | null;
  /** Live events, in the order pressed, each with the tick at which it fires. */
  live: LiveEvent[];
  /** Decisions a class made for its organisations (a classroom journal opened on the page), each month's with the tick it decides. */
  played?: PlayedMonth[];
}

/** The settings the page offers as controls, in the order shown. Shared links may set only these. */
export const SETTING_PATHS = [
  'ticks',
  'action.arrangement',
  'action.governance',
  'action.nao_capacity',
  'action.leadership',
  'action.steward',
  'action.evaluation',
  'action.participation',
  'action.target_specificity',
  'action.instruments',
  'action.funding.grant',
  'action.funding.ends_at',
  'action.initial_members',
  'behaviour.mentality',
  'organisations.count.E',
  'organisations.count.P',
  'organisations.count.T',
] as const;
/** A main setting, or a model constant (the form's advanced part; modelSettings.ts). */
export type MainSettingPath = (typeof SETTING_PATHS)[number];
export type SettingPath = MainSettingPath | ModelSettingPath;

export const isMainSettingPath = (path: string): path is MainSettingPath => (SETTING_PATHS as readonly string[]).includes(path);

export function isSettingPath(path: string): path is SettingPath {
  return isMainSettingPath(path) || isModelSettingPath(path);
}

export const MAX_SEED = 0xffff_ffff;

export function isSeed(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= MAX_SEED;
}

/** The value at a dotted setting path of a raw scenario (the engine's reader). */
export function valueAt(root: unknown, path: string): unknown {
  return valueAtPath(root, path.split('.'));
}

/** A copy of `raw` with each override written at its path (only known setting paths, so no prototype keys). */
export function applyOverrides(raw: unknown, overrides: Overrides): unknown {
  let root: unknown = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};
  for (const [path, value] of Object.entries(overrides)) {
    if (isSettingPath(path)) root = writeAtPath(root, path.split('.'), structuredClone(value));
  }
  return root === raw ? structuredClone(raw) : root;
}

/** The scenario's own content: the bundled object, or the file parsed (undefined when it is not JSON). */
export function sourceObject(source: ScenarioSource): unknown {
  if (source.kind === 'bundled') return bundledScenario(source.id)?.raw;
  // The same reader as the engine's, so a file the engine refuses (e.g. a duplicate or reserved key) is not half-read here.
  const json = readJson(source.text);
  return json.ok ? json.value : undefined;
}

/** What to hand the engine: a file untouched keeps its text, so its problems come with line:column. */
export function engineInput(source: ScenarioSource, overrides: Overrides): ScenarioInput {
  if (source.kind === 'file' && Object.keys(overrides).length === 0) return { kind: 'text', text: source.text, source: source.name };
  return { kind: 'object', value: applyOverrides(sourceObject(source), overrides) };
}

/** Run B's settings: A's, then B's differences. */
export function overridesB(setup: RunSetup): Overrides {
  return { ...setup.overrides, ...setup.compare };
}

/**
 * The scenario as a file that reproduces the page's run: the settings applied and the
 * live events appended as scheduled events (`at` = the tick they fired at).
 */
export function scenarioForExport(source: ScenarioSource, overrides: Overrides, live: readonly LiveEvent[]): Record<string, unknown> {
  const scenario = applyOverrides(sourceObject(source), overrides) as Record<string, unknown>;
  if (live.length > 0) {
    const events = Array.isArray(scenario.events) ? [...(scenario.events as unknown[])] : [];
    for (const { tick, event } of live) events.push({ at: tick, ...event });
    scenario.events = events;
  }
  return scenario;
}
