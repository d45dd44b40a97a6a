/**
 * A forest plot of paired differences (the numbers of differences.csv): one row per
 * setting, its mean difference from the reference setting over the same seeds and the
 * 95% interval, against a vertical line at 0. A filled mark means the interval excludes
 * 0; a hollow one, that it includes it, so the shape says it as well as the position.
 */
import { scaleLinear, symbol, symbolSquare } from 'd3';
import { type Chart, type ChartOptions, drawnOnce } from './common';
import { paddedDomain } from './domains';
import { INK } from './palette';
import { wrapLabel } from './rowLabels';
import { rowAxis, rowChart, type RowChartDefaults, rowGroup, rowReference } from './rowChart';
import { type G, r2 } from './svg';
import ENGLISH from './labels.en.json';

export interface ForestRow {
  key: string;
  label: string;
  mean: number;
  low: number;
  high: number;
}

export interface ForestData {
  rows: readonly ForestRow[];
}

/** The chart's words, as its English defaults (labels.en.json) name them. */
export type ForestLabels = typeof ENGLISH.forest;
export type ForestOptions = ChartOptions<ForestLabels>;

const FOREST: RowChartDefaults<ForestLabels> = { className: 'forest', id: 'forest', labels: ENGLISH.forest, rowHeight: 26, rowPadding: 10, labelShare: 2 };

export { wrapLabel };

const excludesZero = (row: ForestRow) => row.low > 0 || row.high < 0;
const SQUARE = symbol(symbolSquare, 64).digits(2)()!;

/** A row's interval with its caps, and its mark: filled when the interval excludes 0. */
function drawDifference(g: G, row: ForestRow, x: (value: number) => number, cy: number): void {
  const [x0, x1, xm] = [r2(x(row.low)), r2(x(row.high)), r2(x(row.mean))];
  g.append('line').attr('class', 'interval').attr('x1', x0).attr('x2', x1).attr('y1', cy).attr('y2', cy).attr('stroke', INK).attr('stroke-width', 2);
  for (const end of [x0, x1])
    g.append('line')
      .attr('class', 'cap')
      .attr('x1', end)
      .attr('x2', end)
      .attr('y1', cy - 5)
      .attr('y2', cy + 5)
      .attr('stroke', INK)
      .attr('stroke-width', 1.5);
  g.append('path')
    .attr('class', 'point')
    .attr('transform', `translate(${xm},${cy})`)
    .attr('d', SQUARE)
    .attr('fill', excludesZero(row) ? INK : '#fff')
    .attr('stroke', INK)
    .attr('stroke-width', 1.5);
}

export function forestChart(data: ForestData, options: ForestOptions, document: Document): Chart<ForestData, ForestOptions> {
  const rows = data.rows;
  const chart = rowChart(document, options, FOREST, rows);
  const f = chart.frame;
  const { id, labels, box } = f;
  f.legend(
    [
      { key: 'clear', kind: 'symbol', symbol: symbolSquare, fill: INK, stroke: INK, text: labels.clear },
      { key: 'unclear', kind: 'symbol', symbol: symbolSquare, fill: '#fff', stroke: INK, text: labels.unclear },
    ],
    { x: 12, width: f.width - 24 },
  );

  const values = rows.flatMap((r) => [r.low, r.high, r.mean]);
  const x = scaleLinear()
    .domain(paddedDomain(values, 0, 1e-9))
    .range([box.left, box.right]);
  rowAxis(f, x);

  const plot = f.plot();
  rowReference(plot, r2(x(0)), f, `${id}-zero`);
  rows.forEach((row, k) => {
    const cy = r2(chart.rows.centres[k]!);
    const g = rowGroup(
      plot,
      chart,
      k,
      { key: row.key, label: row.label, className: `row${excludesZero(row) ? ' clear' : ''}`, data: ['data-setting', row.key] },
      cy,
    );
    if ([row.low, row.high, row.mean].every(Number.isFinite)) drawDifference(g, row, x, cy);
  });
  // Drawn once: new data or options build a new chart.
  return drawnOnce(f.svg.node()!);
}
