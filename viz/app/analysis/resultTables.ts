/**
 * The sweep's two tables: the settings (their factor values, median lifetime and one
 * outcome's mean with its 95% interval) and the sensitivity ranking of the factors. The
 * numbers are the collector's, as settings.csv and sensitivity.csv write them.
 */
import { byId, setText } from '../dom';
import { factorName, intervalText, outcomeLabel, statText, valueText } from './labels';
import { MAX_ROWS, type ResultsContext } from './resultsContext';

/** Settings with their factor values, median lifetime and `outcome` (mean and 95% interval). */
export function settingsTable(c: ResultsContext, outcome: string): void {
  const a = c.analysis;
  const d = c.dict.analysis;
  const table = byId<HTMLTableElement>(c.doc, 'results-settings');
  const words = Array.from({ length: a.factorNames.length + 1 }, (_, k) => k);
  const head = row(c.doc, 'th', [d.settingColumn, ...a.factorNames.map((f) => factorName(c.dict, f)), d.medianLifetime, outcomeLabel(c.dict, outcome)], words);
  const caption = c.doc.createElement('caption');
  caption.textContent = d.settingsTable;
  const body = a.settings.slice(0, MAX_ROWS).map((s, k) => {
    const median = a.survival[k]!.median;
    const texts = [
      s.id,
      ...s.values.map((v) => valueText(c.dict, c.lang, v)),
      median === null ? d.beyondHorizon : String(median),
      intervalText(c.lang, a.outcomeMeans[outcome]![k]!),
    ];
    const tr = row(c.doc, 'td', texts, words);
    tr.dataset.setting = s.id;
    return tr;
  });
  table.replaceChildren(caption, section(c.doc, 'thead', [head]), section(c.doc, 'tbody', body));
  // Say what an empty interval means wherever one is shown (fewer than two runs, or runs all equal).
  const shown = a.outcomeMeans[outcome]!.slice(0, MAX_ROWS);
  const note = byId(c.doc, 'results-interval-note');
  note.hidden = shown.every((ci) => Number.isFinite(ci.low) && Number.isFinite(ci.high));
  setText(note, d.noInterval);
}

/** Factors ranked by μ* for each outcome, for a grid or Morris design; otherwise why there is no ranking. */
export function sensitivityTable(c: ResultsContext): void {
  const a = c.analysis;
  const d = c.dict.analysis;
  const table = byId<HTMLTableElement>(c.doc, 'results-sensitivity');
  const none = byId(c.doc, 'sensitivity-none');
  const design = a.design.type;
  const screened = design === 'grid' || design === 'morris';
  const varying = screened && a.factorLevels.some((levels) => levels.length > 1);
  none.hidden = varying;
  setText(none, design === 'sobol' || design === 'latin_hypercube' ? d.sensitivityNoneDesign[design] : d.sensitivityNone);
  setText(byId(c.doc, 'sensitivity-hint'), design === 'morris' ? d.sensitivityHintMorris : d.sensitivityHint);
  table.hidden = !varying;
  const col = d.sensitivityColumns;
  // Morris's μ* has a bootstrap interval over trajectories; a grid's effects are exact for its settings' means.
  const interval = design === 'morris';
  const head = row(c.doc, 'th', [col.outcome, col.rank, col.factor, col.muStar, ...(interval ? [col.muStarInterval] : []), col.mu, col.sigma, col.n], [0, 2]);
  const separator = c.lang === 'fr' ? ';' : ',';
  const stat = (value: number | null | undefined) => statText(c.lang, value);
  const body = a.sensitivity.flatMap(({ metric, effects }) =>
    effects.map((e, k) => {
      const range = `[${stat(e.muStarLow)}${separator} ${stat(e.muStarHigh)}]`;
      const texts = [
        outcomeLabel(c.dict, metric),
        String(k + 1),
        factorName(c.dict, e.factor),
        stat(e.muStar),
        ...(interval ? [range] : []),
        stat(e.mu),
        stat(e.sigma),
        String(e.n),
      ];
      const tr = row(c.doc, 'td', texts, [0, 2]);
      tr.dataset.metric = metric;
      tr.dataset.factor = e.factor;
      return tr;
    }),
  );
  table.replaceChildren(section(c.doc, 'thead', [head]), section(c.doc, 'tbody', body));
}

/** A table row; `textColumns` are left-aligned (words), the others right-aligned (numbers). */
function row(doc: Document, cell: 'th' | 'td', texts: readonly string[], textColumns: readonly number[]): HTMLTableRowElement {
  const tr = doc.createElement('tr');
  texts.forEach((text, k) => {
    const el = doc.createElement(k === 0 ? 'th' : cell);
    if (textColumns.includes(k)) el.className = 'text';
    if (k === 0 && cell === 'td') (el as HTMLTableCellElement).scope = 'row';
    if (cell === 'th') (el as HTMLTableCellElement).scope = 'col';
    el.textContent = text;
    tr.append(el);
  });
  return tr;
}

function section(doc: Document, tag: 'thead' | 'tbody', rows: readonly HTMLTableRowElement[]): HTMLTableSectionElement {
  const el = doc.createElement(tag);
  el.append(...rows);
  return el;
}
