/**
 * The intersectoral grid of the source deck (3 × 7): rows by fields engaged, columns by
 * orders present among members. Shading and a percentage give the share of months spent
 * in each cell; a thick outline marks the current cell.
 */
import { interpolateRgb, range } from 'd3';
import { type Chart, type ChartOptions, drawnOnce } from './common';
import { type ChartWords, chartSize, type Frame, frame, frameDefaults } from './frame';
import { INK, MUTED } from './palette';
import { type G, r2 } from './svg';
import ENGLISH from './labels.en.json';

/** Column labels in the deck's order (as sim/model/grid.ts GRID_COLUMNS). */
export const GRID_COLUMN_LABELS = ['E', 'P', 'T', 'EP', 'ET', 'PT', 'EPT'] as const;

export interface GridData {
  /** Months spent in each of the 21 cells, row-major (one, multi, trans × E … EPT). */
  occupancy: ArrayLike<number>;
  /** Months with no members (outside the grid). */
  empty: number;
  /** The current cell 0..20, or -1 when the action has no members. */
  current: number;
}

export interface GridLabels extends ChartWords {
  rows: readonly [string, string, string];
  rowAxis: string;
  columnAxis: string;
  share: string;
  current: string;
  /** "Months with no members: …" */
  empty: (percent: string) => string;
  /** Formats a share 0..1 as a percentage in the page's language. */
  percent: (share: number) => string;
}

export type GridOptions = ChartOptions<GridLabels>;

export const DEFAULT_GRID_LABELS: GridLabels = {
  ...ENGLISH.grid,
  rows: ENGLISH.grid.rows as unknown as GridLabels['rows'],
  empty: (percent) => `Months with no members: ${percent}`,
  percent: (share) => `${Math.round(share * 100)}%`,
};

const SHADE = interpolateRgb('#ffffff', '#27425e');
const MARGIN = { top: 96, right: 20, bottom: 36, left: 130 } as const;
const GRID = frameDefaults('grid', 320, DEFAULT_GRID_LABELS, { margin: MARGIN });

/** Months spent in the grid's cells and outside it: shares of all months, and the busiest cell's. */
function occupancyOf(data: GridData): { share: (months: number) => number; most: number; total: number } {
  let total = data.empty;
  let most = 0;
  for (let c = 0; c < 21; c++) {
    total += data.occupancy[c] ?? 0;
    most = Math.max(most, data.occupancy[c] ?? 0);
  }
  return { share: (months) => (total > 0 ? months / total : 0), most, total };
}

/** Shading legend: from 0 to the busiest cell's share. */
function drawRamp({ svg, id, width, labels }: Frame<GridLabels>, busiest: number): void {
  const gradientId = `${id}-gradient`;
  const gradient = svg.append('defs').append('linearGradient').attr('id', gradientId);
  gradient.append('stop').attr('offset', 0).attr('stop-color', SHADE(0));
  gradient.append('stop').attr('offset', 1).attr('stop-color', SHADE(1));
  const ramp = svg
    .append('g')
    .attr('id', `${id}-ramp`)
    .attr('class', 'ramp')
    .attr('transform', `translate(${width - MARGIN.right - 180},38)`);
  ramp.append('rect').attr('width', 180).attr('height', 8).attr('fill', `url(#${gradientId})`).attr('stroke', MUTED).attr('stroke-width', 0.5);
  ramp.append('text').attr('y', 20).attr('font-size', 10).text(labels.percent(0));
  ramp.append('text').attr('x', 90).attr('y', 20).attr('font-size', 10).attr('text-anchor', 'middle').text(labels.share);
  ramp.append('text').attr('x', 180).attr('y', 20).attr('font-size', 10).attr('text-anchor', 'end').text(labels.percent(busiest));
}

/** What the columns and the rows stand for. */
function drawAxisTitles({ svg, id, width, labels }: Frame<GridLabels>): void {
  svg
    .append('text')
    .attr('id', `${id}-column-axis`)
    .attr('class', 'axis-label')
    .attr('x', r2(MARGIN.left + (width - MARGIN.left - MARGIN.right) / 2))
    .attr('y', MARGIN.top - 26)
    .attr('text-anchor', 'middle')
    .text(labels.columnAxis);
  svg
    .append('text')
    .attr('id', `${id}-row-axis`)
    .attr('class', 'axis-label')
    .attr('x', 12)
    .attr('y', MARGIN.top - 10)
    .text(labels.rowAxis);
}

interface CellSize {
  width: number;
  height: number;
}

/** Each column's orders and each row's fields. */
function drawCellLabels({ svg, labels }: Frame<GridLabels>, cell: CellSize): void {
  GRID_COLUMN_LABELS.forEach((column, c) => {
    svg
      .append('text')
      .attr('class', 'column-label')
      .attr('x', r2(MARGIN.left + (c + 0.5) * cell.width))
      .attr('y', MARGIN.top - 8)
      .attr('text-anchor', 'middle')
      .attr('font-weight', 'bold')
      .text(column);
  });
  labels.rows.forEach((row, r) => {
    svg
      .append('text')
      .attr('class', 'row-label')
      .attr('x', MARGIN.left - 8)
      .attr('y', r2(MARGIN.top + (r + 0.5) * cell.height))
      .attr('dy', '0.32em')
      .attr('text-anchor', 'end')
      .text(row);
  });
}

/** The 21 cells: shaded by their months against the busiest cell's, each with its share of all months. */
function drawCells(cells: G, data: GridData, labels: GridLabels, cell: CellSize, occupancy: ReturnType<typeof occupancyOf>): void {
  const { share, most } = occupancy;
  for (const index of range(21)) {
    const r = Math.floor(index / 7);
    const c = index % 7;
    const months = data.occupancy[index] ?? 0;
    const level = most > 0 ? months / most : 0;
    const x = r2(MARGIN.left + c * cell.width);
    const y = r2(MARGIN.top + r * cell.height);
    const g = cells
      .append('g')
      .attr('class', `cell${index === data.current ? ' current' : ''}`)
      .attr('data-cell', index)
      .attr('data-months', months);
    g.append('title').text(`${labels.rows[r]} × ${GRID_COLUMN_LABELS[c]}: ${labels.percent(share(months))}`);
    g.append('rect')
      .attr('x', x)
      .attr('y', y)
      .attr('width', r2(cell.width))
      .attr('height', r2(cell.height))
      .attr('fill', SHADE(level))
      .attr('stroke', MUTED)
      .attr('stroke-width', 0.5);
    g.append('text')
      .attr('x', r2(x + cell.width / 2))
      .attr('y', r2(y + cell.height / 2))
      .attr('dy', '0.32em')
      .attr('text-anchor', 'middle')
      .attr('fill', level > 0.55 ? '#fff' : INK)
      .text(months > 0 ? labels.percent(share(months)) : '·');
  }
}

/** The thick outline of the current cell. */
function drawCurrent({ svg, id }: Frame<GridLabels>, current: number, cell: CellSize): void {
  const r = Math.floor(current / 7);
  const c = current % 7;
  svg
    .append('rect')
    .attr('id', `${id}-current`)
    .attr('class', 'current-outline')
    .attr('x', r2(MARGIN.left + c * cell.width + 2))
    .attr('y', r2(MARGIN.top + r * cell.height + 2))
    .attr('width', r2(cell.width - 4))
    .attr('height', r2(cell.height - 4))
    .attr('fill', 'none')
    .attr('stroke', INK)
    .attr('stroke-width', 3.5);
}

export function gridChart(data: GridData, options: GridOptions, document: Document): Chart<GridData, GridOptions> {
  const occupancy = occupancyOf(data);
  const f = frame(document, chartSize(options, GRID), occupancy.total);
  const { svg, id, width, height, labels } = f;
  const cell = { width: (width - MARGIN.left - MARGIN.right) / 7, height: (height - MARGIN.top - MARGIN.bottom) / 3 };
  f.legend([{ key: 'current', kind: 'rect', fill: '#fff', stroke: INK, text: labels.current }], { width: 200 });
  drawRamp(f, occupancy.share(occupancy.most));
  drawAxisTitles(f);
  const cells = svg.append('g').attr('id', `${id}-cells`);
  drawCellLabels(f, cell);
  drawCells(cells, data, labels, cell, occupancy);
  if (data.current >= 0) drawCurrent(f, data.current, cell);
  svg
    .append('text')
    .attr('id', `${id}-empty`)
    .attr('class', 'note')
    .attr('x', MARGIN.left)
    .attr('y', height - 12)
    .attr('fill', MUTED)
    .text(labels.empty(labels.percent(occupancy.share(data.empty))));
  // Drawn once: new data or options build a new chart.
  return drawnOnce(svg.node()!);
}
