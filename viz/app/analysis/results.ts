/**
 * A finished sweep on the page: a summary, the result files to download, a table of the
 * settings, the three charts (means with 95% bands for any per-tick metric, survival
 * curves, the forest plot of paired differences for any outcome) and the sensitivity
 * ranking. Every number comes from the collector, computed as the CSV files compute it.
 *
 * Parts are drawn one per animation frame, so a large sweep never blocks the page for
 * long; a change of metric, outcome, shown settings or language redraws what it affects.
 */
import { bandsChart } from '../../charts/bands';
import { survivalChart } from '../../charts/survival';
import { forestChart } from '../../charts/forest';
import { sobolChart } from '../../charts/sobol';
import { MAX_SETTING_STYLES } from '../../charts/palette';
import type { Dictionary, Language } from '../i18n';
import { byId, setText } from '../dom';
import { download, slug, svgText, svgToPng } from '../exportFiles';
import type { SweepResult } from '../../sim';
import { factorName, intervalText, metricLabel, outcomeLabel, settingLabel, statText, valueText } from './labels';

type ChartKey = 'bands' | 'survival' | 'forest' | 'sobol';
const CHARTS: readonly ChartKey[] = ['bands', 'survival', 'forest', 'sobol'];
/** Rows drawn at most in the settings table and the forest plot (the files have them all). */
export const MAX_ROWS = 60;

interface Slot {
  figure: HTMLElement;
  holder: HTMLElement;
  caption: HTMLElement;
  svg: SVGSVGElement | undefined;
}

export class SweepResults {
  private result: SweepResult | undefined;
  private sweep: unknown;
  private dict!: Dictionary;
  private lang: Language = 'en';
  private slots = new Map<ChartKey, Slot>();
  private body: HTMLElement;
  private empty: HTMLElement;
  private metric: HTMLSelectElement;
  private outcome: HTMLSelectElement;
  private shown: HTMLElement;
  private queue: (() => void)[] = [];
  private frame = 0;

  constructor(private doc: Document) {
    this.body = byId(doc, 'results-body');
    this.empty = byId(doc, 'results-empty');
    this.metric = byId(doc, 'results-metric');
    this.outcome = byId(doc, 'results-outcome');
    this.shown = byId(doc, 'results-shown');
    for (const key of CHARTS) {
      const figure = doc.querySelector<HTMLElement>(`#analysis figure[data-chart="${key}"]`);
      if (!figure) throw new Error(`the page has no figure for the ${key} chart`);
      const slot: Slot = { figure, holder: figure.querySelector('.chart-holder')!, caption: figure.querySelector('figcaption')!, svg: undefined };
      for (const button of figure.querySelectorAll<HTMLButtonElement>('button[data-download]')) {
        button.addEventListener('click', () => void this.exportChart(key, button.dataset.download as 'svg' | 'png'));
      }
      this.slots.set(key, slot);
    }
    this.metric.addEventListener('change', () => this.schedule([() => this.drawBands()]));
    this.outcome.addEventListener('change', () => this.schedule([() => this.settingsTable(), () => this.drawForest(), () => this.drawSobol()]));
    this.shown.addEventListener('change', () => this.schedule([() => this.drawBands(), () => this.drawSurvival()]));
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

  /** Forgets the shown sweep (a new one is starting, or the last one was cancelled). */
  clear(): void {
    this.result = undefined;
    this.queue = [];
    this.body.hidden = true;
    this.empty.hidden = false;
    for (const slot of this.slots.values()) {
      slot.svg = undefined;
      slot.holder.replaceChildren();
    }
  }

  show(result: SweepResult, sweep: unknown): void {
    this.result = result;
    this.sweep = sweep;
    const a = result.analysis;
    // A box per setting (the first few ticked); more than the chart's styles are refused by the boxes themselves.
    this.shown.replaceChildren(...a.settings.map((s, k) => this.check(s.id, k, k < MAX_SETTING_STYLES)));
    this.metric.replaceChildren(...a.metrics.map((m) => this.option(m, m, false)));
    this.outcome.replaceChildren(...a.outcomes.map((o) => this.option(o, o, false)));
    this.body.hidden = false;
    this.empty.hidden = true;
    this.render();
  }

  /** Texts in a language (and everything drawn again in it). */
  texts(dict: Dictionary, lang: Language): void {
    this.dict = dict;
    this.lang = lang;
    for (const key of CHARTS) {
      for (const button of this.slots.get(key)!.figure.querySelectorAll<HTMLButtonElement>('button[data-download]'))
        button.textContent = button.dataset.download!.toUpperCase();
    }
    if (this.result) this.render();
  }

  private option(value: string, text: string, selected: boolean): HTMLOptionElement {
    const option = this.doc.createElement('option');
    option.value = value;
    option.textContent = text;
    option.selected = selected;
    return option;
  }

  private render(): void {
    this.schedule([
      () => this.summary(),
      () => this.settingsTable(),
      () => this.drawBands(),
      () => this.drawSurvival(),
      () => this.drawForest(),
      () => this.drawSobol(),
      () => this.sensitivityTable(),
    ]);
  }

  /** One part per animation frame. */
  private schedule(parts: (() => void)[]): void {
    this.queue.push(...parts);
    if (this.frame) return;
    const step = () => {
      this.frame = 0;
      const part = this.queue.shift();
      if (!part || !this.result) return;
      part();
      if (this.queue.length > 0) this.frame = requestAnimationFrame(step);
      else this.body.dataset.drawn = String(Number(this.body.dataset.drawn ?? 0) + 1);
    };
    this.frame = requestAnimationFrame(step);
  }

  private label(index: number): string {
    const a = this.result!.analysis;
    return settingLabel(this.dict, this.lang, a.factorNames, a.settings[index]!);
  }

  private summary(): void {
    const a = this.result!.analysis;
    const d = this.dict.analysis;
    const seeds = (this.sweep as { seeds?: { base?: number } }).seeds?.base ?? 1;
    const last = a.seedPolicy === 'paired' ? seeds + a.replications - 1 : seeds + a.settings.length * a.replications - 1;
    setText(byId(this.doc, 'results-summary'), d.resultsSummary(a.title, a.settings.length, a.replications, a.seedPolicy === 'paired', seeds, last));
    for (const box of this.shown.querySelectorAll<HTMLInputElement>('input')) box.nextElementSibling!.textContent = this.label(Number(box.dataset.index));
    for (const option of this.metric.options) option.textContent = metricLabel(this.dict, option.value);
    for (const option of this.outcome.options) option.textContent = outcomeLabel(this.dict, option.value);
    setText(byId(this.doc, 'results-shown-hint'), d.shownHint(MAX_SETTING_STYLES));
    const files = byId(this.doc, 'results-files');
    files.replaceChildren(
      ...Object.keys(this.result!.files).map((name) => {
        const button = this.doc.createElement('button');
        button.type = 'button';
        button.dataset.file = name;
        button.textContent = d.downloadFile(name);
        return button;
      }),
    );
  }

  /** Settings with their factor values, median lifetime and the chosen outcome (mean and 95% interval). */
  private settingsTable(): void {
    const a = this.result!.analysis;
    const table = byId<HTMLTableElement>(this.doc, 'results-settings');
    const outcome = this.outcome.value || a.outcomes[0]!;
    const words = Array.from({ length: a.factorNames.length + 1 }, (_, k) => k);
    const head = this.row(
      'th',
      [
        this.dict.analysis.settingColumn,
        ...a.factorNames.map((f) => factorName(this.dict, f)),
        this.dict.analysis.medianLifetime,
        outcomeLabel(this.dict, outcome),
      ],
      words,
    );
    const caption = this.doc.createElement('caption');
    caption.textContent = this.dict.analysis.settingsTable;
    const body = a.settings.slice(0, MAX_ROWS).map((s, k) => {
      const median = a.survival[k]!.median;
      const tr = this.row(
        'td',
        [
          s.id,
          ...s.values.map((v) => valueText(this.dict, this.lang, v)),
          median === null ? this.dict.analysis.beyondHorizon : String(median),
          intervalText(this.lang, a.outcomeMeans[outcome]![k]!),
        ],
        words,
      );
      tr.dataset.setting = s.id;
      return tr;
    });
    const thead = this.doc.createElement('thead');
    thead.append(head);
    const tbody = this.doc.createElement('tbody');
    tbody.append(...body);
    table.replaceChildren(caption, thead, tbody);
    // Say what an empty interval means wherever one is shown (fewer than two runs, or runs all equal).
    const shown = a.outcomeMeans[outcome]!.slice(0, MAX_ROWS);
    const note = byId(this.doc, 'results-interval-note');
    note.hidden = shown.every((ci) => Number.isFinite(ci.low) && Number.isFinite(ci.high));
    setText(note, this.dict.analysis.noInterval);
  }

  /** A table row; `textColumns` are left-aligned (words), the others right-aligned (numbers). */
  private row(cell: 'th' | 'td', texts: string[], textColumns: readonly number[] = [0]): HTMLTableRowElement {
    const tr = this.doc.createElement('tr');
    texts.forEach((text, k) => {
      const el = this.doc.createElement(k === 0 ? 'th' : cell);
      if (textColumns.includes(k)) el.className = 'text';
      if (k === 0 && cell === 'td') (el as HTMLTableCellElement).scope = 'row';
      if (cell === 'th') (el as HTMLTableCellElement).scope = 'col';
      el.textContent = text;
      tr.append(el);
    });
    return tr;
  }

  /** Settings ticked (the first when none is), at most one per colour. */
  private shownSettings(): number[] {
    const picked = [...this.shown.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => Number(box.dataset.index));
    return (picked.length > 0 ? picked : [0]).slice(0, MAX_SETTING_STYLES);
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
      if (box.checked && this.shown.querySelectorAll('input:checked').length > MAX_SETTING_STYLES) box.checked = false;
    });
    const text = this.doc.createElement('span');
    text.textContent = id;
    label.append(box, text);
    return label;
  }

  private drawBands(): void {
    const a = this.result!.analysis;
    const d = this.dict.analysis;
    const metric = this.metric.value || a.metrics[0]!;
    const bands = a.bands[metric]!;
    // Collective effectiveness in points of needs met, as the simulator shows it (the files keep the engine's shares).
    const scale = metric === 'collective_effectiveness' ? 100 : 1;
    const shown = (values: ArrayLike<number>) => (scale === 1 ? values : Float64Array.from(values, (v) => v * scale));
    const series = this.shownSettings().map((k) => {
      const band = bands[k]!;
      return { key: a.settings[k]!.id, label: this.label(k), style: k, ...band, mean: shown(band.mean), low: shown(band.low), high: shown(band.high) };
    });
    const title = d.bands.title(metricLabel(this.dict, metric));
    this.place(
      'bands',
      bandsChart(
        { series },
        {
          idPrefix: 'sweep-bands',
          labels: {
            title,
            caption: d.bands.caption(a.replications),
            xAxis: d.bands.xAxis,
            yAxis: metricLabel(this.dict, metric),
            band: d.bands.band,
            decimal: this.decimal(),
          },
        },
        this.doc,
      ),
    );
  }

  private drawSurvival(): void {
    const a = this.result!.analysis;
    const d = this.dict.analysis.survival;
    // Each entry carries the setting's restricted mean lifetime (settings.csv's lifetime_mean and interval): the area under its curve.
    const rmst = (k: number) => this.dict.analysis.rmst(intervalText(this.lang, a.outcomeMeans.lifetime![k]!));
    const series = this.shownSettings().map((k) => ({
      key: a.settings[k]!.id,
      label: `${this.label(k)} · ${rmst(k)}`,
      style: k,
      steps: a.survival[k]!.steps,
      horizon: a.settings[k]!.ticks,
    }));
    this.place(
      'survival',
      survivalChart(
        { series },
        {
          idPrefix: 'sweep-survival',
          labels: { title: d.title, caption: d.caption + d.rmstNote, xAxis: d.xAxis, yAxis: d.yAxis, median: d.median, decimal: this.decimal() },
        },
        this.doc,
      ),
    );
  }

  private drawForest(): void {
    const a = this.result!.analysis;
    const d = this.dict.analysis;
    const slot = this.slots.get('forest')!;
    const outcome = this.outcome.value || a.outcomes[0]!;
    const differences = a.differences.filter((x) => x.metric === outcome);
    const none = byId(this.doc, 'forest-none');
    none.hidden = differences.length > 0;
    setText(none, d.noDifferences);
    for (const button of slot.figure.querySelectorAll<HTMLButtonElement>('button[data-download]')) button.disabled = differences.length === 0;
    if (differences.length === 0) {
      slot.svg = undefined;
      slot.holder.replaceChildren();
      slot.caption.textContent = '';
      return;
    }
    const reference = a.settings[0]!.id;
    const rows = differences
      .slice(0, MAX_ROWS)
      .map((x) => ({ key: a.settings[x.setting]!.id, label: this.label(x.setting), mean: x.difference.mean, low: x.difference.low, high: x.difference.high }));
    const caption = d.forest.caption(this.label(0)) + (differences.length > MAX_ROWS ? d.moreRows(MAX_ROWS, differences.length) : '');
    this.place(
      'forest',
      forestChart(
        { rows },
        {
          // Wider than the other charts: the settings' names sit left of the plot.
          width: 900,
          idPrefix: 'sweep-forest',
          labels: {
            title: d.forest.title(outcomeLabel(this.dict, outcome)),
            caption,
            xAxis: d.forest.xAxis(reference, outcomeLabel(this.dict, outcome)),
            clear: d.forest.clear,
            unclear: d.forest.unclear,
            decimal: this.decimal(),
          },
        },
        this.doc,
      ),
    );
  }

  /** Sobol indices of the chosen outcome (sobol.csv), shown for a Sobol design only. */
  private drawSobol(): void {
    const a = this.result!.analysis;
    const d = this.dict.analysis;
    const slot = this.slots.get('sobol')!;
    const design = a.design;
    slot.figure.hidden = design.type !== 'sobol';
    if (design.type !== 'sobol') return;
    const outcome = this.outcome.value || a.outcomes[0]!;
    const indices = a.sobol.find((s) => s.metric === outcome)?.indices ?? [];
    const rows = indices.map((index) => ({ ...index, key: index.factor, label: factorName(this.dict, index.factor) }));
    this.place(
      'sobol',
      sobolChart(
        { rows },
        {
          idPrefix: 'sweep-sobol',
          labels: {
            title: d.sobol.title(outcomeLabel(this.dict, outcome)),
            caption: d.sobol.caption(design.samples),
            xAxis: d.sobol.xAxis,
            first: d.sobol.first,
            total: d.sobol.total,
            decimal: this.decimal(),
          },
        },
        this.doc,
      ),
    );
  }

  private sensitivityTable(): void {
    const a = this.result!.analysis;
    const d = this.dict.analysis;
    const table = byId<HTMLTableElement>(this.doc, 'results-sensitivity');
    const none = byId(this.doc, 'sensitivity-none');
    const design = a.design.type;
    const screened = design === 'grid' || design === 'morris';
    const varying = screened && a.factorLevels.some((levels) => levels.length > 1);
    none.hidden = varying;
    setText(none, design === 'sobol' || design === 'latin_hypercube' ? d.sensitivityNoneDesign[design] : d.sensitivityNone);
    setText(byId(this.doc, 'sensitivity-hint'), design === 'morris' ? d.sensitivityHintMorris : d.sensitivityHint);
    table.hidden = !varying;
    const c = d.sensitivityColumns;
    // Morris's μ* has a bootstrap interval over trajectories; a grid's effects are exact for its settings' means.
    const interval = design === 'morris';
    const thead = this.doc.createElement('thead');
    thead.append(this.row('th', [c.outcome, c.rank, c.factor, c.muStar, ...(interval ? [c.muStarInterval] : []), c.mu, c.sigma, c.n], [0, 2]));
    const tbody = this.doc.createElement('tbody');
    const separator = this.lang === 'fr' ? ';' : ',';
    for (const { metric, effects } of a.sensitivity) {
      effects.forEach((e, k) => {
        const range = `[${statText(this.lang, e.muStarLow)}${separator} ${statText(this.lang, e.muStarHigh)}]`;
        const tr = this.row(
          'td',
          [
            outcomeLabel(this.dict, metric),
            String(k + 1),
            factorName(this.dict, e.factor),
            statText(this.lang, e.muStar),
            ...(interval ? [range] : []),
            statText(this.lang, e.mu),
            statText(this.lang, e.sigma),
            String(e.n),
          ],
          [0, 2],
        );
        tr.dataset.metric = metric;
        tr.dataset.factor = e.factor;
        tbody.append(tr);
      });
    }
    table.replaceChildren(thead, tbody);
  }

  private decimal(): string {
    return this.lang === 'fr' ? ',' : '.';
  }

  private place(key: ChartKey, chart: { node: SVGSVGElement }): void {
    const svg = chart.node;
    const slot = this.slots.get(key)!;
    slot.svg = svg;
    slot.holder.replaceChildren(svg);
    slot.caption.textContent = svg.querySelector('desc')?.textContent ?? '';
    const title = svg.querySelector('title')?.textContent ?? key;
    for (const button of slot.figure.querySelectorAll<HTMLButtonElement>('button[data-download]')) {
      button.disabled = false;
      button.setAttribute('aria-label', this.dict.analysis.downloadChart(title, button.dataset.download!.toUpperCase()));
    }
  }

  private async exportChart(key: ChartKey, format: 'svg' | 'png'): Promise<void> {
    const svg = this.slots.get(key)?.svg;
    if (!svg || !this.result) return;
    const detail = key === 'bands' ? `-${this.metric.value}` : key === 'forest' || key === 'sobol' ? `-${this.outcome.value}` : '';
    const name = `${this.fileStem()}-${key}${detail.replaceAll('_', '-')}.${format}`;
    if (format === 'svg') download(this.doc, name, new Blob([svgText(svg)], { type: 'image/svg+xml' }));
    else download(this.doc, name, await svgToPng(this.doc, svg));
  }
}
