/**
 * Sobol indices per factor (the numbers of sobol.csv): for each factor, the first-order
 * index S1 (circle) and the total index ST (square), each with its 95% bootstrap
 * interval, on a common axis of variance shares that always shows 0 and 1. Two shapes as
 * well as two colours, so the chart reads in grey.
 */
import { type ScaleLinear, scaleLinear, symbol, symbolCircle, symbolSquare } from 'd3';
import type { SobolResult } from '../../sim/sweep/sensitivity';
import { type Chart, type ChartOptions, drawnOnce } from './common';
import { INK, METRIC_COLOURS } from './palette';
import { rowAxis, rowChart, type RowChartDefaults, rowGroup, rowReference } from './rowChart';
import { type G, r2 } from './svg';
import ENGLISH from './labels.en.json';

/** A factor's indices (sobol.csv's row) under its key and its label. */
export type SobolRow = Omit<SobolResult, 'factor' | 'n'> & { key: string; label: string };

/** The chart's words, as its English defaults (labels.en.json) name them. */
export type SobolLabels = typeof ENGLISH.sobol;
export type SobolOptions = ChartOptions<SobolLabels>;

const SOBOL: RowChartDefaults<SobolLabels> = { className: 'sobol', id: 'sobol', labels: ENGLISH.sobol, rowHeight: 44, rowPadding: 14, labelShare: 2.5 };
const COLOURS = { first: METRIC_COLOURS.effectiveness, total: METRIC_COLOURS.efficiency } as const;
const MARKS = { first: symbol(symbolCircle, 70).digits(2)()!, total: symbol(symbolSquare, 64).digits(2)()! };

/** One index of a factor (value, low, high): its interval when known, and its mark, at height `cy`. */
function drawIndex(g: G, x: ScaleLinear<number, number>, kind: 'first' | 'total', [value, low, high]: readonly [number, number, number], cy: number): void {
  if (!Number.isFinite(value)) return;
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
    .attr('d', MARKS[kind])
    .attr('fill', colour)
    .attr('stroke', INK)
    .attr('stroke-width', 1);
}

export function sobolChart(data: { rows: readonly SobolRow[] }, options: SobolOptions, document: Document): Chart<{ rows: readonly SobolRow[] }, SobolOptions> {
  const rows = data.rows;
  const chart = rowChart(document, options, SOBOL, rows);
  const f = chart.frame;
  const { labels, box } = f;
  f.legend(
    [
      { key: 'first', kind: 'symbol', symbol: symbolCircle, fill: COLOURS.first, stroke: COLOURS.first, text: labels.first },
      { key: 'total', kind: 'symbol', symbol: symbolSquare, fill: COLOURS.total, stroke: COLOURS.total, text: labels.total },
    ],
    { x: 12, width: f.width - 24 },
  );

  // Estimates can stray a little outside [0, 1] by sampling error; the axis shows them rather than clip them.
  const values = rows.flatMap((r) => [r.first, r.firstLow, r.firstHigh, r.total, r.totalLow, r.totalHigh]).filter(Number.isFinite);
  const x = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(1, ...values)])
    .range([box.left, box.right]);
  rowAxis(f, x);

  const plot = f.plot();
  for (const at of [0, 1]) rowReference(plot, r2(x(at)), f);
  rows.forEach((row, k) => {
    const centre = chart.rows.centres[k]!;
    const g = rowGroup(plot, chart, k, { key: row.key, label: row.label, className: 'row', data: ['data-factor', row.key] }, centre);
    drawIndex(g, x, 'first', [row.first, row.firstLow, row.firstHigh], r2(centre - 7));
    drawIndex(g, x, 'total', [row.total, row.totalLow, row.totalHigh], r2(centre + 7));
  });
  // Drawn once: new data or options build a new chart.
  return drawnOnce(f.svg.node()!);
}
