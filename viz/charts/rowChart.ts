/**
 * The frame of a chart of named rows (the forest of paired differences, the Sobol
 * indices): a column of row labels as wide as the longest label needs, rows as tall as
 * their wrapped labels and the chart as tall as its rows; a value axis along the bottom,
 * reference lines across the rows, and a group per row with its label.
 */
import type { ScaleLinear } from 'd3';
import { drawValueAxis } from './axes';
import type { ChartOptions } from './common';
import { type AxisWords, type ChartWords, chartSize, type Frame, type FrameDefaults, frame } from './frame';
import { MUTED } from './palette';
import { CHAR_WIDTH, drawRowLabel, layoutRows, type RowLayout } from './rowLabels';
import type { G } from './svg';

/** Above the rows the title and legend, below them the axis and its title; the left margin is the label column. */
const MARGIN = { top: 76, right: 28, bottom: 52 } as const;

/** A row chart's defaults: its frame's, less the height and margins its rows decide. */
export interface RowChartDefaults<L> extends Omit<FrameDefaults<L>, 'height' | 'margin'> {
  /** Height of a row whose label fits one line. */
  rowHeight: number;
  /** Room above and below a row's label lines. */
  rowPadding: number;
  /** The label column takes at most the chart's width divided by this. */
  labelShare: number;
}

export interface RowChart<L> {
  frame: Frame<L>;
  rows: RowLayout;
}

/** The frame of a chart of `rows` (named by their labels), its height following them. */
export function rowChart<L extends ChartWords>(
  document: Document,
  options: ChartOptions<L>,
  defaults: RowChartDefaults<L>,
  rows: readonly { label: string }[],
): RowChart<L> {
  const rowLabels = rows.map((row) => row.label);
  const size = chartSize(options, { ...defaults, height: 0, margin: { ...MARGIN, left: 0 } });
  const width = size.width;
  const left = Math.round(Math.min(width / defaults.labelShare, 30 + CHAR_WIDTH * Math.max(8, ...rowLabels.map((label) => label.length))));
  const layout = layoutRows(rowLabels, left - 20, MARGIN.top, defaults.rowHeight, defaults.rowPadding);
  const box = { left, right: width - MARGIN.right, top: MARGIN.top, bottom: layout.bottom };
  return { frame: frame(document, { ...size, height: layout.bottom + MARGIN.bottom, box }, rowLabels.length), rows: layout };
}

/** The value axis along the bottom of the rows (six ticks), and its title. */
export function rowAxis(f: Frame<AxisWords>, x: ScaleLinear<number, number>): void {
  drawValueAxis(f.svg.append('g'), x, {
    id: `${f.id}-x-axis`,
    className: 'axis axis-x',
    side: 'bottom',
    at: f.box.bottom,
    ticks: 6,
    decimal: f.labels.decimal,
  });
  f.xTitle(f.labels.xAxis, 10);
}

/** A dashed vertical line across the rows at `x` (pixels): a value the reader compares each row with. */
export function rowReference(plot: G, x: number, f: Frame<unknown>, id?: string): void {
  plot
    .append('line')
    .attr('id', id ?? null)
    .attr('class', 'reference')
    .attr('x1', x)
    .attr('x2', x)
    .attr('y1', f.box.top - 6)
    .attr('y2', f.box.bottom)
    .attr('stroke', MUTED)
    .attr('stroke-dasharray', '3 3');
}

/** The group of row `k`: its label at the left, its lines centred on `centre`, and its full name as a tooltip. */
export function rowGroup(
  plot: G,
  { frame: f, rows }: RowChart<unknown>,
  k: number,
  row: { key: string; label: string; className: string; data: readonly [string, string] },
  centre: number,
): G {
  const g = plot.append('g').attr('id', `${f.id}-row-${row.key}`).attr('class', row.className).attr(row.data[0], row.data[1]);
  // The full name as a tooltip, whatever the wrapping did to it.
  g.append('title').text(row.label);
  drawRowLabel(g, rows.lines[k]!, f.box.left - 10, centre);
  return g;
}
