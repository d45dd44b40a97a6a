/**
 * The headline chart: collective effectiveness (left axis) and organisational efficiency
 * (right axis) against months, with numbered event markers on the time axis.
 */
import { axisLeft, axisRight, line, scaleLinear, type ScaleLinear } from 'd3';
import {
  type Chart,
  chartOptions,
  type ChartOptions,
  chartRoot,
  drawLegend,
  EFFECTIVENESS_MIN_SPAN,
  labelsSignature,
  paddedDomain,
  plotTop,
  r2,
  RedrawableAxis,
  redrawnInPlace,
  rounded,
  thinRows,
  tickFormatter,
  xAxisTitle,
  yAxisTitle,
  monthAxis,
} from './common';
import { EFFICIENCY_DASH, EVENT_COLOURS, METRIC_COLOURS } from './palette';
import { Markers, defaultEventName, type ChartEvent } from './markers';

export { eventMarkers, type ChartEvent } from './markers';

export { monthTicks, paddedDomain } from './common';

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

export interface TimeSeriesOptions extends ChartOptions<TimeSeriesLabels> {
  /** Last month of the x axis (the scenario horizon); the data may not reach it yet. */
  horizon?: number;
}

export const DEFAULT_LABELS: TimeSeriesLabels = {
  title: 'Collective effectiveness and organisational efficiency',
  caption:
    'Blue (left axis): population outcome with the joint action minus without it, in points of needs met (1 point = 1 % of the needs); above 0 the action helps. ' +
    'Vermillion, dashed (right axis): organisations’ efficiency relative to working alone; 1 means no gain or loss. ' +
    'Numbered vertical lines mark events.',
  xAxis: 'Time (months)',
  yLeft: 'Collective effectiveness (points of needs met)',
  yRight: 'Organisational efficiency (1 = stand-alone)',
  effectiveness: 'Collective effectiveness',
  efficiency: 'Organisational efficiency',
  events: 'Event',
  liveEvents: 'Live event',
  eventName: defaultEventName,
  decimal: '.',
};

const MARGIN = { top: 76, right: 76, bottom: 48, left: 80 } as const;

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

/** Size, scales and labels: everything but the lines and markers, with a signature of it. */
function layoutOf(data: TimeSeriesData, options: TimeSeriesOptions) {
  const { width, height, id, labels } = chartOptions(options, { width: 720, height: 400, id: 'ts', labels: DEFAULT_LABELS });
  const n = data.tick.length;
  const lastTick = n > 0 ? data.tick[n - 1]! : 0;
  const horizon = Math.max(1, options.horizon ?? 0, lastTick);
  const top = plotTop(MARGIN.top, [labels.effectiveness, labels.efficiency, labels.events, labels.liveEvents], width - MARGIN.right - MARGIN.left);
  const box = { left: MARGIN.left, right: width - MARGIN.right, top, bottom: height - MARGIN.bottom };
  const leftDomain = paddedDomain(data.effectiveness, 0, EFFECTIVENESS_MIN_SPAN);
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

export function timeSeriesChart(data: TimeSeriesData, options: TimeSeriesOptions, document: Document): Chart<TimeSeriesData, TimeSeriesOptions> {
  const { width, height, id, labels, n, horizon, box, x, yLeft, yRight, signature } = layoutOf(data, options);
  const { left, right, top, bottom } = box;

  const svg = chartRoot(document, { id, className: 'time-series', width, height, title: labels.title, caption: labels.caption, rows: n });
  drawLegend(
    svg,
    id,
    [
      { key: 'effectiveness', kind: 'line', text: labels.effectiveness, colour: METRIC_COLOURS.effectiveness },
      { key: 'efficiency', kind: 'line', text: labels.efficiency, colour: METRIC_COLOURS.efficiency, dash: EFFICIENCY_DASH },
      { key: 'events', kind: 'line', text: labels.events, colour: EVENT_COLOURS.event, dash: '3 3', width: 1.5 },
      { key: 'live', kind: 'line', text: labels.liveEvents, colour: EVENT_COLOURS.live, width: 1.5 },
    ],
    left,
    44,
    right - left,
  );

  monthAxis(svg, id, x, horizon, bottom);
  const leftAxis = new RedrawableAxis(
    svg,
    (g, scale: ScaleLinear<number, number>) => {
      g.attr('id', `${id}-y-left`)
        .attr('class', 'axis axis-left')
        .attr('transform', `translate(${left},0)`)
        .attr('color', METRIC_COLOURS.effectiveness)
        .call(
          axisLeft(rounded(scale))
            .ticks(5)
            .tickFormat((d) => tickFormatter(scale, 5, labels.decimal)(Number(d))),
        );
    },
    yLeft,
    domainKey,
  );
  const rightAxis = new RedrawableAxis(
    svg,
    (g, scale: ScaleLinear<number, number>) => {
      g.attr('id', `${id}-y-right`)
        .attr('class', 'axis axis-right')
        .attr('transform', `translate(${right},0)`)
        .attr('color', METRIC_COLOURS.efficiency)
        .call(
          axisRight(rounded(scale))
            .ticks(5)
            .tickFormat((d) => tickFormatter(scale, 5, labels.decimal)(Number(d))),
        );
    },
    yRight,
    domainKey,
  );

  xAxisTitle(svg, `${id}-x-label`, labels.xAxis, (left + right) / 2, height - 8);
  yAxisTitle(svg, `${id}-y-left-label`, labels.yLeft, 14, (top + bottom) / 2, 'left', METRIC_COLOURS.effectiveness, bottom - top + 40);
  yAxisTitle(svg, `${id}-y-right-label`, labels.yRight, width - 14, (top + bottom) / 2, 'right', METRIC_COLOURS.efficiency, bottom - top + 40);

  const plot = svg.append('g').attr('id', `${id}-plot`);
  // Zero effectiveness is the "action makes no difference" line: the reader's reference.
  const zero = plot
    .append('line')
    .attr('id', `${id}-zero`)
    .attr('class', 'reference')
    .attr('x1', left)
    .attr('x2', right)
    .attr('stroke', METRIC_COLOURS.effectiveness)
    .attr('stroke-opacity', 0.4)
    .attr('stroke-dasharray', '2 4')
    .node()!;
  const markers = plot.append('g').attr('id', `${id}-events`).attr('class', 'events');
  const series = (key: string, colour: string, dash: string | null) =>
    plot
      .append('path')
      .attr('id', `${id}-${key}`)
      .attr('class', `series ${key}`)
      .attr('fill', 'none')
      .attr('stroke', colour)
      .attr('stroke-width', 2)
      .attr('stroke-dasharray', dash)
      .attr('stroke-linejoin', 'round')
      .node()!;
  const effectiveness = series('effectiveness', METRIC_COLOURS.effectiveness, null);
  const efficiency = series('efficiency', METRIC_COLOURS.efficiency, EFFICIENCY_DASH);

  const eventMarks = new Markers(markers.node()!, labels.eventName, x, top, bottom);
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
  return redrawnInPlace(svg.node()!, signature, layoutOf, redraw);
}
