/**
 * Everything the page writes to the DOM. It holds no run state of its own: the app calls
 * it with what to show. Numbers are shown rounded; the data table also keeps each exact
 * value in `data-value`, so tests can check that the page shows the engine's numbers.
 */
import { timeSeriesChart } from '../charts/timeSeries';
import { chartLabels, formatNumber, type Dictionary, type Language } from './i18n';
import type { Series } from './series';
import type { RunSummary } from '../../sim/metrics/summary';
import { formatIssue, type ScenarioIssue } from '../../sim/scenario/issues';

export type PageState = 'loading' | 'ready' | 'playing' | 'paused' | 'done' | 'invalid' | 'error';

function byId<T extends HTMLElement>(doc: Document, id: string): T {
  const el = doc.getElementById(id);
  if (!el) throw new Error(`the page has no #${id}`);
  return el as T;
}

export class View {
  readonly seed: HTMLInputElement;
  readonly language: HTMLSelectElement;
  readonly play: HTMLButtonElement;
  readonly step: HTMLButtonElement;
  readonly reset: HTMLButtonElement;
  readonly form: HTMLFormElement;
  private app: HTMLElement;
  private status: HTMLElement;
  private chart: HTMLElement;
  private caption: HTMLElement;
  private summary: HTMLElement;
  private issues: HTMLElement;
  private issueList: HTMLElement;
  private error: HTMLElement;
  private scenarioTitle: HTMLElement;
  private tableBody: HTMLTableSectionElement;

  constructor(private doc: Document) {
    this.seed = byId(doc, 'seed');
    this.language = byId(doc, 'language');
    this.play = byId(doc, 'play');
    this.step = byId(doc, 'step');
    this.reset = byId(doc, 'reset');
    this.form = byId(doc, 'controls');
    this.app = byId(doc, 'app');
    this.status = byId(doc, 'status');
    this.chart = byId(doc, 'chart');
    this.caption = byId(doc, 'chart-caption');
    this.summary = byId(doc, 'summary');
    this.issues = byId(doc, 'issues');
    this.issueList = byId(doc, 'issue-list');
    this.error = byId(doc, 'error');
    this.scenarioTitle = byId(doc, 'scenario-title');
    this.tableBody = byId<HTMLTableElement>(doc, 'data-table').tBodies[0]!;
  }

  /** Static texts: every element marked `data-i18n="key"` gets that dictionary string. */
  texts(lang: Language, dict: Dictionary): void {
    this.doc.documentElement.lang = lang;
    this.doc.title = dict.documentTitle;
    for (const el of this.doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
      const text = dict[el.dataset.i18n as keyof Dictionary];
      if (typeof text === 'string') el.textContent = text;
    }
    this.language.value = lang;
    this.caption.textContent = dict.chart.caption;
    byId(this.doc, 'col-month').textContent = dict.chart.xAxis;
    byId(this.doc, 'col-effectiveness').textContent = dict.chart.effectiveness;
    byId(this.doc, 'col-efficiency').textContent = dict.chart.efficiency;
  }

  controls(dict: Dictionary, state: { playing: boolean; done: boolean; loaded: boolean; busy: boolean }): void {
    this.play.textContent = state.playing ? dict.pause : dict.play;
    this.play.setAttribute('aria-pressed', String(state.playing));
    this.play.disabled = !state.loaded || state.done;
    this.step.disabled = !state.loaded || state.done || state.playing || state.busy;
    this.reset.disabled = false;
  }

  state(state: PageState): void {
    this.app.dataset.state = state;
  }

  /** The month reached, as text and as `data-tick` (for tests and styles). */
  progress(tick: number, horizon: number, text: string): void {
    this.app.dataset.tick = String(tick);
    this.status.dataset.tick = String(tick);
    this.status.dataset.horizon = String(horizon);
    this.status.textContent = text;
  }

  scenario(title: string): void {
    this.scenarioTitle.textContent = title;
    this.scenarioTitle.parentElement!.hidden = title === '';
  }

  drawChart(dict: Dictionary, series: Series, horizon: number): void {
    const svg = timeSeriesChart(
      {
        tick: series.column('tick'),
        effectiveness: series.column('collective_effectiveness'),
        efficiency: series.column('organisational_efficiency'),
        events: series.events,
      },
      { horizon, labels: chartLabels(dict) },
      this.doc,
    );
    this.chart.replaceChildren(svg);
  }

  /** Adds the rows from `from` on (all of them after a language change or a reset). */
  tableRows(lang: Language, series: Series, from: number): void {
    if (from === 0) this.tableBody.replaceChildren();
    const tick = series.column('tick');
    const effectiveness = series.column('collective_effectiveness');
    const efficiency = series.column('organisational_efficiency');
    const rows: HTMLTableRowElement[] = [];
    for (let k = from; k < series.length; k++) {
      const row = this.doc.createElement('tr');
      const month = this.doc.createElement('th');
      month.scope = 'row';
      month.textContent = String(tick[k]);
      row.append(month, this.cell(lang, 'collective_effectiveness', effectiveness[k]!, 5), this.cell(lang, 'organisational_efficiency', efficiency[k]!, 4));
      rows.push(row);
    }
    this.tableBody.append(...rows);
  }

  private cell(lang: Language, column: string, value: number, digits: number): HTMLTableCellElement {
    const td = this.doc.createElement('td');
    td.dataset.column = column;
    // String(number) round-trips exactly: the shown text is rounded, this is not.
    td.dataset.value = String(value);
    td.textContent = formatNumber(lang, value, digits);
    return td;
  }

  runSummary(lang: Language, dict: Dictionary, summary: RunSummary | undefined): void {
    this.summary.textContent = summary ? dict.summary(summary.lifetime, summary.survived, formatNumber(lang, summary.mean_members, 1)) : '';
  }

  showIssues(issues: readonly ScenarioIssue[]): void {
    this.issues.hidden = issues.length === 0;
    this.issueList.replaceChildren(
      ...issues.map((issue) => {
        const li = this.doc.createElement('li');
        li.textContent = formatIssue(issue);
        return li;
      }),
    );
  }

  showError(message: string | undefined): void {
    this.error.hidden = message === undefined;
    this.error.textContent = message ?? '';
  }
}
