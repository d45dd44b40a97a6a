/**
 * A forest plot of paired differences (the numbers of differences.csv): one row per
 * setting, its mean difference from the reference setting over the same seeds and the
 * 95% interval, against a vertical line at 0. A filled mark means the interval excludes
 * 0; a hollow one, that it includes it, so the shape says it as well as the position.
 */
import { axisBottom, scaleLinear, symbol, symbolSquare } from 'd3';
import { type Chart, chartOptions, type ChartOptions, drawnOnce, chartRoot, drawLegend, paddedDomain, r2, rounded, tickFormatter, xAxisTitle } from './common';
import { INK, MUTED } from './palette';
import { CHAR_WIDTH, drawRowLabel, layoutRows, wrapLabel } from './rowLabels';

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

export interface ForestLabels {
  title: string;
  caption: string;
  xAxis: string;
  clear: string;
  unclear: string;
  decimal: string;
}

export type ForestOptions = ChartOptions<ForestLabels>;

export const DEFAULT_FOREST_LABELS: ForestLabels = {
  title: 'Paired differences from the first setting',
  caption:
    'Each row compares one setting with the first, replication by replication (same seeds): the mark is the mean difference, the whiskers its 95% confidence interval. ' +
    'Filled: the interval excludes 0 (a clear difference at the 5% level); hollow: it includes 0.',
  xAxis: 'Difference from the first setting',
  clear: 'Interval excludes 0',
  unclear: 'Interval includes 0',
  decimal: '.',
};

const ROW_HEIGHT = 26;
const MARGIN = { top: 76, right: 28, bottom: 52 } as const;

export { wrapLabel };

const excludesZero = (row: ForestRow) => row.low > 0 || row.high < 0;

export function forestChart(data: ForestData, options: ForestOptions, document: Document): Chart<ForestData, ForestOptions> {
  const { width, id, labels } = chartOptions(options, { width: 720, height: 0, id: 'forest', labels: DEFAULT_FOREST_LABELS });
  const rows = data.rows;
  const left = Math.round(Math.min(width / 2, 30 + CHAR_WIDTH * Math.max(8, ...rows.map((r) => r.label.length))));
  const right = width - MARGIN.right;
  const top = MARGIN.top;
  // Each row as tall as its label's lines.
  const rowsLayout = layoutRows(
    rows.map((r) => r.label),
    left - 20,
    top,
    ROW_HEIGHT,
    10,
  );
  const bottom = rowsLayout.bottom;
  const height = bottom + MARGIN.bottom;

  const svg = chartRoot(document, { id, className: 'forest', width, height, title: labels.title, caption: labels.caption, rows: rows.length });
  const square = symbol(symbolSquare, 64).digits(2)()!;
  drawLegend(
    svg,
    id,
    [
      { key: 'clear', kind: 'symbol', symbol: symbolSquare, fill: INK, stroke: INK, text: labels.clear },
      { key: 'unclear', kind: 'symbol', symbol: symbolSquare, fill: '#fff', stroke: INK, text: labels.unclear },
    ],
    12,
    44,
    width - 24,
  );

  const values = rows.flatMap((r) => [r.low, r.high, r.mean]);
  const x = scaleLinear()
    .domain(paddedDomain(values, 0, 1e-9))
    .range([left, right]);
  svg
    .append('g')
    .attr('id', `${id}-x-axis`)
    .attr('class', 'axis axis-x')
    .attr('transform', `translate(0,${bottom})`)
    .call(
      axisBottom(rounded(x))
        .ticks(6)
        .tickFormat((d) => tickFormatter(x, 6, labels.decimal)(Number(d))),
    );
  xAxisTitle(svg, `${id}-x-label`, labels.xAxis, (left + right) / 2, height - 10);

  const plot = svg.append('g').attr('id', `${id}-plot`);
  const zero = r2(x(0));
  plot
    .append('line')
    .attr('id', `${id}-zero`)
    .attr('class', 'reference')
    .attr('x1', zero)
    .attr('x2', zero)
    .attr('y1', top - 6)
    .attr('y2', bottom)
    .attr('stroke', MUTED)
    .attr('stroke-dasharray', '3 3');
  rows.forEach((row, k) => {
    const cy = r2(rowsLayout.centres[k]!);
    const g = plot
      .append('g')
      .attr('id', `${id}-row-${row.key}`)
      .attr('class', `row${excludesZero(row) ? ' clear' : ''}`)
      .attr('data-setting', row.key);
    // The full name as a tooltip, whatever the wrapping did to it.
    g.append('title').text(row.label);
    drawRowLabel(g, rowsLayout.lines[k]!, left - 10, cy);
    if (![row.low, row.high, row.mean].every(Number.isFinite)) return;
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
      .attr('d', square)
      .attr('fill', excludesZero(row) ? INK : '#fff')
      .attr('stroke', INK)
      .attr('stroke-width', 1.5);
  });
  // Drawn once: new data or options build a new chart.
  return drawnOnce(svg.node()!);
}
