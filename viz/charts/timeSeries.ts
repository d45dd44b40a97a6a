/**
 * The headline chart: collective effectiveness (left axis) and organisational efficiency
 * (right axis) against months, with numbered event markers on the time axis.
 */
import { axisBottom, axisLeft, axisRight, line, scaleLinear, type ScaleLinear } from 'd3';
import { SVG_NS, chartRoot, drawLegend, labelsSignature, monthText, monthTicks, paddedDomain, r2, RedrawableAxis, redrawInPlace, rememberRedraw, rounded, thinRows, tickFormatter, xAxisTitle, yAxisTitle } from './common';
import { EFFICIENCY_DASH, EVENT_COLOURS, METRIC_COLOURS } from './palette';

export { monthTicks, paddedDomain } from './common';

/** An event on the time axis (the engine's FiredEvent has these fields and more). */
export interface ChartEvent {
  tick: number;
  type: string;
  source?: string;
  order?: string;
}

export interface TimeSeriesData {
  /** Month of each row (the engine's `tick` column). */
  tick: ArrayLike<number>;
  /** `collective_effectiveness`, one value per row. */
  effectiveness: ArrayLike<number>;
  /** `organisational_efficiency`, one value per row. */
  efficiency: ArrayLike<number>;
  /** Events that fired; several at one month share one marker. */
  events: readonly ChartEvent[];
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
  liveEvents: string;
  /** Display name of an event (the page translates them). */
  eventName: (event: ChartEvent) => string;
  /** Decimal mark of tick labels. */
  decimal: string;
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
    'Vermillion, dashed (right axis): organisations’ efficiency relative to working alone; 1 means no gain or loss. ' +
    'Numbered vertical lines mark events.',
  xAxis: 'Time (months)',
  yLeft: 'Collective effectiveness (outcome index, action − no action)',
  yRight: 'Organisational efficiency (1 = stand-alone)',
  effectiveness: 'Collective effectiveness',
  efficiency: 'Organisational efficiency',
  events: 'Event',
  liveEvents: 'Live event',
  eventName: (event) => `${event.type.replaceAll('_', ' ')}${event.order ? ` (${event.order})` : ''}`,
  decimal: '.',
};

const MARGIN = { top: 76, right: 76, bottom: 48, left: 80 } as const;

/** Events grouped by month, in month order: one marker each, numbered from 1. */
export function eventMarkers(events: readonly ChartEvent[]): { tick: number; events: ChartEvent[] }[] {
  const byTick = new Map<number, ChartEvent[]>();
  for (const event of events) (byTick.get(event.tick) ?? byTick.set(event.tick, []).get(event.tick)!).push(event);
  return [...byTick].sort((a, b) => a[0] - b[0]).map(([tick, list]) => ({ tick, events: list }));
}

/** Markers closer than this (px) are drawn as one, so a long run's hundreds of events stay cheap and legible. */
const MARKER_GAP = 3;
/** Numbers are written above the markers only while they fit. */
const MAX_NUMBERED = 40;
/** Months named in a marker's tooltip. */
const MAX_TITLE_MONTHS = 5;

/** Sets a line's path from the rows it needs to draw (thinned on long runs). */
function seriesPath(el: SVGPathElement, data: TimeSeriesData, values: ArrayLike<number>, x: ScaleLinear<number, number>, y: ScaleLinear<number, number>): void {
  const n = Math.min(values.length, data.tick.length);
  const d = line<number>()
    .defined((k) => Number.isFinite(values[k]!) && Number.isFinite(data.tick[k]!))
    .x((k) => x(data.tick[k]!))
    .y((k) => y(values[k]!))
    .digits(2)(thinRows(data.tick, values, n, x));
  // No `d` at all until there is data: an empty line is "not drawn yet", not a broken path.
  if (d) el.setAttribute('d', d);
  else el.removeAttribute('d');
}

interface MarkerGroup {
  at: number;
  months: { tick: number; events: ChartEvent[] }[];
  live: boolean;
  g: SVGGElement;
}

/**
 * Event markers, added to as events arrive (events only ever add up, in month order, and
 * a month arrives whole): months whose markers would touch share one line, whose title
 * lists them. Numbers are written above the markers while every month has its own and
 * they fit; crossing that line redraws the markers.
 */
class Markers {
  private groups: MarkerGroup[] = [];
  private eventsDrawn = 0;
  private numbered = true;

  constructor(
    private root: SVGGElement,
    private labels: TimeSeriesLabels,
    private x: ScaleLinear<number, number>,
    private top: number,
    private bottom: number,
  ) {}

  draw(events: readonly ChartEvent[]): void {
    if (events.length < this.eventsDrawn) this.clear();
    if (events.length === this.eventsDrawn) return;
    const touched = new Set<MarkerGroup>();
    for (const month of eventMarkers(events.slice(this.eventsDrawn))) {
      const at = r2(this.x(month.tick));
      let group = this.groups[this.groups.length - 1];
      if (group && group.months[group.months.length - 1]!.tick === month.tick) group.months[group.months.length - 1]!.events.push(...month.events);
      else if (group && at - group.at < MARKER_GAP) group.months.push(month);
      else {
        group = { at, months: [month], live: false, g: this.root.ownerDocument.createElementNS(SVG_NS, 'g') };
        this.groups.push(group);
        this.root.append(group.g);
      }
      touched.add(group);
    }
    this.eventsDrawn = events.length;
    const numbered = this.groups.length <= MAX_NUMBERED && this.groups.every((group) => group.months.length === 1);
    if (numbered !== this.numbered) {
      this.numbered = numbered;
      for (const group of this.groups) touched.add(group);
    }
    for (const group of touched) this.render(group, this.groups.indexOf(group));
  }

  private clear(): void {
    this.root.replaceChildren();
    this.groups = [];
    this.eventsDrawn = 0;
  }

  private render(group: MarkerGroup, index: number): void {
    const doc = this.root.ownerDocument;
    const live = group.months.some((month) => month.events.some((event) => event.source === 'live'));
    const g = group.g;
    g.setAttribute('class', `event-marker${live ? ' live' : ''}`);
    g.setAttribute('data-tick', String(group.months[0]!.tick));
    // A long run can put dozens of months under one marker: name the first few, count the rest.
    const named = group.months.slice(0, MAX_TITLE_MONTHS).map(({ tick, events }) => `${tick}: ${events.map(this.labels.eventName).join(', ')}`);
    if (group.months.length > MAX_TITLE_MONTHS) named.push(`… (+${group.months.length - MAX_TITLE_MONTHS})`);
    const title = doc.createElementNS(SVG_NS, 'title');
    title.textContent = named.join('\n');
    const line = doc.createElementNS(SVG_NS, 'line');
    for (const [name, value] of [['x1', group.at], ['x2', group.at], ['y1', this.top], ['y2', this.bottom]] as const) line.setAttribute(name, String(value));
    line.setAttribute('stroke', live ? EVENT_COLOURS.live : EVENT_COLOURS.event);
    line.setAttribute('stroke-width', '1.5');
    if (!live) line.setAttribute('stroke-dasharray', '3 3');
    g.replaceChildren(title, line);
    if (this.numbered) {
      const text = doc.createElementNS(SVG_NS, 'text');
      text.setAttribute('x', String(group.at));
      text.setAttribute('y', String(this.top - 4));
      text.setAttribute('text-anchor', 'middle');
      text.setAttribute('font-size', '10');
      text.textContent = String(index + 1);
      g.append(text);
    }
  }
}

/** Size, scales and labels: everything but the lines and markers, with a signature of it. */
function layoutOf(data: TimeSeriesData, options: TimeSeriesOptions) {
  const width = options.width ?? 720;
  const height = options.height ?? 400;
  const id = options.idPrefix ?? 'ts';
  const labels: TimeSeriesLabels = { ...DEFAULT_LABELS, ...options.labels };
  const n = data.tick.length;
  const lastTick = n > 0 ? data.tick[n - 1]! : 0;
  const horizon = Math.max(1, options.horizon ?? 0, lastTick);
  const box = { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
  const leftDomain = paddedDomain(data.effectiveness, 0, 1e-3);
  const rightDomain = paddedDomain(data.efficiency, 1, 0.05);
  const x = scaleLinear().domain([0, horizon]).range([box.left, box.right]);
  const yLeft = scaleLinear().domain(leftDomain).range([box.bottom, box.top]);
  const yRight = scaleLinear().domain(rightDomain).range([box.bottom, box.top]);
  // The y domains are left out: the chart follows them in place (axes drawn again).
  const signature = [width, height, id, horizon, labelsSignature(options.labels)].join('|');
  return { width, height, id, labels, n, horizon, box, x, yLeft, yRight, signature };
}

type Layout = ReturnType<typeof layoutOf>;
const domainKey = (scale: ScaleLinear<number, number>) => scale.domain().join(',');

export function timeSeriesChart(data: TimeSeriesData, options: TimeSeriesOptions, document: Document): SVGSVGElement {
  const { width, height, id, labels, n, horizon, box, x, yLeft, yRight, signature } = layoutOf(data, options);
  const { left, right, top, bottom } = box;

  const svg = chartRoot(document, { id, className: 'time-series', width, height, title: labels.title, caption: labels.caption, rows: n });
  drawLegend(svg, id, [
    { key: 'effectiveness', kind: 'line', text: labels.effectiveness, colour: METRIC_COLOURS.effectiveness },
    { key: 'efficiency', kind: 'line', text: labels.efficiency, colour: METRIC_COLOURS.efficiency, dash: EFFICIENCY_DASH },
    { key: 'events', kind: 'line', text: labels.events, colour: EVENT_COLOURS.event, dash: '3 3', width: 1.5 },
    { key: 'live', kind: 'line', text: labels.liveEvents, colour: EVENT_COLOURS.live, width: 1.5 },
  ], left, 44, right - left);

  svg.append('g').attr('id', `${id}-x-axis`).attr('class', 'axis axis-x').attr('transform', `translate(0,${bottom})`)
    .call(axisBottom(rounded(x)).tickValues(monthTicks(horizon)).tickFormat((d) => monthText(Number(d))));
  const leftAxis = new RedrawableAxis(svg, (g, scale: ScaleLinear<number, number>) => {
    g.attr('id', `${id}-y-left`).attr('class', 'axis axis-left').attr('transform', `translate(${left},0)`).attr('color', METRIC_COLOURS.effectiveness)
      .call(axisLeft(rounded(scale)).ticks(5).tickFormat((d) => tickFormatter(scale, 5, labels.decimal)(Number(d))));
  }, yLeft, domainKey);
  const rightAxis = new RedrawableAxis(svg, (g, scale: ScaleLinear<number, number>) => {
    g.attr('id', `${id}-y-right`).attr('class', 'axis axis-right').attr('transform', `translate(${right},0)`).attr('color', METRIC_COLOURS.efficiency)
      .call(axisRight(rounded(scale)).ticks(5).tickFormat((d) => tickFormatter(scale, 5, labels.decimal)(Number(d))));
  }, yRight, domainKey);

  xAxisTitle(svg, `${id}-x-label`, labels.xAxis, (left + right) / 2, height - 8);
  yAxisTitle(svg, `${id}-y-left-label`, labels.yLeft, 14, (top + bottom) / 2, 'left', METRIC_COLOURS.effectiveness);
  yAxisTitle(svg, `${id}-y-right-label`, labels.yRight, width - 14, (top + bottom) / 2, 'right', METRIC_COLOURS.efficiency);

  const plot = svg.append('g').attr('id', `${id}-plot`);
  // Zero effectiveness is the "action makes no difference" line: the reader's reference.
  const zero = plot.append('line').attr('id', `${id}-zero`).attr('class', 'reference').attr('x1', left).attr('x2', right)
    .attr('stroke', METRIC_COLOURS.effectiveness).attr('stroke-opacity', 0.4).attr('stroke-dasharray', '2 4').node()!;
  const markers = plot.append('g').attr('id', `${id}-events`).attr('class', 'events');
  const series = (key: string, colour: string, dash: string | null) =>
    plot.append('path').attr('id', `${id}-${key}`).attr('class', `series ${key}`).attr('fill', 'none')
      .attr('stroke', colour).attr('stroke-width', 2).attr('stroke-dasharray', dash).attr('stroke-linejoin', 'round').node()!;
  const effectiveness = series('effectiveness', METRIC_COLOURS.effectiveness, null);
  const efficiency = series('efficiency', METRIC_COLOURS.efficiency, EFFICIENCY_DASH);

  const eventMarks = new Markers(markers.node()!, labels, x, top, bottom);
  const redraw = (next: TimeSeriesData, layout: Layout) => {
    svg.attr('data-ticks', next.tick.length);
    leftAxis.update(layout.yLeft);
    rightAxis.update(layout.yRight);
    const y0 = String(r2(layout.yLeft(0)));
    zero.setAttribute('y1', y0);
    zero.setAttribute('y2', y0);
    eventMarks.draw(next.events);
    seriesPath(effectiveness, next, next.effectiveness, x, layout.yLeft);
    seriesPath(efficiency, next, next.efficiency, x, layout.yRight);
  };
  redraw(data, layoutOf(data, options));
  rememberRedraw(svg.node()!, signature, redraw);
  return svg.node()!;
}

/** Moves an existing headline chart to new data of the same run, y scales included; false when it must be rebuilt (size, horizon or labels changed). */
export function updateTimeSeriesChart(svg: SVGSVGElement, data: TimeSeriesData, options: TimeSeriesOptions): boolean {
  const layout = layoutOf(data, options);
  return redrawInPlace(svg, layout.signature, data, layout);
}
