/**
 * What every chart shares: the SVG root with its title and description, a legend,
 * number formatting, rounding and the thinning of long series.
 *
 * Charts build on the `document` they are given and read nothing else, so they run the
 * same in the page and under jsdom. Coordinates are rounded to 2 decimals and ids derive
 * from a prefix, so the output is stable enough for a file snapshot. Everything that
 * matters for reading is a presentation attribute (no CSS needed), so an exported SVG or
 * PNG looks like the page.
 */
import {
  axisBottom,
  formatLocale,
  interpolateRound,
  precisionFixed,
  range,
  scaleLinear,
  select,
  tickStep,
  ticks,
  type ScaleLinear,
  type Selection,
  type SymbolType,
  symbol,
} from 'd3';
import { INK } from './palette';

export const SVG_NS = 'http://www.w3.org/2000/svg';
export const FONT = "'Liberation Sans', Arial, Helvetica, sans-serif";

export type Svg = Selection<SVGSVGElement, unknown, null, undefined>;
export type G = Selection<SVGGElement, unknown, null, undefined>;

/** Rounds a pixel coordinate to 2 decimals (stable text, no visible loss). */
export const r2 = (v: number): number => Math.round(v * 100) / 100;

/** The same scale with whole-pixel output: axis ticks land on crisp, stable positions. */
export const rounded = (scale: ScaleLinear<number, number>) => scale.copy().interpolate(interpolateRound);

export interface ChartSpec {
  id: string;
  className: string;
  width: number;
  height: number;
  title: string;
  caption: string;
  /** Number of data rows drawn (tests and the page read it as `data-ticks`). */
  rows: number;
}

/** The SVG root: accessible name and description, the visible title, and text defaults. */
export function chartRoot(document: Document, spec: ChartSpec): Svg {
  const svg = select(document.createElementNS(SVG_NS, 'svg'))
    .attr('id', spec.id)
    .attr('class', `chart-svg ${spec.className}`)
    .attr('xmlns', SVG_NS)
    .attr('viewBox', `0 0 ${spec.width} ${spec.height}`)
    .attr('width', spec.width)
    .attr('height', spec.height)
    .attr('role', 'img')
    .attr('aria-labelledby', `${spec.id}-title ${spec.id}-desc`)
    .attr('font-family', FONT)
    .attr('font-size', 12)
    .attr('fill', INK)
    .attr('data-ticks', spec.rows);
  svg.append('title').attr('id', `${spec.id}-title`).text(spec.title);
  svg.append('desc').attr('id', `${spec.id}-desc`).text(spec.caption);
  // A white ground, so an exported PNG is not transparent.
  svg.append('rect').attr('class', 'background').attr('width', spec.width).attr('height', spec.height).attr('fill', '#fff');
  // A title longer than the chart is narrowed to fit (a projected chart is drawn in few units, its text large).
  const room = spec.width - 24;
  const title = svg.append('text').attr('class', 'chart-title').attr('x', 12).attr('y', 22).attr('font-size', 15).attr('font-weight', 'bold').text(spec.title);
  if (spec.title.length * 8.4 > room) title.attr('textLength', room).attr('lengthAdjust', 'spacingAndGlyphs');
  return svg;
}

export type LegendEntry = { key: string; text: string } & (
  | { kind: 'line'; colour: string; dash?: string | null; width?: number }
  | { kind: 'rect'; fill: string; stroke?: string }
  | { kind: 'symbol'; symbol: SymbolType; fill: string; stroke: string }
);

/** Width of a legend entry (text width is unknown in a detached SVG: spaced by character count). */
const legendEntryWidth = (text: string) => 40 + Math.round(text.length * 6.2);

/** The height drawLegend gives these entries wrapped at `maxWidth` (for a layout made before the legend is drawn). */
export function legendHeight(texts: readonly string[], maxWidth: number): number {
  let dx = 0;
  let dy = 0;
  for (const text of texts) {
    const width = legendEntryWidth(text);
    if (dx > 0 && dx + width > maxWidth) {
      dx = 0;
      dy += 18;
    }
    dx += width;
  }
  return dy + 18;
}

/** Top of the plot under the title and a legend at y = 44: the chart's own margin, or lower when the legend wraps to more rows. */
export function plotTop(margin: number, legendTexts: readonly string[], maxWidth: number): number {
  return Math.max(margin, 44 + legendHeight(legendTexts, maxWidth) + 14);
}

/** A legend in rows from (x, y), wrapped at `maxWidth`; returns its height. */
export function drawLegend(svg: Svg, id: string, entries: readonly LegendEntry[], x: number, y: number, maxWidth: number): number {
  const legend = svg.append('g').attr('id', `${id}-legend`).attr('class', 'legend').attr('transform', `translate(${x},${y})`);
  let dx = 0;
  let dy = 0;
  for (const entry of entries) {
    const width = legendEntryWidth(entry.text);
    if (dx > 0 && dx + width > maxWidth) {
      dx = 0;
      dy += 18;
    }
    const item = legend.append('g').attr('class', `legend-item legend-${entry.key}`).attr('transform', `translate(${dx},${dy})`);
    if (entry.kind === 'line') {
      item
        .append('line')
        .attr('x1', 0)
        .attr('x2', 22)
        .attr('y1', 0)
        .attr('y2', 0)
        .attr('stroke', entry.colour)
        .attr('stroke-width', entry.width ?? 2)
        .attr('stroke-dasharray', entry.dash ?? null);
    } else if (entry.kind === 'rect') {
      item
        .append('rect')
        .attr('x', 4)
        .attr('y', -6)
        .attr('width', 14)
        .attr('height', 12)
        .attr('fill', entry.fill)
        .attr('stroke', entry.stroke ?? null);
    } else {
      item
        .append('path')
        .attr('transform', 'translate(11,0)')
        .attr('d', symbol(entry.symbol, 90).digits(2)())
        .attr('fill', entry.fill)
        .attr('stroke', entry.stroke)
        .attr('stroke-width', 1.5);
    }
    item.append('text').attr('x', 28).attr('dy', '0.32em').text(entry.text);
    dx += width;
  }
  return dy + 18;
}

/** A centred axis title below a horizontal axis. */
export function xAxisTitle(svg: Svg | G, id: string, text: string, x: number, y: number): void {
  svg.append('text').attr('id', id).attr('class', 'axis-label').attr('x', r2(x)).attr('y', r2(y)).attr('text-anchor', 'middle').text(text);
}

/**
 * A vertical axis title, reading upwards (left side) or downwards (right side). Given the
 * `span` it may take (units), a title longer than that is set in smaller type to fit
 * rather than running off the chart (a projected chart is drawn in few units).
 */
export function yAxisTitle(svg: Svg | G, id: string, text: string, x: number, y: number, side: 'left' | 'right', colour: string = INK, span?: number): void {
  const title = svg
    .append('text')
    .attr('id', id)
    .attr('class', 'axis-label')
    .attr('fill', colour)
    .attr('transform', `translate(${r2(x)},${r2(y)}) rotate(${side === 'left' ? -90 : 90})`)
    .attr('text-anchor', 'middle')
    .text(text);
  const length = text.length * CHAR_WIDTH;
  if (span !== undefined && length > span) title.attr('font-size', Math.max(MIN_AXIS_TITLE_SIZE, Math.floor((12 * span * 10) / length) / 10));
}

/** Width of a character of 12-unit text, on average (a detached SVG cannot measure text). */
const CHAR_WIDTH = 6.2;
const MIN_AXIS_TITLE_SIZE = 7;

/**
 * The smallest span of a collective-effectiveness axis, in points of needs met (the charts
 * take effectiveness in points: the engine's share × 100): a tenth of a point, so noise
 * near zero is not drawn as a dramatic swing.
 */
export const EFFECTIVENESS_MIN_SPAN = 0.1;

/** Domain covering the finite values and `anchor`, at least `minSpan` wide, with nice ends. */
export function paddedDomain(values: ArrayLike<number>, anchor: number, minSpan: number): [number, number] {
  let lo = anchor;
  let hi = anchor;
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (hi - lo < minSpan) {
    // Grow around the data so small noise is not drawn as a dramatic swing.
    const grow = (minSpan - (hi - lo)) / 2;
    lo -= grow;
    hi += grow;
  }
  const [a, b] = scaleLinear().domain([lo, hi]).nice(5).domain() as [number, number];
  return [a, b];
}

/** Month ticks on round numbers of years (1, 2, 5, 10, 20 … years), about ten of them; plain nice ticks under two years. */
export function monthTicks(horizon: number): number[] {
  if (horizon < 24) return ticks(0, horizon, Math.min(horizon, 10));
  const step = 12 * Math.max(1, tickStep(0, horizon / 12, 10));
  return range(0, horizon + 1, step);
}

/** Tick labels with the language's decimal mark and the precision the tick step needs (trailing zeros trimmed). */
export function tickFormatter(scale: ScaleLinear<number, number>, count: number, decimalMark = '.'): (value: number) => string {
  const locale = formatLocale({ decimal: decimalMark, thousands: '\u202f', grouping: [3], currency: ['', ''], minus: '−' });
  const values = scale.ticks(count);
  const step = values.length > 1 ? Math.abs(values[1]! - values[0]!) : 1;
  return locale.format(`.${precisionFixed(step)}~f`);
}

/** Integer months as text. */
export const monthText = (value: number): string => String(value);

/**
 * Which rows to draw when a series has more rows than the plot has pixels: per pixel
 * column the first, lowest, highest and last row (the line looks the same; its cost no
 * longer grows with the run's length). Rows with a non-finite value are kept as gaps.
 */
export function thinRows(xs: ArrayLike<number>, ys: ArrayLike<number>, n: number, scale: ScaleLinear<number, number>, limit = 1500): number[] {
  if (n <= limit) return range(n);
  // The scale is linear: one multiply-add per row instead of a call through d3's interpolators.
  const [d0, d1] = scale.domain() as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  const slope = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const out: number[] = [];
  let bucket = Number.NaN;
  let first = -1;
  let low = -1;
  let high = -1;
  let last = -1;
  const flush = () => {
    if (first < 0) return;
    const keep = [first, low, high, last].sort((a, b) => a - b);
    for (let k = 0; k < keep.length; k++) if (k === 0 || keep[k] !== keep[k - 1]) out.push(keep[k]!);
  };
  for (let k = 0; k < n; k++) {
    const y = ys[k]!;
    const pixel = Math.floor(r0 + (xs[k]! - d0) * slope);
    if (pixel !== bucket || !Number.isFinite(y)) {
      flush();
      bucket = pixel;
      first = low = high = last = k;
      if (!Number.isFinite(y)) {
        out.push(k);
        first = -1;
        bucket = Number.NaN;
      }
      continue;
    }
    if (y < ys[low]!) low = k;
    if (y > ys[high]!) high = k;
    last = k;
  }
  flush();
  return out;
}

/** Every `step`-th row and the last one (about one per pixel column by default): for areas, where min/max per column would tear the bands. */
export function strideRows(n: number, limit = 600): number[] {
  if (n <= limit) return range(n);
  const step = Math.ceil(n / limit);
  const out = range(0, n, step);
  if (out[out.length - 1] !== n - 1) out.push(n - 1);
  return out;
}

/**
 * A chart as the page holds it: its SVG, and how to move it to new data. Charts that can
 * be redrawn in place rewrite only the parts that follow the data (lines, areas, markers,
 * and the axes when a scale's domain moves) as long as everything else (size, horizon,
 * labels, the run) is unchanged; any other change needs a new chart, and `update` says so
 * by returning false. Rewriting a few paths instead of building a new SVG saves the layout
 * and painting of a frame. Charts' tests check that an update gives exactly the markup of
 * a chart built afresh.
 */
export interface Chart<D, O = void> {
  readonly node: SVGSVGElement;
  update(data: D, options: O): boolean;
}

/** A chart drawn once for its data (any change builds a new one). */
export const drawnOnce = <D, O>(node: SVGSVGElement): Chart<D, O> => ({ node, update: () => false });

/**
 * A chart redrawn in place while the layout's `signature` (everything but the data) is the
 * one it was built under: `layoutOf` lays the new data out, `redraw` moves the parts.
 */
export function redrawnInPlace<D, O, L extends { signature: string }>(
  node: SVGSVGElement,
  signature: string,
  layoutOf: (data: D, options: O) => L,
  redraw: (data: D, layout: L) => void,
): Chart<D, O> {
  return {
    node,
    update(data, options) {
      const layout = layoutOf(data, options);
      if (layout.signature !== signature) return false;
      redraw(data, layout);
      return true;
    },
  };
}

/**
 * An axis group that can be drawn again when its scale's domain moves: `draw` builds the
 * group's content into a fresh element (as on a new chart), which takes the old one's
 * place in the document order. `key` says what the drawn content depends on.
 */
export class RedrawableAxis<K> {
  private node: SVGGElement;
  private key: string;

  constructor(
    parent: Selection<SVGSVGElement, unknown, null, undefined>,
    private draw: (g: Selection<SVGGElement, unknown, null, undefined>, key: K) => void,
    key: K,
    private keyOf: (key: K) => string,
  ) {
    const g = parent.append('g');
    draw(g, key);
    this.node = g.node()!;
    this.key = keyOf(key);
  }

  update(key: K): void {
    const next = this.keyOf(key);
    if (next === this.key) return;
    const g = select(this.node.ownerDocument.createElementNS(SVG_NS, 'g') as SVGGElement);
    this.draw(g, key);
    this.node.replaceWith(g.node()!);
    this.node = g.node()!;
    this.key = next;
  }
}

const signatures = new WeakMap<object, string>();
/**
 * The text of the labels a chart was given, as one string (functions are left out); kept
 * per labels object, since a page passes the same one every frame.
 */
export function labelsSignature(labels: object | undefined): string {
  if (!labels) return '';
  let signature = signatures.get(labels);
  if (signature === undefined) {
    signature = JSON.stringify(labels);
    signatures.set(labels, signature);
  }
  return signature;
}

/** What every chart takes besides its data: its size, a prefix for its element ids (so two charts can share a page), and its words. */
export interface ChartOptions<L> {
  width?: number;
  /** Charts that grow with their rows (forest, Sobol) take their height from them and ignore this. */
  height?: number;
  idPrefix?: string;
  labels?: Partial<L>;
}

/** A chart's options with its own defaults filled in. */
export function chartOptions<L>(
  options: ChartOptions<L>,
  defaults: { width?: number; height: number; id: string; labels: L },
): { width: number; height: number; id: string; labels: L } {
  return {
    width: options.width ?? defaults.width ?? 720,
    height: options.height ?? defaults.height,
    id: options.idPrefix ?? defaults.id,
    labels: { ...defaults.labels, ...options.labels },
  };
}

/** The time axis every chart over months draws along its bottom: months at round ticks up to `horizon`. */
export function monthAxis(svg: Svg, id: string, x: ScaleLinear<number, number>, horizon: number, bottom: number): void {
  svg
    .append('g')
    .attr('id', `${id}-x-axis`)
    .attr('class', 'axis axis-x')
    .attr('transform', `translate(0,${bottom})`)
    .call(
      axisBottom(rounded(x))
        .tickValues(monthTicks(horizon))
        .tickFormat((d) => monthText(Number(d))),
    );
}
