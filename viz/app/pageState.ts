/**
 * The page's state as one object, the actions that change it, and what follows from it.
 * Only what cannot be derived is kept: the run asked for and accepted (its setup and its
 * scenario as the source gives it), the language, an engine failure, whether the last
 * load was refused, and whether the simulator is the view shown. The page's status, run
 * B's name and the charts' labels are derived from it (and from the runner's state).
 */
import type { Language, Speed } from './i18n';
import { sameValue, type Run } from './settingSpecs';
import { DEFAULT_SCENARIO_ID, bundledScenario } from './scenarios';
import { engineInput, overridesB, valueAt, type RunSetup, type SettingPath } from './setup';
import type { ScenarioInput } from './lanes';
import { pairOf } from './runWords';
import type { PageStatus } from './view';
import type { LiveEvent, Scenario, SimEvent } from '../sim';

export interface PageState {
  /** What defines the run shown: scenario source, settings, seed, live events. */
  setup: RunSetup;
  /** The scenario as its source gives it (defaults filled): what settings are compared with. */
  base: Scenario | undefined;
  lang: Language;
  /** Why the engine stopped (the worker crashed), until a run loads again. */
  error: string | undefined;
  /** The last load was refused: with nothing loaded yet, there is nothing to run. */
  refused: boolean;
  /** The simulator is the view shown (keys act on it). */
  active: boolean;
}

/** Actions that ask for another run (loaded from month 0). */
export type RunAction =
  | { type: 'seed'; seed: number }
  | { type: 'setting'; run: Run; path: SettingPath; value: unknown }
  | { type: 'pick'; id: string }
  | { type: 'pair' }
  | { type: 'compare'; on: boolean }
  | { type: 'clearLive' }
  /** A scenario's text as a file of this name (a file opened, the in-page editor's text). */
  | { type: 'text'; name: string; text: string }
  /** A whole run: a link's, a classroom journal's, the default. */
  | { type: 'open'; setup: RunSetup };

export type Action =
  | RunAction
  | { type: 'file'; file: File }
  | { type: 'link'; fragment: string }
  | { type: 'language'; lang: Language }
  /** Live events got their months in the runs (they are part of the run from now on). */
  | { type: 'live'; events: LiveEvent[] }
  | { type: 'fail'; message: string }
  | { type: 'active'; active: boolean }
  | { type: 'toggle' }
  | { type: 'step' }
  | { type: 'speed'; speed: Speed }
  | { type: 'inject'; event: SimEvent };

export const defaultSetup = (seed = 1): RunSetup => ({ source: { kind: 'bundled', id: DEFAULT_SCENARIO_ID }, seed, overrides: {}, compare: null, live: [] });

export const initialState = (lang: Language): PageState => ({ setup: defaultSetup(), base: undefined, lang, error: undefined, refused: false, active: true });

/** A run asked for, and whether its scenario comes from another source (which is then checked as it comes). */
export interface RunRequest {
  setup: RunSetup;
  sourceChanged: boolean;
}

/** What the engines run: run A's scenario, and run B's in compare mode. */
export function runInputs(setup: RunSetup): ScenarioInput[] {
  const inputs = [engineInput(setup.source, setup.overrides)];
  if (setup.compare) inputs.push(engineInput(setup.source, overridesB(setup)));
  return inputs;
}

/** The run an action asks for (`scenarioA`: run A's scenario now), or undefined when it asks for none. */
export function requestedRun(state: PageState, action: RunAction, scenarioA: Scenario | undefined): RunRequest | undefined {
  const { setup, base } = state;
  // A new source starts with the scenario as written, keeping compare mode on or off.
  const fresh = (source: RunSetup['source'], seed: number): RunRequest => ({
    setup: { source, seed, overrides: {}, compare: setup.compare ? {} : null, live: [] },
    sourceChanged: true,
  });
  switch (action.type) {
    case 'seed':
      return { setup: { ...setup, seed: action.seed }, sourceChanged: false };
    case 'setting':
      return base && scenarioA ? { setup: withSetting(setup, base, scenarioA, action), sourceChanged: false } : undefined;
    case 'pick': {
      const picked = bundledScenario(action.id);
      // Opened at the seed that shows its lesson; the seed field changes it.
      return picked ? fresh({ kind: 'bundled', id: action.id }, picked.recommendedSeed ?? setup.seed) : undefined;
    }
    case 'pair': {
      const pair = pairOf(base);
      // The scenario as written (no settings of A changed) against its pair, at the seed shown.
      return pair ? { setup: { ...setup, overrides: {}, compare: { ...pair } }, sourceChanged: false } : undefined;
    }
    case 'compare':
      return { setup: { ...setup, compare: action.on ? {} : null }, sourceChanged: false };
    case 'clearLive':
      return { setup: { ...setup, live: [] }, sourceChanged: false };
    case 'text':
      return fresh({ kind: 'file', name: action.name, text: action.text }, setup.seed);
    case 'open':
      return { setup: action.setup, sourceChanged: true };
  }
}

/** The setup with one setting of run A or B changed: a value equal to what the run would have anyway is no change. */
function withSetting(setup: RunSetup, base: Scenario, scenarioA: Scenario, { run, path, value }: { run: Run; path: SettingPath; value: unknown }): RunSetup {
  if (run === 'B') {
    const compare = { ...setup.compare };
    if (sameValue(value, valueAt(scenarioA, path))) delete compare[path];
    else compare[path] = value;
    return { ...setup, compare };
  }
  const overrides = { ...setup.overrides };
  if (sameValue(value, valueAt(base, path))) delete overrides[path];
  else overrides[path] = value;
  // A difference of B that A now shares is no difference.
  const compare =
    setup.compare &&
    Object.fromEntries(Object.entries(setup.compare).filter(([key, v]) => !sameValue(v, key in overrides ? overrides[key] : valueAt(base, key))));
  return { ...setup, overrides, compare };
}

/** What the runner tells of itself. */
export interface RunnerStatus {
  loaded: boolean;
  done: boolean;
  playing: boolean;
  tick: number;
}

/** Nothing valid was ever loaded: there is nothing to run until a load succeeds. */
export const nothingToRun = (state: PageState, runner: Pick<RunnerStatus, 'loaded'>): boolean => state.refused && !runner.loaded;

export function pageStatus(state: PageState, runner: RunnerStatus): PageStatus {
  if (state.error !== undefined) return 'error';
  if (nothingToRun(state, runner)) return 'invalid';
  if (!runner.loaded) return 'loading';
  if (runner.done) return 'done';
  if (runner.playing) return 'playing';
  return runner.tick > 0 ? 'paused' : 'ready';
}
