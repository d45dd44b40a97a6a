/**
 * The page drawn from its state (pageState.ts) and the runner's: render(state, change)
 * writes what `change` touches, from a frame's months to everything after a change of
 * language. It keeps nothing of its own but the charts' labels per language.
 */
import { DICTIONARIES, chartLabels, type ChartLabels, type Dictionary, type Language } from './i18n';
import type { Runner } from './runner';
import type { Dashboard } from './dashboard';
import type { Display } from './display';
import type { View } from './view';
import type { RunTables } from './runTables';
import type { SettingsForm } from './settings';
import { SPEEDS } from './speeds';
import { describeSettings } from './settingText';
import { cannotAct, pairOf, runBName, storyLine } from './runWords';
import { nothingToRun, pageStatus, type PageState } from './pageState';

export interface PageParts {
  view: View;
  tables: RunTables;
  form: SettingsForm;
  dashboard: Dashboard;
  display: Display;
  runner: Runner;
}

/**
 * What changed: `frame`, months arrived (at most once per animation frame); `controls`, the
 * runner's state; `finished`, every run at its horizon; `texts`, the language; `run`, a new
 * run (or an engine failure); `all`, the language and the run.
 */
export type Change = 'frame' | 'controls' | 'finished' | 'texts' | 'run' | 'all';

export class PageRenderer {
  // The same labels object every frame in a language (charts compare their text to decide whether to rebuild).
  private labels = new Map<Language, ChartLabels>();

  constructor(private parts: PageParts) {}

  /** Draws what `change` touches; for a frame, true when charts are left for the next one. */
  render(state: PageState, change: Change): boolean {
    if (change === 'frame') return this.frame(state);
    if (change === 'texts' || change === 'all') this.texts(state);
    if (change === 'run' || change === 'all') this.run(state);
    if (change === 'finished') this.summaries(state);
    if (change === 'finished' || change === 'controls') this.controls(state);
    return false;
  }

  labelsOf(lang: Language): ChartLabels {
    return this.labels.get(lang) ?? this.labels.set(lang, chartLabels(DICTIONARIES[lang], lang)).get(lang)!;
  }

  private controls(state: PageState): void {
    const { view, runner } = this.parts;
    const dict = DICTIONARIES[state.lang];
    const { setup } = state;
    view.controls(dict, runner, setup.compare !== null, setup.live.length);
    view.live.availability(runner, cannotAct(dict, runner.lanes, runner.pending));
    // Live events that found nothing to act on in run A (e.g. "leader leaves" with no leader).
    const idle = runner.lanes[0]?.series.idleLive ?? new Set<string>();
    const nextTick = runner.lanes.length > 0 ? Math.max(...runner.lanes.map((l) => l.series.tick)) + 1 : 1;
    view.live.events(dict, setup.live, runner.pending, nextTick, idle);
    view.state(pageStatus(state, runner));
    view.counters(runner.batches, runner.renders);
    const played = setup.played ?? [];
    const decisions = played.reduce((n, m) => n + m.decisions.length, 0);
    view.classRun(played.length > 0 ? dict.classRun(decisions, this.horizon()) : undefined);
  }

  private horizon(): number {
    return this.parts.runner.lanes[0]?.scenario.ticks ?? 0;
  }

  /** What changes as months arrive: drawn at most once per animation frame; true when charts are left for the next one. */
  private frame(state: PageState): boolean {
    const { view, tables, dashboard, runner } = this.parts;
    const { lang } = state;
    const dict = DICTIONARIES[lang];
    const [a, b] = runner.lanes;
    const text = a
      ? dict.month(a.series.tick, this.horizon()) + (b ? ` · ${dict.monthB(b.series.tick)}` : '')
      : nothingToRun(state, runner)
        ? ''
        : dict.loading;
    view.progress(a?.series.tick ?? 0, this.horizon(), text, b?.series.tick);
    const turn = a?.series.lastStory();
    view.story(a ? storyLine(dict, lang, a) : '', turn ? dict.storyNow[turn.type](turn.tick, turn.members) : '');
    if (!a) return false;
    view.live.availability(runner, cannotAct(dict, runner.lanes, runner.pending));
    tables.rows(lang, a.series);
    tables.events(lang, dict, a.series);
    view.counters(runner.batches, runner.renders);
    const runB = b ? runBName(dict, lang, state.setup.compare) : undefined;
    return dashboard.render({ labels: this.labelsOf(lang), language: lang, a, b, runB }, runner.playing, undefined, SPEEDS[runner.speed].chartGapMs);
  }

  private summaries(state: PageState): void {
    const { view, tables, runner } = this.parts;
    const dict = DICTIONARIES[state.lang];
    const [a, b] = runner.lanes;
    view.runSummaries(state.lang, dict, a?.summary, b?.summary);
    tables.compare(state.lang, dict, a?.summary, b?.summary, runBName(dict, state.lang, state.setup.compare));
  }

  /** Texts that depend on the language only. */
  private texts(state: PageState): void {
    const { view, tables, form, dashboard } = this.parts;
    const dict = DICTIONARIES[state.lang];
    view.texts(state.lang, dict);
    tables.texts(dict);
    form.build(dict, state.lang);
    dashboard.texts(dict, this.labelsOf(state.lang));
  }

  /** What a new run changes outside the charts: scenario panel, settings' values, compare mode, tables; then the run itself. */
  private run(state: PageState): void {
    const { view, tables, form, dashboard, display, runner } = this.parts;
    const { lang, setup } = state;
    const dict: Dictionary = DICTIONARIES[lang];
    const [a, b] = runner.lanes;
    view.scenarioOptions(lang, dict, setup.source.kind === 'bundled' ? setup.source.id : '', setup.source.kind === 'file' ? setup.source.name : undefined);
    view.scenario(lang, a?.scenario ?? state.base);
    const pair = pairOf(state.base);
    view.pair(pair ? dict.comparePair(describeSettings(dict, lang, pair)) : undefined);
    view.showError(state.error === undefined ? undefined : dict.engineError(state.error));
    if (a) form.setValues(a.scenario, b?.scenario ?? null);
    const comparing = setup.compare !== null && b !== undefined;
    dashboard.setCompare(comparing);
    display.setCompare(comparing);
    view.compareMode(setup.compare !== null);
    tables.reset(dict, this.horizon());
    this.summaries(state);
    if (this.frame(state)) runner.requestRender();
    this.controls(state);
  }
}
