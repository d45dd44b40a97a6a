/**
 * The run as tables: the data table of the headline chart (the accessible alternative to
 * it), the numbered list of events matching its markers, and compare mode's summary
 * table. Each grows as months arrive instead of being rebuilt. The data table keeps each
 * exact value in `data-value`, so tests can check that the page shows the engine's numbers.
 */
import { eventMarkers } from '../charts/timeSeries';
import { eventName, formatNumber, type Dictionary, type Language } from './i18n';
import { byId, setText } from './dom';
import type { Series } from './series';
import type { RunSummary } from '../sim';

/** Rows the data table shows at most; longer runs show every k-th month. */
export const TABLE_ROWS = 1200;
/** Months listed at most under the headline chart (the CSV has every event). */
export const EVENT_ROWS = 300;

export class RunTables {
  private eventListEl: HTMLElement;
  private eventNote: HTMLElement;
  private eventsShown = 0;
  private eventsRead = 0;
  private tableBody: HTMLTableSectionElement;
  private tableNote: HTMLElement;
  private compareTableEl: HTMLTableElement;
  /** Months per table row, and rows shown so far. */
  private tableStep = 1;
  private tableShown = 0;

  constructor(private doc: Document) {
    this.eventListEl = byId(doc, 'event-list');
    this.eventNote = byId(doc, 'event-note');
    this.tableBody = byId<HTMLTableElement>(doc, 'data-table').tBodies[0]!;
    this.tableNote = byId(doc, 'table-note');
    this.compareTableEl = byId(doc, 'compare-table');
  }

  /** Column headers in the page's language. */
  texts(dict: Dictionary): void {
    setText(byId(this.doc, 'col-month'), dict.monthColumn);
    setText(byId(this.doc, 'col-effectiveness'), dict.compare.effectiveness);
    setText(byId(this.doc, 'col-efficiency'), dict.chart.efficiency);
  }

  /** The numbered list under the headline chart, matching its markers; added to as months arrive. */
  events(lang: Language, dict: Dictionary, series: Series): void {
    const list = this.eventListEl;
    if (list.dataset.lang !== lang || list.dataset.run !== String(series.runId)) {
      list.dataset.lang = lang;
      list.dataset.run = String(series.runId);
      list.replaceChildren();
      this.eventsShown = 0;
      this.eventsRead = 0;
      this.eventNote.textContent = '';
    }
    if (series.marks.length === this.eventsRead) return;
    // Marks arrive in month order and a month arrives whole: only the new ones are read.
    const months = eventMarkers(series.marks.slice(this.eventsRead));
    this.eventsRead = series.marks.length;
    const items: HTMLLIElement[] = [];
    for (const { tick, events } of months) {
      if (this.eventsShown >= EVENT_ROWS) break;
      const li = this.doc.createElement('li');
      li.dataset.tick = String(tick);
      li.textContent = dict.liveItem(
        tick,
        events
          .map((e) => (e.source === 'story' ? eventName(dict, e) : `${eventName(dict, e)} (${(e.source && dict.eventSources[e.source]) || e.source})`))
          .join(', '),
      );
      if (events.some((e) => e.source === 'story')) li.className = 'story';
      items.push(li);
      this.eventsShown++;
    }
    if (items.length > 0) list.append(...items);
    const more = series.markMonths - this.eventsShown;
    setText(this.eventNote, more > 0 ? dict.moreEvents(more) : '');
  }

  /** Restarts the data table for a run of `horizon` months. */
  reset(dict: Dictionary, horizon: number): void {
    this.tableStep = Math.max(1, Math.ceil(horizon / TABLE_ROWS));
    this.tableShown = 0;
    this.tableBody.replaceChildren();
    this.tableNote.textContent = this.tableStep > 1 ? dict.dataTableEvery(this.tableStep) : '';
    this.tableNote.hidden = this.tableStep === 1;
  }

  /** Adds the rows recorded since the last call (every k-th month on long runs). */
  rows(lang: Language, series: Series): void {
    const tick = series.column('tick');
    const effectiveness = series.column('collective_effectiveness');
    const efficiency = series.column('organisational_efficiency');
    const rows: HTMLTableRowElement[] = [];
    for (let k = this.tableShown * this.tableStep; k < series.length; k += this.tableStep) {
      const row = this.doc.createElement('tr');
      const month = this.doc.createElement('th');
      month.scope = 'row';
      month.textContent = String(tick[k]);
      // Effectiveness shown in points of needs met; data-value keeps the engine's share.
      row.append(
        month,
        this.cell(lang, 'collective_effectiveness', effectiveness[k]!, 3, effectiveness[k]! * 100),
        this.cell(lang, 'organisational_efficiency', efficiency[k]!, 4),
      );
      rows.push(row);
      this.tableShown++;
    }
    if (rows.length > 0) this.tableBody.append(...rows);
  }

  private cell(lang: Language, column: string, value: number, digits: number, shown = value): HTMLTableCellElement {
    const td = this.doc.createElement('td');
    td.dataset.column = column;
    // String(number) round-trips exactly: the shown text is rounded, this is not.
    td.dataset.value = String(value);
    td.textContent = formatNumber(lang, shown, digits);
    return td;
  }

  /** Compare mode: the two runs' summaries side by side (empty until both finish). */
  compare(lang: Language, dict: Dictionary, a: RunSummary | undefined, b: RunSummary | undefined, runB: string = dict.runB): void {
    const table = this.compareTableEl;
    table.replaceChildren();
    if (!a || !b) return;
    const caption = table.createCaption();
    caption.textContent = dict.compareSummary;
    const head = table.createTHead().insertRow();
    for (const text of [dict.summaryColumns.measure, dict.runA, runB, dict.differenceBA]) {
      const th = this.doc.createElement('th');
      th.scope = 'col';
      th.textContent = text;
      head.append(th);
    }
    const body = table.createTBody();
    const c = dict.summaryColumns;
    // Each measure: its value, and how it is written (digits; a yes/no has no difference).
    const rows: [string, (s: RunSummary) => number, number | 'yes/no'][] = [
      [c.lifetime, (s) => s.lifetime, 0],
      [c.survived, (s) => (s.survived ? 1 : 0), 'yes/no'],
      [c.meanMembers, (s) => s.mean_members, 1],
      // In points of needs met, as every view shows collective effectiveness.
      [c.cumulative, (s) => s.cumulative_effectiveness * 100, 1],
      [c.meanEfficiency, (s) => s.mean_efficiency, 4],
      [c.meanEfficiencyMembers, (s) => s.mean_efficiency_members, 4],
    ];
    for (const [label, value, digits] of rows) {
      const row = body.insertRow();
      const th = this.doc.createElement('th');
      th.scope = 'row';
      th.textContent = label;
      row.append(th);
      const [va, vb] = [value(a), value(b)];
      for (const v of [va, vb]) row.insertCell().textContent = digits === 'yes/no' ? (v ? dict.yes : dict.no) : formatNumber(lang, v, digits);
      const difference = row.insertCell();
      difference.dataset.value = String(vb - va);
      difference.textContent =
        digits === 'yes/no' ? (va === vb ? '=' : '≠') : `${vb - va > 0 ? '+' : vb - va < 0 ? '−' : ''}${formatNumber(lang, Math.abs(vb - va), digits)}`;
    }
  }
}
