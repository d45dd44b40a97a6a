/**
 * The page's wiring: it owns what defines the run (the setup: scenario, settings, seed,
 * live events), the language, and connects the controls, the runner, the charts and the
 * address bar. Nothing here computes model numbers.
 */
import {
  DICTIONARIES,
  LIVE_EVENT_TYPES,
  chartLabels,
  defaultLanguage,
  isLanguage,
  type ChartKey,
  type ChartLabels,
  type Dictionary,
  type Language,
  type Speed,
} from './i18n';
import { Runner } from './runner';
import type { Lane } from './lanes';
import { SPEEDS, nextSpeed } from './speeds';
import { Dashboard } from './dashboard';
import { Display } from './display';
import { View, type PageStatus } from './view';
import { RunTables } from './runTables';
import { SettingsForm } from './settings';
import { sameValue, type Run } from './settingSpecs';
import { BUNDLED, DEFAULT_SCENARIO_ID, bundledScenario, inLanguage } from './scenarios';
import { MAX_SEED, engineInput, isSeed, overridesB, scenarioForExport, valueAt, type RunSetup, type SettingPath } from './setup';
import { describeSettings } from './settingText';
import { cannotAct, pairOf, problemsAt, runBName, runBSuffix, storyLine } from './runWords';
import { EditorPanel } from './editorPanel';
import { MAX_SCENARIO_BYTES, decodeLink, encodeLink } from './shareUrl';
import { download, slug, svgText, svgToPng } from './exportFiles';
import { readScenarioFile, watchScenarioFiles } from './fileInput';
import { isJournal, journalSetup } from './journalFile';
import { installKeyboard } from './keyboard';
import type { Engine } from './engine';
import { toCsv, type Scenario, type ScenarioIssue, type SimEvent } from '../sim';

export interface App {
  runner: Runner;
  /** Loads the run a link describes (or the default scenario when there is none). */
  start(fragment: string): Promise<void>;
  /** Shows an engine failure that happened outside any call (the worker crashed). */
  fail(message: string): void;
  language(): Language;
  dict(): Dictionary;
  /** Calls `listener` after each change of language (the page's texts are already rewritten). */
  onLanguage(listener: () => void): void;
  /** Run A as a scenario file would hold it (settings and live events applied) and its name; undefined until a run is loaded. */
  currentScenario(): { name: string; scenario: Record<string, unknown> } | undefined;
  /** Another view hides the simulator: the run pauses, and its keyboard shortcuts rest. */
  setActive(active: boolean): void;
  /** Where a file dropped on the page goes while the simulator is hidden (the analyst view's sweep files). */
  onOtherViewFile(handler: ((file: File) => void) | undefined): void;
}

const defaultSetup = (seed = 1): RunSetup => ({ source: { kind: 'bundled', id: DEFAULT_SCENARIO_ID }, seed, overrides: {}, compare: null, live: [] });

export function createApp(doc: Document, engineFor: (index: number) => Engine, preferredLanguage: string | undefined): App {
  const view = new View(doc);
  const tables = new RunTables(doc);
  let lang: Language = defaultLanguage(preferredLanguage);
  let setup: RunSetup = defaultSetup();
  /** The scenario as its source gives it (defaults filled): what settings are compared with. */
  let base: Scenario | undefined;
  let error: string | undefined;
  /** Nothing valid was ever loaded: there is nothing to run until a load succeeds. */
  let invalid = false;
  /** The fragment this page last wrote, so its own address changes are not read back. */
  let writtenFragment = '';
  /** The simulator is the view shown (keys act on it). */
  let active = true;
  const languageListeners: (() => void)[] = [];

  const dict = () => DICTIONARIES[lang];
  // The same labels object every frame in a language (charts compare their text to decide whether to rebuild).
  const labelsCache = new Map<Language, ChartLabels>();
  const labels = (): ChartLabels => labelsCache.get(lang) ?? labelsCache.set(lang, chartLabels(dict(), lang)).get(lang)!;
  const laneA = (): Lane | undefined => runner.lanes[0];
  const laneB = (): Lane | undefined => runner.lanes[1];
  const horizon = () => laneA()?.scenario.ticks ?? 0;

  const pageState = (): PageStatus => {
    if (error !== undefined) return 'error';
    if (invalid) return 'invalid';
    if (!runner.loaded) return 'loading';
    if (runner.done) return 'done';
    if (runner.playing) return 'playing';
    return runner.tick > 0 ? 'paused' : 'ready';
  };

  const renderControls = () => {
    view.controls(dict(), runner, setup.compare !== null, setup.live.length);
    view.live.availability({ loaded: runner.loaded, done: runner.done }, cannotAct(dict(), runner.lanes, runner.pending));
    // Live events that found nothing to act on in run A (e.g. "leader leaves" with no leader).
    const idle = laneA()?.series.idleLive ?? new Set<string>();
    view.live.events(dict(), setup.live, runner.pending, runner.lanes.length > 0 ? Math.max(...runner.lanes.map((l) => l.series.tick)) + 1 : 1, idle);
    view.state(pageState());
    view.counters(runner.batches, runner.renders);
    const played = setup.played ?? [];
    view.classRun(
      played.length > 0
        ? dict().classRun(
            played.reduce((n, m) => n + m.decisions.length, 0),
            horizon(),
          )
        : undefined,
    );
  };

  /** What changes as months arrive: drawn at most once per animation frame; true when charts are left for the next one. */
  const renderRun = (): boolean => {
    const a = laneA();
    const b = laneB();
    const text = a ? dict().month(a.series.tick, horizon()) + (b ? ` · ${dict().monthB(b.series.tick)}` : '') : invalid ? '' : dict().loading;
    view.progress(a?.series.tick ?? 0, horizon(), text, b?.series.tick);
    const turn = a?.series.lastStory();
    view.story(a ? storyLine(dict(), lang, a) : '', turn ? dict().storyNow[turn.type](turn.tick, turn.members) : '');
    if (!a) return false;
    view.live.availability({ loaded: runner.loaded, done: runner.done }, cannotAct(dict(), runner.lanes, runner.pending));
    tables.rows(lang, a.series);
    tables.events(lang, dict(), a.series);
    view.counters(runner.batches, runner.renders);
    return dashboard.render(
      { labels: labels(), language: lang, a, b, runB: b ? runBName(dict(), lang, setup.compare) : undefined },
      runner.playing,
      undefined,
      SPEEDS[runner.speed].chartGapMs,
    );
  };

  const renderSummaries = () => {
    view.runSummaries(lang, dict(), laneA()?.summary, laneB()?.summary);
    tables.compare(lang, dict(), laneA()?.summary, laneB()?.summary, runBName(dict(), lang, setup.compare));
  };

  /** Texts that depend on the language only: rebuilt when it changes. */
  const renderLanguage = () => {
    view.texts(lang, dict());
    tables.texts(dict());
    form.build(dict(), lang);
    dashboard.texts(dict(), labels());
  };

  /** What a new run changes outside the charts: scenario panel, settings' values, compare mode, table. */
  const renderSetup = () => {
    view.scenarioOptions(lang, dict(), setup.source.kind === 'bundled' ? setup.source.id : '', setup.source.kind === 'file' ? setup.source.name : undefined);
    view.scenario(lang, laneA()?.scenario ?? base);
    const pair = pairOf(base);
    view.pair(pair ? dict().comparePair(describeSettings(dict(), lang, pair)) : undefined);
    view.showError(error === undefined ? undefined : dict().engineError(error));
    if (laneA()) form.setValues(laneA()!.scenario, laneB()?.scenario ?? null);
    dashboard.setCompare(setup.compare !== null && laneB() !== undefined);
    display.setCompare(setup.compare !== null && laneB() !== undefined);
    view.compareMode(setup.compare !== null);
    tables.reset(dict(), horizon());
    renderSummaries();
    if (renderRun()) runner.requestRender();
    renderControls();
  };

  const renderAll = () => {
    renderLanguage();
    renderSetup();
  };

  const runner: Runner = new Runner(engineFor, {
    render: renderRun,
    live(events) {
      setup = { ...setup, live: [...setup.live, ...events] };
      void writeLink();
    },
    finished() {
      renderSummaries();
      renderControls();
    },
    state: renderControls,
    error: fail,
  });

  const display = new Display(doc, () => {
    dashboard.clear();
    runner.requestRender();
  });
  const dashboard: Dashboard = new Dashboard(
    doc,
    view.inputs.charts,
    (key, format) => void exportChart(key, format),
    () => runner.requestRender(),
    (holder) => display.size(holder),
  );
  const form = new SettingsForm(doc, view.inputs.settings, (run, path, value) => void changeSetting(run, path, value));

  function fail(message: string): void {
    error = message;
    renderAll();
  }

  /**
   * Makes `next` the run on the page: validates the source (when it changed), then loads
   * run A (and B) from month 0. On any problem the problems are listed by path and the
   * page keeps what it had.
   */
  async function apply(next: RunSetup, sourceChanged: boolean): Promise<boolean> {
    let nextBase = base;
    if (sourceChanged || !nextBase) {
      const input = engineInput(next.source, {});
      const checker = engineFor(0);
      const checked = input.kind === 'text' ? await checker.validateText(input.text, input.source) : await checker.validate(input.value);
      if (!checked.ok) {
        view.issues.show(dict(), checked.issues);
        invalid = !runner.loaded;
        renderControls();
        return false;
      }
      nextBase = checked.scenario;
    }
    const inputs = [engineInput(next.source, next.overrides)];
    if (next.compare) inputs.push(engineInput(next.source, overridesB(next)));
    // The run stops while the new one loads (a refused change leaves it paused).
    runner.pause();
    const outcome = await runner.load(inputs, next.seed, next.live, next.played);
    if (!outcome.ok) {
      if (outcome.lane >= 0) {
        lastRefusal = outcome.issues;
        view.issues.show(dict(), outcome.issues, outcome.lane === 1 ? 'B' : undefined);
        invalid = !runner.loaded;
        form.setValues(laneA()?.scenario, laneB()?.scenario ?? null);
        renderControls();
      }
      return false;
    }
    setup = next;
    base = nextBase;
    error = undefined;
    invalid = false;
    view.issues.show(dict(), []);
    view.inputs.seed.value = String(setup.seed);
    dashboard.clear();
    renderSetup();
    void writeLink();
    return true;
  }

  async function changeSetting(run: Run, path: SettingPath, value: unknown): Promise<void> {
    const a = laneA()?.scenario;
    if (!base || !a) return;
    lastRefusal = undefined;
    const accepted = await changeSettingRun(run, path, value, a);
    const refusal = lastRefusal as readonly ScenarioIssue[] | undefined;
    if (!accepted && refusal) {
      // Problems of this field by its label; a problem the change caused elsewhere (e.g. more founders than organisations) with its own path.
      const own = problemsAt(dict(), refusal, path);
      const problems = own.length > 0 ? own : refusal.map((issue) => dict().formatIssue({ ...issue, source: undefined, line: undefined, column: undefined }));
      if (problems.length > 0) form.refuse(run, path, value, problems, dict());
    }
  }

  /** The issues of the last load refused (a setting's value the scenario cannot take). */
  let lastRefusal: readonly ScenarioIssue[] | undefined;

  async function changeSettingRun(run: Run, path: SettingPath, value: unknown, a: Scenario): Promise<boolean> {
    if (!base) return false;
    if (run === 'A') {
      const overrides = { ...setup.overrides };
      if (sameValue(value, valueAt(base, path))) delete overrides[path];
      else overrides[path] = value;
      let compare = setup.compare;
      if (compare) {
        // A difference of B that A now shares is no difference.
        compare = Object.fromEntries(Object.entries(compare).filter(([key, v]) => !sameValue(v, key in overrides ? overrides[key] : valueAt(base, key))));
      }
      return apply({ ...setup, overrides, compare }, false);
    }
    const compare = { ...setup.compare };
    if (sameValue(value, valueAt(a, path))) delete compare[path];
    else compare[path] = value;
    return apply({ ...setup, compare }, false);
  }

  function readSeed(): number {
    const value = Number(view.inputs.seed.value);
    const seed = view.inputs.seed.value.trim() !== '' && isSeed(value) ? value : setup.seed;
    view.inputs.seed.value = String(seed);
    return Math.min(seed, MAX_SEED);
  }

  async function loadFile(file: File): Promise<void> {
    const read = await readScenarioFile(file, MAX_SCENARIO_BYTES);
    if (!read.ok) {
      view.issues.showFileProblem(dict(), read.problem === 'big' ? dict().fileTooBig(`${MAX_SCENARIO_BYTES / 1e6} MB`) : dict().fileUnreadable);
      return;
    }
    if (!isJournal(read.text)) return loadText(read.name, read.text);
    const journal = journalSetup(read.name, read.text);
    if (!journal.ok) {
      view.issues.showFileProblem(dict(), dict().journalUnreadable(journal.line));
      return;
    }
    await apply(journal.setup, true);
  }

  /** A scenario's text as a file of this name (a loaded file, the in-page editor's text). */
  async function loadText(name: string, text: string): Promise<void> {
    await apply({ source: { kind: 'file', name, text }, seed: setup.seed, overrides: {}, compare: setup.compare ? {} : null, live: [] }, true);
  }

  let linkWrites = 0;
  async function writeLink(): Promise<void> {
    // Encoding a file is asynchronous: only the latest call may write, or an older state could land last.
    const write = ++linkWrites;
    const fragment = await encodeLink(setup, lang);
    if (write !== linkWrites) return;
    writtenFragment = fragment;
    // replaceState: settings changes do not pile up in the back button's history.
    history.replaceState(history.state, '', `#${fragment}`);
    view.inputs.shareLink.value = location.href;
  }

  async function readLink(fragment: string): Promise<void> {
    const decoded = await decodeLink(fragment, (id) => bundledScenario(id) !== undefined);
    if (decoded.ok) {
      if (decoded.lang && decoded.lang !== lang) {
        lang = decoded.lang;
        renderLanguage();
      }
      view.showLinkError(undefined);
      if (await apply(decoded.setup, true)) return;
      view.showLinkError(dict().badLink(dict().badLinkReasons.invalid!));
    } else {
      view.showLinkError(dict().badLink(dict().badLinkReasons[decoded.problem]!));
    }
    await apply(defaultSetup(), true);
  }

  function exportRun(lane: Lane | undefined, suffix: string): void {
    if (!lane) return;
    download(doc, `${fileStem()}${suffix}.csv`, new Blob([toCsv(lane.series.columns(), lane.series.events)], { type: 'text/csv' }));
  }

  function exportScenario(run: Run): void {
    const overrides = run === 'A' ? setup.overrides : overridesB(setup);
    const json = JSON.stringify(scenarioForExport(setup.source, overrides, setup.live), null, 2);
    download(doc, `${fileStem()}${run === 'B' ? runBSuffix(setup.compare) : ''}.json`, new Blob([`${json}\n`], { type: 'application/json' }));
  }

  async function exportChart(key: ChartKey, format: 'svg' | 'png'): Promise<void> {
    const svg = dashboard.svg(key);
    if (!svg) return;
    const name = `interstice-${key}-${fileStem().replace(/^interstice-/, '')}.${format}`;
    if (format === 'svg') download(doc, name, new Blob([svgText(svg)], { type: 'image/svg+xml' }));
    else download(doc, name, await svgToPng(doc, svg));
  }

  const fileStem = () => `interstice-${slug(setup.source.kind === 'bundled' ? setup.source.id : setup.source.name.replace(/\.json$/i, ''))}-seed${setup.seed}`;

  // Controls.
  view.inputs.play.addEventListener('click', () => runner.toggle());
  // The address always holds the run (scenario, settings, seed, live events): reloading restarts it cleanly.
  view.inputs.restart.addEventListener('click', () => doc.defaultView?.location.reload());
  view.inputs.step.addEventListener('click', () => runner.step());
  view.inputs.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void apply({ ...setup, seed: readSeed() }, false);
  });
  view.inputs.seed.addEventListener('change', () => void apply({ ...setup, seed: readSeed() }, false));
  view.inputs.speed.addEventListener('change', () => runner.setSpeed(view.inputs.speed.value as Speed));
  view.inputs.language.addEventListener('change', () => {
    if (isLanguage(view.inputs.language.value)) lang = view.inputs.language.value;
    renderAll();
    editorPanel.relabel();
    for (const listener of languageListeners) listener();
    void writeLink();
  });
  view.inputs.picker.addEventListener('change', () => {
    const id = view.inputs.picker.value;
    const picked = bundledScenario(id);
    if (!picked) return;
    // Opened at the seed that shows its lesson; the seed field changes it.
    void apply(
      { source: { kind: 'bundled', id }, seed: picked.recommendedSeed ?? setup.seed, overrides: {}, compare: setup.compare ? {} : null, live: [] },
      true,
    );
  });
  view.inputs.comparePair.addEventListener('click', () => {
    const pair = pairOf(base);
    // The scenario as written (no settings of A changed) against its pair, at the seed shown.
    if (pair) void apply({ ...setup, overrides: {}, compare: { ...pair } }, false);
  });
  view.inputs.compare.addEventListener('change', () => void apply({ ...setup, compare: view.inputs.compare.checked ? {} : null }, false));
  view.live.clear.addEventListener('click', () => void apply({ ...setup, live: [] }, false));
  LIVE_EVENT_TYPES.forEach((type, k) => {
    view.live.buttons[k]!.addEventListener('click', () => {
      // An event that cannot act now says why (its tooltip and description) and does nothing.
      if (view.live.buttons[k]!.getAttribute('aria-disabled') === 'true') return;
      const event: SimEvent = type === 'budget_cut' ? { type, order: view.live.cutOrder.value as SimEvent['order'] & string } : { type };
      runner.inject(event);
    });
  });
  view.inputs.copyLink.addEventListener('click', () => {
    view.inputs.shareLink.select();
    navigator.clipboard?.writeText(view.inputs.shareLink.value).then(
      () => (view.inputs.copyStatus.textContent = dict().linkCopied),
      () => (view.inputs.copyStatus.textContent = dict().copyFailed),
    ) ?? (view.inputs.copyStatus.textContent = dict().copyFailed);
  });
  view.inputs.csv.addEventListener('click', () => exportRun(laneA(), ''));
  view.inputs.csvB.addEventListener('click', () => exportRun(laneB(), runBSuffix(setup.compare)));
  view.inputs.scenario.addEventListener('click', () => exportScenario('A'));
  view.inputs.scenarioB.addEventListener('click', () => exportScenario('B'));
  let otherViewFile: ((file: File) => void) | undefined;
  watchScenarioFiles(doc, view.inputs.file, view.inputs.dropOverlay, (file) => (active || !otherViewFile ? void loadFile(file) : otherViewFile(file)));
  installKeyboard(doc, {
    active: () => active,
    toggle: () => runner.toggle(),
    step: () => runner.step(),
    faster: () => runner.setSpeed(nextSpeed(runner.speed, 1)),
    slower: () => runner.setSpeed(nextSpeed(runner.speed, -1)),
  });
  // A link pasted into this tab's address bar.
  window.addEventListener('hashchange', () => {
    const fragment = location.hash.slice(1);
    if (fragment && fragment !== writtenFragment) void readLink(fragment);
  });

  const editorPanel = new EditorPanel(doc, {
    dict,
    language: () => lang,
    current: () => (runner.loaded ? scenarioForExport(setup.source, setup.overrides, setup.live) : undefined),
    run: loadText,
  });

  renderAll();
  return {
    runner,
    fail,
    language: () => lang,
    dict,
    onLanguage: (listener) => void languageListeners.push(listener),
    currentScenario() {
      if (!runner.loaded) return undefined;
      const source = setup.source;
      const name = source.kind === 'bundled' ? inLanguage(bundledScenario(source.id)?.title ?? { en: '', fr: '' }, lang) || source.id : source.name;
      return { name, scenario: scenarioForExport(source, setup.overrides, setup.live) };
    },
    setActive(on) {
      active = on;
      if (!on) runner.pause();
      // The overlay names what a drop will open.
      view.inputs.dropOverlay.querySelector('p')!.dataset.i18n = on ? 'dropHere' : 'analysis.dropHere';
      view.texts(lang, dict());
    },
    onOtherViewFile(handler) {
      otherViewFile = handler;
    },
    async start(fragment) {
      if (BUNDLED.length === 0) throw new Error('no bundled scenario');
      if (fragment.replace(/^#/, '') !== '') await readLink(fragment);
      else await apply(defaultSetup(), true);
    },
  };
}
