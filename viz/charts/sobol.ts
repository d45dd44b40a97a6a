/**
 * Sobol indices per factor (the numbers of sobol.csv): for each factor, the first-order
 * index S1 (circle) and the total index ST (square), each with its 95% bootstrap
 * interval, on a common axis of variance shares that always shows 0 and 1. Two shapes as
 * well as two colours, so the chart reads in grey.
 */
import { axisBottom, scaleLinear, symbol, symbolCircle, symbolSquare } from 'd3';
import { type Chart, chartOptions, type ChartOptions, drawnOnce, chartRoot, drawLegend, r2, rounded, tickFormatter, xAxisTitle } from './common';
import { CHAR_WIDTH, drawRowLabel, layoutRows } from './rowLabels';
import type { SobolResult } from '../../sim/sweep/sensitivity';
import { INK, MUTED, METRIC_COLOURS } from './palette';

/** A factor's indices (sobol.csv's row) under its key and its label. */
export type SobolRow = Omit<SobolResult, 'factor' | 'n'> & { key: string; label: string };

export interface SobolLabels {
  title: string;
  caption: string;
  xAxis: string;
  first: string;
  total: string;
  decimal: string;
}

export type SobolOptions = ChartOptions<SobolLabels>;

export const DEFAULT_SOBOL_LABELS: SobolLabels = {
  title: 'Sobol indices per factor',
  caption: 'First-order (circle) and total (square) Sobol indices of each factor with 95% bootstrap intervals.',
  xAxis: 'Share of the outcome’s variance',
  first: 'First-order S1',
  total: 'Total ST',
  decimal: '.',
};

const ROW_HEIGHT = 44;
const MARGIN = { top: 76, right: 28, bottom: 52 } as const;
const COLOURS = { first: METRIC_COLOURS.effectiveness, total: METRIC_COLOURS.efficiency } as const;

export function sobolChart(data: { rows: readonly SobolRow[] }, options: SobolOptions, document: Document): Chart<{ rows: readonly SobolRow[] }, SobolOptions> {
  const { width, id, labels } = chartOptions(options, { width: 720, height: 0, id: 'sobol', labels: DEFAULT_SOBOL_LABELS });
  const rows = data.rows;
  const left = Math.round(Math.min(width / 2.5, 30 + CHAR_WIDTH * Math.max(8, ...rows.map((r) => r.label.length))));
  const right = width - MARGIN.right;
  const top = MARGIN.top;
  const rowsLayout = layoutRows(
    rows.map((r) => r.label),
    left - 20,
    top,
    ROW_HEIGHT,
    14,
  );
  const bottom = rowsLayout.bottom;
  const height = bottom + MARGIN.bottom;

  const svg = chartRoot(document, { id, className: 'sobol', width, height, title: labels.title, caption: labels.caption, rows: rows.length });
  drawLegend(
    svg,
    id,
    [
      { key: 'first', kind: 'symbol', symbol: symbolCircle, fill: COLOURS.first, stroke: COLOURS.first, text: labels.first },
      { key: 'total', kind: 'symbol', symbol: symbolSquare, fill: COLOURS.total, stroke: COLOURS.total, text: labels.total },
    ],
    12,
    44,
    width - 24,
  );

  // Estimates can stray a little outside [0, 1] by sampling error; the axis shows them rather than clip them.
  const values = rows.flatMap((r) => [r.first, r.firstLow, r.firstHigh, r.total, r.totalLow, r.totalHigh]).filter(Number.isFinite);
  const x = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(1, ...values)])
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
  for (const at of [0, 1]) {
    const px = r2(x(at));
    plot
      .append('line')
      .attr('class', 'reference')
      .attr('x1', px)
      .attr('x2', px)
      .attr('y1', top - 6)
      .attr('y2', bottom)
      .attr('stroke', MUTED)
      .attr('stroke-dasharray', '3 3');
  }
  const marks = { first: symbol(symbolCircle, 70).digits(2)()!, total: symbol(symbolSquare, 64).digits(2)()! };
  rows.forEach((row, k) => {
    const centre = rowsLayout.centres[k]!;
    const g = plot.append('g').attr('id', `${id}-row-${row.key}`).attr('class', 'row').attr('data-factor', row.key);
    // The full name as a tooltip, whatever the wrapping did to it.
    g.append('title').text(row.label);
    drawRowLabel(g, rowsLayout.lines[k]!, left - 10, centre);
    const index = (kind: 'first' | 'total', value: number, low: number, high: number, dy: number) => {
      if (!Number.isFinite(value)) return;
      const cy = r2(centre + dy);
      const colour = COLOURS[kind];
      if (Number.isFinite(low) && Number.isFinite(high)) {
        g.append('line')
          .attr('class', `interval ${kind}`)
          .attr('x1', r2(x(low)))
          .attr('x2', r2(x(high)))
          .attr('y1', cy)
          .attr('y2', cy)
          .attr('stroke', colour)
          .attr('stroke-width', 2);
      }
      g.append('path')
        .attr('class', `point ${kind}`)
        .attr('transform', `translate(${r2(x(value))},${cy})`)
        .attr('d', marks[kind])
        .attr('fill', colour)
        .attr('stroke', INK)
        .attr('stroke-width', 1);
    };
    index('first', row.first, row.firstLow, row.firstHigh, -7);
    index('total', row.total, row.totalLow, row.totalHigh, 7);
  });
  // Drawn once: new data or options build a new chart.
  return drawnOnce(svg.node()!);
}
