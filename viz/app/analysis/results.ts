/**
 * A finished sweep on the page: a summary, the result files to download, a table of the
 * settings, the three charts (means with 95% bands for any per-tick metric, survival
 * curves, the forest plot of paired differences for any outcome) and the sensitivity
 * ranking. Every number comes from the collector, computed as the CSV files compute it.
 * This file chooses what to draw and when; the charts (resultCharts.ts), the tables
 * (resultTables.ts) and the figures (chartSlots.ts) do the drawing.
 *
 * Parts are drawn one per animation frame, so a large sweep never blocks the page for
 * long; a change of metric, outcome, shown settings or language redraws what it affects.
 */
import { MAX_SETTING_STYLES } from '../../charts/palette';
import type { Dictionary, Language } from '../i18n';
import { byId, setText } from '../dom';
import { elementsById } from '../elementsById';
import { download, slug } from '../exportFiles';
import type { SweepResult } from '../../sim';
import { metricLabel, outcomeLabel } from './labels';
import { ChartSlots, type ResultChart } from './chartSlots';
import { FrameQueue } from './frameQueue';
import { bandsSvg, forestSvg, sobolSvg, survivalSvg } from './resultCharts';
import { settingName, type ResultsContext } from './resultsContext';
import { sensitivityTable, settingsTable } from './resultTables';

/** The results' own controls: which metric, outcome and settings the charts show. */
interface ResultsElements {
  body: HTMLElement;
  empty: HTMLElement;
  metric: HTMLSelectElement;
  outcome: HTMLSelectElement;
  shown: HTMLElement;
}

export class SweepResults {
  private result: SweepResult | undefined;
  private sweep: unknown;
  private dict!: Dictionary;
  private lang: Language = 'en';
  private el: ResultsElements;
  private charts: ChartSlots;
  private queue: FrameQueue;

  constructor(private doc: Document) {
    this.el = elementsById<ResultsElements>(doc, {
      body: 'results-body',
      empty: 'results-empty',
      metric: 'results-metric',
      outcome: 'results-outcome',
      shown: 'results-shown',
    });
    this.charts = new ChartSlots(doc, (key, format) => this.chartFileName(key, format));
    this.queue = new FrameQueue(
      () => this.result !== undefined,
      () => {
        this.el.body.dataset.drawn = String(Number(this.el.body.dataset.drawn ?? 0) + 1);
      },
    );
    this.el.metric.addEventListener('change', () => this.queue.push([() => this.drawBands()]));
    this.el.outcome.addEventListener('change', () => this.queue.push([() => this.drawSettings(), () => this.drawForest(), () => this.drawSobol()]));
    this.el.shown.addEventListener('change', () => this.queue.push([() => this.drawBands(), () => this.drawSurvival()]));
    byId(doc, 'results-files').addEventListener('click', (event) => {
      const name = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-file]')?.dataset.file;
      const text = name ? this.result?.files[name] : undefined;
      // Named after the sweep: two sweeps' files do not overwrite each other in the downloads folder.
      if (name && text !== undefined) download(this.doc, `${this.fileStem()}-${name}`, new Blob([text], { type: 'text/csv' }));
    });
  }

  /** The sweep's files' name: its title, or "interstice-sweep" when it has none. */
  private fileStem(): string {
    const title = this.result?.analysis.title ?? '';
    return title.trim() ? slug(title) : 'interstice-sweep';
  }

  /** A chart's file: the sweep's name, the chart, and the metric or outcome it shows. */
  private chartFileName(key: ResultChart, format: 'svg' | 'png'): string | undefined {
    if (!this.result) return undefined;
    const detail = key === 'bands' ? `-${this.el.metric.value}` : key === 'forest' || key === 'sobol' ? `-${this.el.outcome.value}` : '';
    return `${this.fileStem()}-${key}${detail.replaceAll('_', '-')}.${format}`;
  }

  /** Forgets the shown sweep (a new one is starting, or the last one was cancelled). */
  clear(): void {
    this.result = undefined;
    this.queue.clear();
    this.el.body.hidden = true;
    this.el.empty.hidden = false;
    this.charts.clear();
  }

  show(result: SweepResult, sweep: unknown): void {
    this.result = result;
    this.sweep = sweep;
    const a = result.analysis;
    // A box per setting (the first few ticked); more than the chart's styles are refused by the boxes themselves.
    this.el.shown.replaceChildren(...a.settings.map((s, k) => this.check(s.id, k, k < MAX_SETTING_STYLES)));
    this.el.metric.replaceChildren(...a.metrics.map((m) => this.option(m)));
    this.el.outcome.replaceChildren(...a.outcomes.map((o) => this.option(o)));
    this.el.body.hidden = false;
    this.el.empty.hidden = true;
    this.render();
  }

  /** Texts in a language (and everything drawn again in it). */
  texts(dict: Dictionary, lang: Language): void {
    this.dict = dict;
    this.lang = lang;
    this.charts.labelButtons();
    if (this.result) this.render();
  }

  private render(): void {
    this.queue.push([
      () => this.summary(),
      () => this.drawSettings(),
      () => this.drawBands(),
      () => this.drawSurvival(),
      () => this.drawForest(),
      () => this.drawSobol(),
      () => sensitivityTable(this.context()),
    ]);
  }

  private context(): ResultsContext {
    return { analysis: this.result!.analysis, dict: this.dict, lang: this.lang, doc: this.doc };
  }

  /** The metric and outcome chosen, or the first of each. */
  private metric(): string {
    return this.el.metric.value || this.result!.analysis.metrics[0]!;
  }

  private outcome(): string {
    return this.el.outcome.value || this.result!.analysis.outcomes[0]!;
  }

  private summary(): void {
    const c = this.context();
    const a = c.analysis;
    const d = this.dict.analysis;
    const seeds = (this.sweep as { seeds?: { base?: number } }).seeds?.base ?? 1;
    const last = a.seedPolicy === 'paired' ? seeds + a.replications - 1 : seeds + a.settings.length * a.replications - 1;
    setText(byId(this.doc, 'results-summary'), d.resultsSummary(a.title, a.settings.length, a.replications, a.seedPolicy === 'paired', seeds, last));
    for (const box of this.el.shown.querySelectorAll<HTMLInputElement>('input'))
      box.nextElementSibling!.textContent = settingName(c, Number(box.dataset.index));
    for (const option of this.el.metric.options) option.textContent = metricLabel(this.dict, option.value);
    for (const option of this.el.outcome.options) option.textContent = outcomeLabel(this.dict, option.value);
    setText(byId(this.doc, 'results-shown-hint'), d.shownHint(MAX_SETTING_STYLES));
    const files = Object.keys(this.result!.files).map((name) => {
      const button = this.doc.createElement('button');
      button.type = 'button';
      button.dataset.file = name;
      button.textContent = d.downloadFile(name);
      return button;
    });
    byId(this.doc, 'results-files').replaceChildren(...files);
  }

  private option(value: string): HTMLOptionElement {
    const option = this.doc.createElement('option');
    option.value = value;
    option.textContent = value;
    option.selected = false;
    return option;
  }

  /** A setting's box in "Settings shown"; ticking one more than the charts can tell apart is refused. */
  private check(id: string, index: number, checked: boolean): HTMLLabelElement {
    const label = this.doc.createElement('label');
    label.className = 'check';
    const box = this.doc.createElement('input');
    box.type = 'checkbox';
    box.value = id;
    box.dataset.index = String(index);
    box.checked = checked;
    box.addEventListener('change', () => {
      if (box.checked && this.el.shown.querySelectorAll('input:checked').length > MAX_SETTING_STYLES) box.checked = false;
    });
    const text = this.doc.createElement('span');
    text.textContent = id;
    label.append(box, text);
    return label;
  }

  /** Settings ticked (the first when none is), at most one per colour. */
  private shownSettings(): number[] {
    const picked = [...this.el.shown.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => Number(box.dataset.index));
    return (picked.length > 0 ? picked : [0]).slice(0, MAX_SETTING_STYLES);
  }

  private place(key: ResultChart, svg: SVGSVGElement): void {
    this.charts.place(key, svg, this.dict.analysis.downloadChart);
  }

  private drawSettings(): void {
    settingsTable(this.context(), this.outcome());
  }

  private drawBands(): void {
    this.place('bands', bandsSvg(this.context(), this.metric(), this.shownSettings()));
  }

  private drawSurvival(): void {
    this.place('survival', survivalSvg(this.context(), this.shownSettings()));
  }

  /** Paired differences on the chosen outcome; without any (independent seeds, one setting), a note instead. */
  private drawForest(): void {
    const outcome = this.outcome();
    const differences = this.result!.analysis.differences.filter((x) => x.metric === outcome);
    const none = byId(this.doc, 'forest-none');
    none.hidden = differences.length > 0;
    setText(none, this.dict.analysis.noDifferences);
    this.charts.disableDownloads('forest', differences.length === 0);
    if (differences.length === 0) this.charts.empty('forest');
    else this.place('forest', forestSvg(this.context(), outcome, differences));
  }

  /** Sobol indices of the chosen outcome (sobol.csv), shown for a Sobol design only. */
  private drawSobol(): void {
    const design = this.result!.analysis.design;
    this.charts.figure('sobol').hidden = design.type !== 'sobol';
    if (design.type === 'sobol') this.place('sobol', sobolSvg(this.context(), this.outcome(), design.samples));
  }
}
