/**
 * The run's time series as a detached SVG: collective effectiveness (left axis) and
 * organisational efficiency (right axis) against months, with event markers.
 *
 * Pure: it reads only its arguments and builds on the `document` it is given, so it runs
 * the same in the page and under jsdom. Coordinates are rounded to 2 decimals and ids are
 * fixed, so the output is stable enough for a file snapshot.
 */
import { axisBottom, axisLeft, axisRight, interpolateRound, line, range, scaleLinear, select, ticks, type ScaleLinear, type Selection } from 'd3';

export interface TimeSeriesData {
  /** Month of each row (the engine's `tick` column). */
  tick: ArrayLike<number>;
  /** `collective_effectiveness`, one value per row. */
  effectiveness: ArrayLike<number>;
  /** `organisational_efficiency`, one value per row. */
  efficiency: ArrayLike<number>;
  /** Events that fired; several at one month share one marker. */
  events: readonly { tick: number; type: string }[];
}

export interface TimeSeriesLabels {
  title: string;
  caption: string;
  xAxis: string;
  yLeft: string;
  yRight: string;
  effectiveness: string;
  efficiency: string;
  events: string;
  /** Display name of an event type (the page translates them). */
  eventName: (type: string) => string;
}

export interface TimeSeriesOptions {
  width?: number;
  height?: number;
  /** Last month of the x axis (the scenario horizon); the data may not reach it yet. */
  horizon?: number;
  /** Prefix of every id, so two charts can share a page. */
  idPrefix?: string;
  labels?: Partial<TimeSeriesLabels>;
}

export const DEFAULT_LABELS: TimeSeriesLabels = {
  title: 'Collective effectiveness and organisational efficiency',
  caption:
    'Blue (left axis): population outcome with the joint action minus without it; above 0 the action helps. ' +
    'Orange (right axis): members’ efficiency relative to working alone; 1 means no gain or loss. ' +
    'Grey lines mark events.',
  xAxis: 'Time (months)',
  yLeft: 'Collective effectiveness (outcome index, action − no action)',
  yRight: 'Organisational efficiency (1 = stand-alone)',
  effectiveness: 'Collective effectiveness',
  efficiency: 'Organisational efficiency',
  events: 'Events',
  eventName: (type) => type.replaceAll('_', ' '),
};

export const COLOURS = { effectiveness: '#1f6fb2', efficiency: '#c8620a', event: '#8a8a8a' } as const;

const MARGIN = { top: 64, right: 72, bottom: 48, left: 76 } as const;

/** Rounds a pixel coordinate to 2 decimals (stable text, no visible loss). */
const r2 = (v: number): number => Math.round(v * 100) / 100;

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

/** Month ticks on whole years, about ten of them whatever the horizon (plain nice ticks under two years). */
export function monthTicks(horizon: number): number[] {
  if (horizon < 24) return ticks(0, horizon, Math.min(horizon, 10));
  const step = 12 * Math.max(1, Math.ceil(horizon / 12 / 10));
  return range(0, horizon + 1, step);
}

type G = Selection<SVGGElement, unknown, null, undefined>;

/** The same scale with whole-pixel output: axis ticks land on crisp, stable positions. */
const rounded = (scale: ScaleLinear<number, number>) => scale.copy().interpolate(interpolateRound);

function drawLine(plot: G, id: string, className: string, colour: string, data: TimeSeriesData, values: ArrayLike<number>, x: ScaleLinear<number, number>, y: ScaleLinear<number, number>): void {
  const path = line<number>()
    .defined((k) => Number.isFinite(values[k]!) && Number.isFinite(data.tick[k]!))
    .x((k) => x(data.tick[k]!))
    .y((k) => y(values[k]!))
    .digits(2)(range(Math.min(values.length, data.tick.length)));
  const el = plot.append('path').attr('id', id).attr('class', `series ${className}`).attr('fill', 'none').attr('stroke', colour).attr('stroke-width', 2);
  // No `d` at all until there is data: an empty line is "not drawn yet", not a broken path.
  if (path) el.attr('d', path);
}

function drawLegend(svg: Selection<SVGSVGElement, unknown, null, undefined>, id: string, labels: TimeSeriesLabels, x0: number): void {
  const entries = [
    { key: 'effectiveness', text: labels.effectiveness, colour: COLOURS.effectiveness, dash: null },
    { key: 'efficiency', text: labels.efficiency, colour: COLOURS.efficiency, dash: null },
    { key: 'events', text: labels.events, colour: COLOURS.event, dash: '3 3' },
  ];
  const legend = svg.append('g').attr('id', `${id}-legend`).attr('class', 'legend').attr('transform', `translate(${x0},40)`);
  let offset = 0;
  for (const entry of entries) {
    const item = legend.append('g').attr('class', `legend-item legend-${entry.key}`).attr('transform', `translate(${offset},0)`);
    item.append('line').attr('x1', 0).attr('x2', 20).attr('y1', 0).attr('y2', 0).attr('stroke', entry.colour).attr('stroke-width', 2).attr('stroke-dasharray', entry.dash);
    item.append('text').attr('x', 26).attr('dy', '0.32em').text(entry.text);
    // Text width is unknown in a detached SVG: space entries by character count instead.
    offset += 40 + Math.round(entry.text.length * 6.5);
  }
}

export function timeSeriesChart(data: TimeSeriesData, options: TimeSeriesOptions, document: Document): SVGSVGElement {
  const width = options.width ?? 720;
  const height = options.height ?? 400;
  const id = options.idPrefix ?? 'ts';
  const labels: TimeSeriesLabels = { ...DEFAULT_LABELS, ...options.labels };
  const n = data.tick.length;
  const lastTick = n > 0 ? data.tick[n - 1]! : 0;
  const horizon = Math.max(1, options.horizon ?? 0, lastTick);
  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const top = MARGIN.top;
  const bottom = height - MARGIN.bottom;

  const x = scaleLinear().domain([0, horizon]).range([left, right]);
  const yLeft = scaleLinear().domain(paddedDomain(data.effectiveness, 0, 1e-3)).range([bottom, top]);
  const yRight = scaleLinear().domain(paddedDomain(data.efficiency, 1, 0.05)).range([bottom, top]);

  const svg = select(document.createElementNS('http://www.w3.org/2000/svg', 'svg'))
    .attr('id', id)
    .attr('class', 'time-series')
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'img')
    .attr('aria-labelledby', `${id}-title ${id}-desc`)
    .attr('data-ticks', n);
  svg.append('title').attr('id', `${id}-title`).text(labels.title);
  svg.append('desc').attr('id', `${id}-desc`).text(labels.caption);
  svg.append('text').attr('class', 'chart-title').attr('x', left).attr('y', 20).attr('font-weight', 'bold').text(labels.title);
  drawLegend(svg, id, labels, left);

  // Axes.
  svg.append('g').attr('id', `${id}-x-axis`).attr('class', 'axis axis-x').attr('transform', `translate(0,${bottom})`)
    .call(axisBottom(rounded(x)).tickValues(monthTicks(horizon)).tickFormat((d) => String(d)));
  svg.append('g').attr('id', `${id}-y-left`).attr('class', 'axis axis-left').attr('transform', `translate(${left},0)`).attr('color', COLOURS.effectiveness)
    .call(axisLeft(rounded(yLeft)).ticks(5, yLeft.tickFormat(5, '~f')));
  svg.append('g').attr('id', `${id}-y-right`).attr('class', 'axis axis-right').attr('transform', `translate(${right},0)`).attr('color', COLOURS.efficiency)
    .call(axisRight(rounded(yRight)).ticks(5, yRight.tickFormat(5, '~f')));

  svg.append('text').attr('id', `${id}-x-label`).attr('class', 'axis-label')
    .attr('x', r2((left + right) / 2)).attr('y', height - 8).attr('text-anchor', 'middle').text(labels.xAxis);
  svg.append('text').attr('id', `${id}-y-left-label`).attr('class', 'axis-label').attr('fill', COLOURS.effectiveness)
    .attr('transform', `translate(14,${r2((top + bottom) / 2)}) rotate(-90)`).attr('text-anchor', 'middle').text(labels.yLeft);
  svg.append('text').attr('id', `${id}-y-right-label`).attr('class', 'axis-label').attr('fill', COLOURS.efficiency)
    .attr('transform', `translate(${width - 14},${r2((top + bottom) / 2)}) rotate(90)`).attr('text-anchor', 'middle').text(labels.yRight);

  const plot = svg.append('g').attr('id', `${id}-plot`);
  // Zero effectiveness is the "action makes no difference" line: the reader's reference.
  const zero = r2(yLeft(0));
  plot.append('line').attr('id', `${id}-zero`).attr('class', 'reference').attr('x1', left).attr('x2', right).attr('y1', zero).attr('y2', zero)
    .attr('stroke', COLOURS.effectiveness).attr('stroke-opacity', 0.35).attr('stroke-dasharray', '2 4');

  const byTick = new Map<number, string[]>();
  for (const event of data.events) (byTick.get(event.tick) ?? byTick.set(event.tick, []).get(event.tick)!).push(labels.eventName(event.type));
  const markers = plot.append('g').attr('id', `${id}-events`).attr('class', 'events');
  for (const [tick, names] of [...byTick].sort((a, b) => a[0] - b[0])) {
    const at = r2(x(tick));
    const marker = markers.append('g').attr('class', 'event-marker').attr('data-tick', tick);
    marker.append('title').text(`${tick}: ${names.join(', ')}`);
    marker.append('line').attr('x1', at).attr('x2', at).attr('y1', top).attr('y2', bottom)
      .attr('stroke', COLOURS.event).attr('stroke-width', 1.5).attr('stroke-dasharray', '3 3');
  }

  drawLine(plot, `${id}-effectiveness`, 'effectiveness', COLOURS.effectiveness, data, data.effectiveness, x, yLeft);
  drawLine(plot, `${id}-efficiency`, 'efficiency', COLOURS.efficiency, data, data.efficiency, x, yRight);
  return svg.node()!;
}
