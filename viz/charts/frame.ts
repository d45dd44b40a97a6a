/**
 * The frame every chart is drawn in: its size, id and words (the options over the chart's
 * defaults), the plot box inside its margins, and the SVG root with its accessible name and
 * description, a white ground and the visible title; then, in the chart's own order, its
 * legend, x axis title and the group the data are drawn in.
 *
 * Charts build on the `document` they are given and read nothing else, so they run the
 * same in the page and under jsdom. Ids derive from a prefix, so two charts can share a
 * page and the output is stable enough for a file snapshot. Everything that matters for
 * reading is a presentation attribute (no CSS needed), so an exported SVG or PNG looks
 * like the page.
 */
import { select } from 'd3';
import { xAxisTitle } from './axes';
import type { ChartOptions } from './common';
import { drawLegend, type LegendEntry, plotTop } from './legend';
import { INK } from './palette';
import { type G, SVG_NS, type Svg } from './svg';

export const FONT = "'Liberation Sans', Arial, Helvetica, sans-serif";

/** Space around the plot for the title, legend, axes and their titles. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The plot's edges in the chart's units. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The words every chart has: its title, and a caption that says how to read it. */
export interface ChartWords {
  title: string;
  caption: string;
}

/** The words of a chart with value axes: the x axis title, and the decimal mark of tick labels. */
export interface AxisWords extends ChartWords {
  xAxis: string;
  decimal: string;
}

/** Room for the title, a one-row legend, an x axis and a value axis at the left, with their titles. */
export const PLOT_MARGIN: Margin = { top: 70, right: 24, bottom: 48, left: 80 };

/** What a chart is when the options say nothing. */
export interface FrameDefaults<L> {
  /** The chart's class on its root, after `chart-svg`. */
  className: string;
  /** Prefix of its element ids. */
  id: string;
  /** 720 when not given. */
  width?: number;
  height: number;
  margin: Margin;
  labels: L;
  /** A legend across the plot that may wrap to more rows: the plot's top moves down under it. */
  legend?: (labels: L) => readonly LegendEntry[];
}

/** A chart's defaults on the usual plot margin, its class also the prefix of its ids; `more` says where it differs. */
export function frameDefaults<L>(className: string, height: number, labels: L, more?: Partial<FrameDefaults<L>>): FrameDefaults<L> {
  return { className, id: className, height, margin: PLOT_MARGIN, labels, ...more };
}

/** A chart's options over its defaults: everything the frame needs, and the plot's box. */
export interface ChartSize<L> {
  className: string;
  width: number;
  height: number;
  id: string;
  labels: L;
  box: Box;
}

/** A chart's size, id, words and plot box from its options and its defaults (no document needed: layouts redone on each update use it). */
export function chartSize<L>(options: ChartOptions<L>, defaults: FrameDefaults<L>): ChartSize<L> {
  const width = options.width ?? defaults.width ?? 720;
  const height = options.height ?? defaults.height;
  const { margin } = defaults;
  const labels = { ...defaults.labels, ...options.labels };
  const legendTexts = defaults.legend?.(labels).map((entry) => entry.text);
  const top = legendTexts ? plotTop(margin.top, legendTexts, width - margin.right - margin.left) : margin.top;
  return {
    className: defaults.className,
    width,
    height,
    id: options.idPrefix ?? defaults.id,
    labels,
    box: { left: margin.left, right: width - margin.right, top, bottom: height - margin.bottom },
  };
}

/** The root of a chart drawn in a frame, and the parts every chart draws the same way. */
export interface Frame<L> extends ChartSize<L> {
  readonly svg: Svg;
  /** The legend under the title, from the plot's left edge across its width unless placed; returns its height. */
  legend(entries: readonly LegendEntry[], place?: { x?: number; y?: number; width?: number }): number;
  /** The x axis title, centred under the plot, `fromBottom` units above the chart's bottom edge. */
  xTitle(text: string, fromBottom?: number): void;
  /** Appends the group the data are drawn in (after the axes, so the data draw over them). */
  plot(): G;
}

/**
 * The SVG root: accessible name and description, the visible title, and text defaults.
 * `rows` is the number of data rows drawn (tests and the page read it as `data-ticks`).
 */
export function frame<L extends ChartWords>(document: Document, size: ChartSize<L>, rows: number, caption = size.labels.caption): Frame<L> {
  const { className, width, height, id, labels, box } = size;
  const svg = select(document.createElementNS(SVG_NS, 'svg'))
    .attr('id', id)
    .attr('class', `chart-svg ${className}`)
    .attr('xmlns', SVG_NS)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'img')
    .attr('aria-labelledby', `${id}-title ${id}-desc`)
    .attr('font-family', FONT)
    .attr('font-size', 12)
    .attr('fill', INK)
    .attr('data-ticks', rows);
  svg.append('title').attr('id', `${id}-title`).text(labels.title);
  svg.append('desc').attr('id', `${id}-desc`).text(caption);
  // A white ground, so an exported PNG is not transparent.
  svg.append('rect').attr('class', 'background').attr('width', width).attr('height', height).attr('fill', '#fff');
  // A title longer than the chart is narrowed to fit (a projected chart is drawn in few units, its text large).
  const room = width - 24;
  const title = svg
    .append('text')
    .attr('class', 'chart-title')
    .attr('x', 12)
    .attr('y', 22)
    .attr('font-size', 15)
    .attr('font-weight', 'bold')
    .text(labels.title);
  if (labels.title.length * 8.4 > room) title.attr('textLength', room).attr('lengthAdjust', 'spacingAndGlyphs');
  return {
    className,
    width,
    height,
    id,
    labels,
    box,
    svg,
    legend: (entries, place = {}) => drawLegend(svg, id, entries, place.x ?? box.left, place.y ?? 44, place.width ?? box.right - box.left),
    xTitle: (text, fromBottom = 8) => xAxisTitle(svg, `${id}-x-label`, text, (box.left + box.right) / 2, height - fromBottom),
    plot: () => svg.append('g').attr('id', `${id}-plot`),
  };
}
