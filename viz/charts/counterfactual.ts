/**
 * Population outcome with the joint action and without it (the counterfactual run on the
 * same random stream). The shaded gap between the two lines is collective effectiveness.
 */
import { scaleLinear } from 'd3';
import { redrawableAxis, yAxisTitle } from './axes';
import { type Chart, redrawnInPlace, redrawSignature } from './common';
import { middleDomain } from './domains';
import { chartSize, frame, frameDefaults, PLOT_MARGIN } from './frame';
import { type ChartEvent, eventLayer } from './markers';
import { OUTCOME_COLOURS } from './palette';
import { bandPath, linePath, seriesLine } from './series';
import { setPath } from './svg';
import { horizonOf, lastTick, monthAxis, type MonthChartOptions, monthScale } from './timeAxis';
import ENGLISH from './labels.en.json';

export interface CounterfactualData {
  tick: ArrayLike<number>;
  /** `population_outcome`: with the action. */
  withAction: ArrayLike<number>;
  /** `population_outcome_counterfactual`: without it. */
  withoutAction: ArrayLike<number>;
  /** Events and the run's story, marked across the chart (only ever added to, in month order). */
  events?: readonly ChartEvent[];
}

/** The chart's words, as its English defaults (labels.en.json) name them. */
export type CounterfactualLabels = typeof ENGLISH.counterfactual;

export type CounterfactualOptions = MonthChartOptions<CounterfactualLabels>;

export const DEFAULT_COUNTERFACTUAL_LABELS: CounterfactualLabels = ENGLISH.counterfactual;

const OUTCOME = frameDefaults('counterfactual', 360, DEFAULT_COUNTERFACTUAL_LABELS, { id: 'outcome', margin: { ...PLOT_MARGIN, left: 76 } });

/** Rows where the run has both outcomes. */
const rowsOf = (data: CounterfactualData) => Math.min(data.tick.length, data.withAction.length, data.withoutAction.length);

/** Size, scales and labels, with a signature of them (what an in-place update must not change). */
function layoutOf(data: CounterfactualData, options: CounterfactualOptions) {
  const size = chartSize(options, OUTCOME);
  const n = rowsOf(data);
  const horizon = horizonOf(options.horizon, lastTick(data.tick, n));
  const domain = middleDomain([data.withAction, data.withoutAction], 0.5, 0.01, n);
  const y = scaleLinear().domain(domain).range([size.box.bottom, size.box.top]);
  return { ...size, n, horizon, x: monthScale(horizon, size.box), y, signature: redrawSignature(size, horizon, options.labels) };
}

type Layout = ReturnType<typeof layoutOf>;

export function counterfactualChart(
  data: CounterfactualData,
  options: CounterfactualOptions,
  document: Document,
): Chart<CounterfactualData, CounterfactualOptions> {
  const layout = layoutOf(data, options);
  const { x, horizon } = layout;
  const f = frame(document, layout, layout.n);
  const { svg, id, labels, box } = f;
  const { left, top, bottom } = box;
  f.legend([
    { key: 'with', kind: 'line', colour: OUTCOME_COLOURS.with, text: labels.withAction },
    { key: 'without', kind: 'line', colour: OUTCOME_COLOURS.without, dash: '5 4', text: labels.withoutAction },
    { key: 'gap', kind: 'rect', fill: OUTCOME_COLOURS.gap, text: labels.gap },
  ]);

  monthAxis(svg, id, x, horizon, bottom);
  const yAxis = redrawableAxis(svg, layout.y, { id: `${id}-y-axis`, className: 'axis axis-y', side: 'left', at: left, ticks: 5, decimal: labels.decimal });
  f.xTitle(labels.xAxis);
  yAxisTitle(svg, `${id}-y-label`, labels.yAxis, 14, (top + bottom) / 2, 'left', undefined, bottom - top + 40);

  const plot = f.plot();
  const gap = plot.append('path').attr('id', `${id}-gap`).attr('class', 'gap').attr('fill', OUTCOME_COLOURS.gap).attr('fill-opacity', 0.45).node()!;
  const without = seriesLine(plot, { id: `${id}-without`, className: 'series without', colour: OUTCOME_COLOURS.without, dash: '5 4' });
  const withAction = seriesLine(plot, { id: `${id}-with`, className: 'series with', colour: OUTCOME_COLOURS.with, dash: null });
  const marks = eventLayer(plot, id, options.eventName, x, top, bottom);

  const redraw = (next: CounterfactualData, { y }: Layout) => {
    const rows = rowsOf(next);
    svg.attr('data-ticks', rows);
    marks.draw(next.events ?? []);
    yAxis.update(y);
    setPath(gap, bandPath(next.tick, next.withoutAction, next.withAction, rows, x, y));
    setPath(without, linePath(next.tick, next.withoutAction, rows, x, y));
    setPath(withAction, linePath(next.tick, next.withAction, rows, x, y));
  };
  redraw(data, layout);
  return redrawnInPlace(svg.node()!, layout.signature, layoutOf, redraw);
}
