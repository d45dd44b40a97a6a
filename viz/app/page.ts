/**
 * The simulator page: one state object (pageState.ts), changed only by `dispatch(action)`,
 * and drawn by `render(change)` (pageRender.ts). Loading a run is the one asynchronous
 * change: a run asked for is loaded by the runner, whose engines check its scenario as
 * they start it; the state takes the run only once it has loaded, so a refused change
 * leaves the page as it was, with the problems listed by path.
 */
import { DICTIONARIES, type ChartKey, type Dictionary, type Language } from './i18n';
import { Runner } from './runner';
import type { LoadOutcome } from './lanes';
import { Dashboard } from './dashboard';
import { Display } from './display';
import { View } from './view';
import { RunTables } from './runTables';
import { SettingsForm } from './settings';
import { EditorPanel } from './editorPanel';
import { AddressBar } from './addressBar';
import { PageRenderer, type Change } from './pageRender';
import { defaultSetup, initialState, requestedRun, runInputs, type Action, type PageState, type RunAction, type RunRequest } from './pageState';
import { BUNDLED, bundledScenario, inLanguage } from './scenarios';
import { engineInput, scenarioForExport, type RunSetup, type SettingPath } from './setup';
import { problemsAt } from './runWords';
import { exportChart } from './pageExports';
import { decodeLink } from './shareUrl';
import { openedFile } from './openedFile';
import type { Run } from './settingSpecs';
import type { Engine } from './engine';
import type { PageHost } from './host';
import type { Scenario, ScenarioIssue } from '../sim';
import { withoutLocation } from '../../sim/scenario/issues';

export class Page {
  state: PageState;
  readonly view: View;
  readonly runner: Runner;
  readonly dashboard: Dashboard;
  readonly address: AddressBar;
  /** Where a file dropped on the page goes while the simulator is hidden (the analyst view's sweep files). */
  otherViewFile: ((file: File) => void) | undefined;
  private form: SettingsForm;
  private renderer: PageRenderer;
  private editor: EditorPanel;
  private languageListeners: (() => void)[] = [];

  constructor(
    readonly doc: Document,
    engineFor: (index: number) => Engine,
    lang: Language,
    readonly host: PageHost,
  ) {
    this.state = initialState(lang);
    const view = (this.view = new View(doc));
    const runner = (this.runner = new Runner(
      engineFor,
      {
        render: () => this.renderer.render(this.state, 'frame'),
        live: (events) => void this.dispatch({ type: 'live', events }),
        finished: () => this.render('finished'),
        state: () => this.render('controls'),
        error: (message) => void this.dispatch({ type: 'fail', message }),
      },
      (callback) => host.requestAnimationFrame(callback),
    ));
    const display = new Display(doc, () => {
      this.dashboard.clear();
      runner.requestRender();
    });
    const exportKey = (key: ChartKey, format: 'svg' | 'png') => void exportChart(doc, this.state.setup, key, this.dashboard.svg(key), format);
    this.dashboard = new Dashboard(
      doc,
      view.inputs.charts,
      exportKey,
      () => runner.requestRender(),
      (holder) => display.size(holder),
    );
    this.form = new SettingsForm(doc, view.inputs.settings, (run, path, value) => void this.dispatch({ type: 'setting', run, path, value }));
    this.renderer = new PageRenderer({ view, tables: new RunTables(doc), form: this.form, dashboard: this.dashboard, display, runner });
    this.address = new AddressBar(host, view.inputs.shareLink);
    this.editor = new EditorPanel(doc, {
      dict: () => this.dict(),
      language: () => this.state.lang,
      current: () => this.currentScenario()?.scenario,
      run: (name, text) => this.dispatch({ type: 'text', name, text }),
    });
  }

  dict(): Dictionary {
    return DICTIONARIES[this.state.lang];
  }

  render(change: Change): void {
    this.renderer.render(this.state, change);
  }

  async dispatch(action: Action): Promise<void> {
    switch (action.type) {
      case 'toggle':
        return this.runner.toggle();
      case 'step':
        return this.runner.step();
      case 'speed':
        return this.runner.setSpeed(action.speed);
      case 'inject':
        return void this.runner.inject(action.event);
      case 'live':
        this.state = { ...this.state, setup: { ...this.state.setup, live: [...this.state.setup.live, ...action.events] } };
        return this.writeAddress();
      case 'fail':
        this.state = { ...this.state, error: action.message };
        return this.render('all');
      case 'language':
        return this.setLanguage(action.lang);
      case 'active':
        return this.setActive(action.active);
      case 'file':
        return this.openFile(action.file);
      case 'link':
        return this.openLink(action.fragment);
      default:
        return this.changeRun(action);
    }
  }

  /** Calls `listener` after each change of language (the page's texts are already rewritten). */
  onLanguage(listener: () => void): void {
    this.languageListeners.push(listener);
  }

  /** Run A as a scenario file would hold it (settings and live events applied) and its name; undefined until a run is loaded. */
  currentScenario(): { name: string; scenario: Record<string, unknown> } | undefined {
    if (!this.runner.loaded) return undefined;
    const { source, overrides, live } = this.state.setup;
    const name = source.kind === 'bundled' ? inLanguage(bundledScenario(source.id)?.title ?? { en: '', fr: '' }, this.state.lang) || source.id : source.name;
    return { name, scenario: scenarioForExport(source, overrides, live) };
  }

  /** Loads the run a link describes (or the default scenario when there is none). */
  async start(fragment: string): Promise<void> {
    if (BUNDLED.length === 0) throw new Error('no bundled scenario');
    if (fragment.replace(/^#/, '') !== '') await this.openLink(fragment);
    else await this.load({ setup: defaultSetup(), sourceChanged: true });
  }

  /** A file chosen or dropped: the simulator's, unless another view is shown and takes files. */
  openDropped(file: File): void {
    if (this.state.active || !this.otherViewFile) void this.dispatch({ type: 'file', file });
    else this.otherViewFile(file);
  }

  private writeAddress(): Promise<void> {
    return this.address.write(this.state.setup, this.state.lang);
  }

  private setLanguage(lang: Language): void {
    this.state = { ...this.state, lang };
    this.render('all');
    this.editor.relabel();
    for (const listener of this.languageListeners) listener();
    void this.writeAddress();
  }

  /** Another view hides the simulator: the run pauses, and its keyboard shortcuts rest. */
  private setActive(active: boolean): void {
    this.state = { ...this.state, active };
    if (!active) this.runner.pause();
    // The overlay names what a drop will open.
    this.view.inputs.dropOverlay.querySelector('p')!.dataset.i18n = active ? 'dropHere' : 'analysis.dropHere';
    this.view.texts(this.state.lang, this.dict());
  }

  private async changeRun(action: RunAction): Promise<void> {
    const request = requestedRun(this.state, action, this.runner.lanes[0]?.scenario);
    if (!request) return;
    const outcome = await this.load(request);
    if (action.type === 'setting' && !outcome.ok && outcome.lane >= 0) this.refuseSetting(action, outcome.issues);
  }

  /** A setting's value the scenario cannot take: said under its field. */
  private refuseSetting({ run, path, value }: { run: Run; path: SettingPath; value: unknown }, issues: readonly ScenarioIssue[]): void {
    const dict = this.dict();
    // Problems of this field by its label; a problem the change caused elsewhere (e.g. more founders than organisations) with its own path.
    const own = problemsAt(dict, issues, path);
    const problems = own.length > 0 ? own : issues.map((issue) => dict.formatIssue(withoutLocation(issue)));
    if (problems.length > 0) this.form.refuse(run, path, value, problems, dict);
  }

  /**
   * Makes the run asked for the run on the page, loaded from month 0. A new source's own
   * scenario (what settings are compared with) is checked first when settings change it;
   * without settings it is run A's, checked as run A loads.
   */
  private async load({ setup, sourceChanged }: RunRequest): Promise<LoadOutcome> {
    const sourceIsA = sourceChanged && Object.keys(setup.overrides).length === 0;
    let base = sourceChanged ? undefined : this.state.base;
    if (!base && !sourceIsA) {
      const checked = await this.runner.check(engineInput(setup.source, {}));
      if (!checked.ok) return this.refuse({ ok: false, lane: 0, issues: checked.issues }, 'source');
      base = checked.scenario;
    }
    // A change of the run stops it while the new one loads; a file or scenario that may be refused leaves it playing.
    if (!sourceIsA) this.runner.pause();
    const outcome = await this.runner.load(runInputs(setup), setup.seed, setup.live, setup.played);
    if (!outcome.ok) return outcome.lane < 0 ? outcome : this.refuse(outcome, sourceIsA && outcome.lane === 0 ? 'source' : 'run');
    this.accept(setup, base ?? outcome.lanes[0]!.scenario);
    return outcome;
  }

  /** A refused load: its problems listed (run B's marked); a run's settings go back to the values shown. */
  private refuse(outcome: LoadOutcome & { ok: false }, refused: 'source' | 'run'): LoadOutcome {
    this.view.issues.show(this.dict(), outcome.issues, outcome.lane === 1 ? 'B' : undefined);
    this.state = { ...this.state, refused: true };
    const [a, b] = this.runner.lanes;
    if (refused === 'run') this.form.setValues(a?.scenario, b?.scenario ?? null);
    this.render('controls');
    return outcome;
  }

  private accept(setup: RunSetup, base: Scenario): void {
    this.state = { ...this.state, setup, base, error: undefined, refused: false };
    this.view.issues.show(this.dict(), []);
    this.view.inputs.seed.value = String(setup.seed);
    this.dashboard.clear();
    this.render('run');
    void this.writeAddress();
  }

  private async openFile(file: File): Promise<void> {
    const opened = await openedFile(file);
    if (opened.ok) return this.dispatch(opened.action);
    this.view.issues.showFileProblem(this.dict(), opened.problem(this.dict()));
  }

  /** A link's run (and language); a link refused, or whose run is, says why, and the default scenario runs. */
  private async openLink(fragment: string): Promise<void> {
    const decoded = await decodeLink(fragment, (id) => bundledScenario(id) !== undefined);
    if (decoded.ok) {
      if (decoded.lang && decoded.lang !== this.state.lang) {
        this.state = { ...this.state, lang: decoded.lang };
        this.render('texts');
      }
      this.view.showLinkError(undefined);
      if ((await this.load({ setup: decoded.setup, sourceChanged: true })).ok) return;
      this.view.showLinkError(this.dict().badLink(this.dict().badLinkReasons.invalid!));
    } else {
      this.view.showLinkError(this.dict().badLink(this.dict().badLinkReasons[decoded.problem]!));
    }
    await this.load({ setup: defaultSetup(), sourceChanged: true });
  }
}
