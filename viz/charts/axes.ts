/**
 * Value axes and axis titles. Ticks land on whole pixels and their labels use the page's
 * decimal mark at the precision the tick step needs. An axis whose scale's domain follows
 * the data is a RedrawableAxis: drawn again, in its place, when the domain moves, so a
 * chart updated in place has exactly the markup of one built afresh.
 */
import { axisBottom, axisLeft, axisRight, formatLocale, interpolateRound, precisionFixed, type ScaleLinear, select } from 'd3';
import { INK } from './palette';
import { type G, r2, SVG_NS, type Svg } from './svg';

type Scale = ScaleLinear<number, number>;

/** The same scale with whole-pixel output: axis ticks land on crisp, stable positions. */
export const rounded = (scale: Scale) => scale.copy().interpolate(interpolateRound);

/** Tick labels with the language's decimal mark and the precision the tick step needs (trailing zeros trimmed). */
export function tickFormatter(scale: Scale, count: number, decimalMark = '.'): (value: number) => string {
  const locale = formatLocale({ decimal: decimalMark, thousands: '\u202f', grouping: [3], currency: ['', ''], minus: '−' });
  const values = scale.ticks(count);
  const step = values.length > 1 ? Math.abs(values[1]! - values[0]!) : 1;
  return locale.format(`.${precisionFixed(step)}~f`);
}

/** A value axis: where it stands, how many ticks, and how their labels read. */
export interface ValueAxis {
  id: string;
  className: string;
  side: 'left' | 'right' | 'bottom';
  /** Position of the axis line: x for a vertical axis, y for a horizontal one. */
  at: number;
  ticks: number;
  /** Decimal mark of the tick labels, which show the precision the tick step needs. */
  decimal?: string;
  /** Tick labels of the chart's own (counts, magnitudes), instead of numbers at the step's precision. */
  format?: (value: number) => string;
  /** Colour of the axis line, ticks and labels, when it names the series it belongs to. */
  colour?: string;
}

const AXES = { left: axisLeft, right: axisRight, bottom: axisBottom } as const;

/** Draws a value axis of `scale` into `g`. */
export function drawValueAxis(g: G, scale: Scale, spec: ValueAxis): void {
  const format = spec.format ?? tickFormatter(scale, spec.ticks, spec.decimal);
  g.attr('id', spec.id)
    .attr('class', spec.className)
    .attr('transform', spec.side === 'bottom' ? `translate(0,${spec.at})` : `translate(${spec.at},0)`)
    .attr('color', spec.colour ?? null)
    .call(
      AXES[spec.side](rounded(scale))
        .ticks(spec.ticks)
        .tickFormat((d) => format(Number(d))),
    );
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
    parent: Svg,
    private draw: (g: G, key: K) => void,
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

/** A value axis drawn again whenever its scale's domain moves. */
export const redrawableAxis = (svg: Svg, scale: Scale, spec: ValueAxis): RedrawableAxis<Scale> =>
  new RedrawableAxis(
    svg,
    (g, next: Scale) => drawValueAxis(g, next, spec),
    scale,
    (next) => next.domain().join(','),
  );

/** A centred axis title below a horizontal axis. */
export function xAxisTitle(svg: Svg | G, id: string, text: string, x: number, y: number): void {
  svg.append('text').attr('id', id).attr('class', 'axis-label').attr('x', r2(x)).attr('y', r2(y)).attr('text-anchor', 'middle').text(text);
}

/** Width of a character of 12-unit text, on average (a detached SVG cannot measure text). */
const CHAR_WIDTH = 6.2;
const MIN_AXIS_TITLE_SIZE = 7;

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
