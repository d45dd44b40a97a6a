/**
 * The page's wiring: it owns the run state (language, seed, series, summary) and connects
 * the controls, the runner and the view. Nothing here computes model numbers.
 */
import { DICTIONARIES, defaultLanguage, isLanguage, type Language } from './i18n';
import { Runner, type ScenarioInput } from './runner';
import { Series } from './series';
import { View, type PageState } from './view';
import type { Engine } from './engine';
import type { RunSummary } from '../../sim/metrics/summary';
import type { Scenario } from '../../sim/scenario/schema';

const MAX_SEED = 0xffff_ffff;

/** Space toggles play only where it has no meaning of its own (typing, pressing a button, opening details). */
function spaceIsFree(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return true;
  return !target.closest('input, select, textarea, button, summary, a[href], [contenteditable=""], [contenteditable="true"]');
}

export interface App {
  runner: Runner;
  /** Shows an engine failure that happened outside any call (the worker crashed). */
  fail(message: string): void;
}

export function createApp(doc: Document, engine: Engine, input: ScenarioInput, preferredLanguage: string | undefined): App {
  const view = new View(doc);
  const series = new Series();
  let lang: Language = defaultLanguage(preferredLanguage);
  let scenario: Scenario | undefined;
  let summary: RunSummary | undefined;
  let error: string | undefined;
  let seed = 1;
  /** The first scenario failed validation: there is nothing to run until a reset succeeds. */
  let invalid = false;

  const dict = () => DICTIONARIES[lang];
  const horizon = () => scenario?.ticks ?? 0;
  const pageState = (): PageState => {
    if (error !== undefined) return 'error';
    if (invalid) return 'invalid';
    if (!runner.loaded) return scenario ? 'ready' : 'loading';
    if (runner.done) return summary ? 'done' : 'playing';
    return runner.playing ? 'playing' : series.length > 0 ? 'paused' : 'ready';
  };
  const renderControls = () => {
    view.controls(dict(), runner);
    view.state(pageState());
  };
  const renderRun = () => {
    const text = scenario ? dict().month(series.tick, horizon()) : invalid ? '' : dict().loading;
    view.progress(series.tick, horizon(), text);
    view.drawChart(dict(), series, horizon());
  };
  const renderAll = () => {
    view.texts(lang, dict());
    view.scenario(scenario ? scenario.meta.title[lang] || scenario.meta.title.en : '');
    view.runSummary(lang, dict(), summary);
    view.showError(error === undefined ? undefined : dict().engineError(error));
    view.tableRows(lang, series, 0);
    renderRun();
    renderControls();
  };

  const runner: Runner = new Runner(engine, {
    loaded(result) {
      if (!result.ok) {
        view.showIssues(result.issues);
        // An invalid scenario leaves the previous run (if any) loaded and playable.
        invalid = !runner.loaded;
        renderRun();
        renderControls();
        return;
      }
      view.showIssues([]);
      error = undefined;
      invalid = false;
      scenario = result.scenario;
      summary = undefined;
      series.clear(scenario.ticks);
      renderAll();
    },
    batch(batch) {
      const from = series.length;
      series.append(batch);
      view.tableRows(lang, series, from);
      renderRun();
    },
    finished(result) {
      summary = result;
      view.runSummary(lang, dict(), summary);
      renderControls();
    },
    state: renderControls,
    error: fail,
  });

  function fail(message: string): void {
    error = message;
    renderAll();
  }

  const readSeed = (): number => {
    const value = Number(view.seed.value);
    if (view.seed.value.trim() !== '' && Number.isInteger(value) && value >= 0 && value <= MAX_SEED) seed = value;
    view.seed.value = String(seed);
    return seed;
  };
  const reset = () => void runner.load(input, readSeed());

  view.play.addEventListener('click', () => runner.toggle());
  view.step.addEventListener('click', () => runner.step());
  view.form.addEventListener('submit', (event) => {
    event.preventDefault();
    reset();
  });
  view.seed.addEventListener('change', reset);
  view.language.addEventListener('change', () => {
    if (isLanguage(view.language.value)) lang = view.language.value;
    renderAll();
  });
  doc.addEventListener('keydown', (event) => {
    if (event.key !== ' ' || event.repeat || event.ctrlKey || event.metaKey || event.altKey || !spaceIsFree(event.target)) return;
    event.preventDefault();
    runner.toggle();
  });

  renderAll();
  reset();
  return { runner, fail };
}
