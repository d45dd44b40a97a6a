/**
 * The headline chart: collective effectiveness (left axis) and organisational efficiency
 * (right axis) against months, with numbered event markers on the time axis.
 */
import { scaleLinear } from 'd3';
import { redrawableAxis, yAxisTitle } from './axes';
import { type Chart, type ChartOptions, redrawnInPlace, redrawSignature } from './common';
import { EFFECTIVENESS_MIN_SPAN, paddedDomain } from './domains';
import { type AxisWords, chartSize, type Frame, frame, frameDefaults } from './frame';
import type { LegendEntry } from './legend';
import { type ChartEvent, defaultEventName, eventLayer } from './markers';
import { EFFICIENCY_DASH, EVENT_COLOURS, METRIC_COLOURS } from './palette';
import { levelLine, linePath, seriesLine, setLevel } from './series';
import { setPath } from './svg';
import { horizonOf, lastTick, monthAxis, monthScale } from './timeAxis';
import ENGLISH from './labels.en.json';

export { eventMarkers, type ChartEvent } from './markers';
export { paddedDomain } from './domains';
export { monthTicks } from './timeAxis';

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

export interface TimeSeriesLabels extends AxisWords {
  yLeft: string;
  yRight: string;
  effectiveness: string;
  efficiency: string;
  events: string;
  liveEvents: string;
  /** Display name of an event (the page translates them). */
  eventName: (event: ChartEvent) => string;
}

export interface TimeSeriesOptions extends ChartOptions<TimeSeriesLabels> {
  /** Last month of the x axis (the scenario horizon); the data may not reach it yet. */
  horizon?: number;
}

export const DEFAULT_LABELS: TimeSeriesLabels = {
  ...ENGLISH.timeSeries,
  eventName: defaultEventName,
};

/** The two series and the two kinds of event marker. */
const legendOf = (labels: TimeSeriesLabels): LegendEntry[] => [
  { key: 'effectiveness', kind: 'line', text: labels.effectiveness, colour: METRIC_COLOURS.effectiveness },
  { key: 'efficiency', kind: 'line', text: labels.efficiency, colour: METRIC_COLOURS.efficiency, dash: EFFICIENCY_DASH },
  { key: 'events', kind: 'line', text: labels.events, colour: EVENT_COLOURS.event, dash: '3 3', width: 1.5 },
  { key: 'live', kind: 'line', text: labels.liveEvents, colour: EVENT_COLOURS.live, width: 1.5 },
];
const HEADLINE = frameDefaults('time-series', 400, DEFAULT_LABELS, { id: 'ts', margin: { top: 76, right: 76, bottom: 48, left: 80 }, legend: legendOf });

/** Size, scales and labels: everything but the lines and markers, with a signature of it. */
function layoutOf(data: TimeSeriesData, options: TimeSeriesOptions) {
  const size = chartSize(options, HEADLINE);
  const { box } = size;
  const horizon = horizonOf(options.horizon, lastTick(data.tick));
  const leftDomain = paddedDomain(data.effectiveness, 0, EFFECTIVENESS_MIN_SPAN);
  const rightDomain = paddedDomain(data.efficiency, 1, 0.05);
  const yLeft = scaleLinear().domain(leftDomain).range([box.bottom, box.top]);
  const yRight = scaleLinear().domain(rightDomain).range([box.bottom, box.top]);
  // The y domains are left out of the signature: the chart follows them in place (axes drawn again).
  return { ...size, n: data.tick.length, horizon, x: monthScale(horizon, box), yLeft, yRight, signature: redrawSignature(size, horizon, options.labels) };
}

type Layout = ReturnType<typeof layoutOf>;

/** The two value axes, each in its series' colour: effectiveness at the left, efficiency at the right; and the titles. */
function drawAxes(f: Frame<TimeSeriesLabels>, { yLeft, yRight }: Layout) {
  const { svg, id, width, labels, box } = f;
  const { left, right, top, bottom } = box;
  const axis = (side: 'left' | 'right', at: number, colour: string) =>
    ({ id: `${id}-y-${side}`, className: `axis axis-${side}`, side, at, ticks: 5, decimal: labels.decimal, colour }) as const;
  const leftAxis = redrawableAxis(svg, yLeft, axis('left', left, METRIC_COLOURS.effectiveness));
  const rightAxis = redrawableAxis(svg, yRight, axis('right', right, METRIC_COLOURS.efficiency));
  f.xTitle(labels.xAxis);
  yAxisTitle(svg, `${id}-y-left-label`, labels.yLeft, 14, (top + bottom) / 2, 'left', METRIC_COLOURS.effectiveness, bottom - top + 40);
  yAxisTitle(svg, `${id}-y-right-label`, labels.yRight, width - 14, (top + bottom) / 2, 'right', METRIC_COLOURS.efficiency, bottom - top + 40);
  return { leftAxis, rightAxis };
}

export function timeSeriesChart(data: TimeSeriesData, options: TimeSeriesOptions, document: Document): Chart<TimeSeriesData, TimeSeriesOptions> {
  const layout = layoutOf(data, options);
  const { x } = layout;
  const f = frame(document, layout, layout.n);
  const { svg, id, labels, box } = f;
  f.legend(legendOf(labels));
  monthAxis(svg, id, x, layout.horizon, box.bottom);
  const { leftAxis, rightAxis } = drawAxes(f, layout);

  const plot = f.plot();
  // Zero effectiveness is the "action makes no difference" line: the reader's reference.
  const zero = levelLine(plot, { id: `${id}-zero`, x1: box.left, x2: box.right, colour: METRIC_COLOURS.effectiveness, opacity: 0.4, dash: '2 4' });
  const eventMarks = eventLayer(plot, id, labels.eventName, x, box.top, box.bottom);
  const series = (key: string, colour: string, dash: string | null) =>
    seriesLine(plot, { id: `${id}-${key}`, className: `series ${key}`, colour, dash, round: true });
  const effectiveness = series('effectiveness', METRIC_COLOURS.effectiveness, null);
  const efficiency = series('efficiency', METRIC_COLOURS.efficiency, EFFICIENCY_DASH);

  const redraw = (next: TimeSeriesData, at: Layout) => {
    svg.attr('data-ticks', next.tick.length);
    leftAxis.update(at.yLeft);
    rightAxis.update(at.yRight);
    setLevel(zero, at.yLeft(0));
    eventMarks.draw(next.events);
    setPath(effectiveness, linePath(next.tick, next.effectiveness, Math.min(next.effectiveness.length, next.tick.length), x, at.yLeft));
    setPath(efficiency, linePath(next.tick, next.efficiency, Math.min(next.efficiency.length, next.tick.length), x, at.yRight));
  };
  redraw(data, layout);
  return redrawnInPlace(svg.node()!, layout.signature, layoutOf, redraw);
}
