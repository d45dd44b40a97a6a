/**
 * Population outcome with the joint action and without it (the counterfactual run on the
 * same random stream). The shaded gap between the two lines is collective effectiveness.
 */
import { area, axisLeft, line, scaleLinear, type ScaleLinear } from 'd3';
import {
  type Chart,
  chartOptions,
  type ChartOptions,
  chartRoot,
  drawLegend,
  labelsSignature,
  paddedDomain,
  RedrawableAxis,
  redrawnInPlace,
  rounded,
  strideRows,
  thinRows,
  tickFormatter,
  xAxisTitle,
  yAxisTitle,
  monthAxis,
} from './common';
import { OUTCOME_COLOURS } from './palette';
import { Markers, defaultEventName, type ChartEvent } from './markers';

export interface CounterfactualData {
  tick: ArrayLike<number>;
  /** `population_outcome`: with the action. */
  withAction: ArrayLike<number>;
  /** `population_outcome_counterfactual`: without it. */
  withoutAction: ArrayLike<number>;
  /** Events and the run's story, marked across the chart (only ever added to, in month order). */
  events?: readonly ChartEvent[];
}

export interface CounterfactualLabels {
  title: string;
  caption: string;
  xAxis: string;
  yAxis: string;
  withAction: string;
  withoutAction: string;
  gap: string;
  decimal: string;
}

export interface CounterfactualOptions extends ChartOptions<CounterfactualLabels> {
  horizon?: number;
  /** Display name of an event on its marker (the page translates them). */
  eventName?: (event: ChartEvent) => string;
}

export const DEFAULT_COUNTERFACTUAL_LABELS: CounterfactualLabels = {
  title: 'Population outcome with and without the joint action',
  caption:
    'Solid line: the population outcome (share of needs met) in this run; dashed line: the same territory, same random shocks, without the joint action. ' +
    'The shaded gap between them is the collective effectiveness of the headline chart.',
  xAxis: 'Time (months)',
  yAxis: 'Population outcome (share of needs met)',
  withAction: 'With the action',
  withoutAction: 'Without the action (counterfactual)',
  gap: 'Difference made by the action',
  decimal: '.',
};

const MARGIN = { top: 70, right: 24, bottom: 48, left: 76 } as const;

/** Size, scales and labels, with a signature of them (what an in-place update must not change). */
function layoutOf(data: CounterfactualData, options: CounterfactualOptions) {
  const { width, height, id, labels } = chartOptions(options, { width: 720, height: 360, id: 'outcome', labels: DEFAULT_COUNTERFACTUAL_LABELS });
  const n = Math.min(data.tick.length, data.withAction.length, data.withoutAction.length);
  const horizon = Math.max(1, options.horizon ?? 0, n > 0 ? data.tick[n - 1]! : 0);
  const box = { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const column of [data.withAction, data.withoutAction]) {
    for (let k = 0; k < n; k++) {
      const v = column[k]!;
      if (Number.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  }
  const anchor = Number.isFinite(lo) ? (lo + hi) / 2 : 0.5;
  const domain = paddedDomain(Number.isFinite(lo) ? [lo, hi] : [], anchor, 0.01);
  const x = scaleLinear().domain([0, horizon]).range([box.left, box.right]);
  const y = scaleLinear().domain(domain).range([box.bottom, box.top]);
  // The y domain is left out: the chart follows it in place (axis drawn again).
  return { width, height, id, labels, n, horizon, box, x, y, signature: [width, height, id, horizon, labelsSignature(options.labels)].join('|') };
}

type Layout = ReturnType<typeof layoutOf>;

export function counterfactualChart(
  data: CounterfactualData,
  options: CounterfactualOptions,
  document: Document,
): Chart<CounterfactualData, CounterfactualOptions> {
  const { width, height, id, labels, n, horizon, box, x, y, signature } = layoutOf(data, options);
  const { left, right, top, bottom } = box;

  const svg = chartRoot(document, { id, className: 'counterfactual', width, height, title: labels.title, caption: labels.caption, rows: n });
  drawLegend(
    svg,
    id,
    [
      { key: 'with', kind: 'line', colour: OUTCOME_COLOURS.with, text: labels.withAction },
      { key: 'without', kind: 'line', colour: OUTCOME_COLOURS.without, dash: '5 4', text: labels.withoutAction },
      { key: 'gap', kind: 'rect', fill: OUTCOME_COLOURS.gap, text: labels.gap },
    ],
    left,
    44,
    right - left,
  );

  monthAxis(svg, id, x, horizon, bottom);
  const yAxis = new RedrawableAxis(
    svg,
    (g, scale: ScaleLinear<number, number>) => {
      g.attr('id', `${id}-y-axis`)
        .attr('class', 'axis axis-y')
        .attr('transform', `translate(${left},0)`)
        .call(
          axisLeft(rounded(scale))
            .ticks(5)
            .tickFormat((d) => tickFormatter(scale, 5, labels.decimal)(Number(d))),
        );
    },
    y,
    (scale) => scale.domain().join(','),
  );
  xAxisTitle(svg, `${id}-x-label`, labels.xAxis, (left + right) / 2, height - 8);
  yAxisTitle(svg, `${id}-y-label`, labels.yAxis, 14, (top + bottom) / 2, 'left', undefined, bottom - top + 40);

  const plot = svg.append('g').attr('id', `${id}-plot`);
  const gap = plot.append('path').attr('id', `${id}-gap`).attr('class', 'gap').attr('fill', OUTCOME_COLOURS.gap).attr('fill-opacity', 0.45).node()!;
  const lineEl = (key: string, colour: string, dash: string | null) =>
    plot
      .append('path')
      .attr('id', `${id}-${key}`)
      .attr('class', `series ${key}`)
      .attr('fill', 'none')
      .attr('stroke', colour)
      .attr('stroke-width', 2)
      .attr('stroke-dasharray', dash)
      .node()!;
  const without = lineEl('without', OUTCOME_COLOURS.without, '5 4');
  const withAction = lineEl('with', OUTCOME_COLOURS.with, null);

  const setPath = (el: SVGPathElement, d: string | null) => (d ? el.setAttribute('d', d) : el.removeAttribute('d'));
  const marks = new Markers(plot.append('g').attr('id', `${id}-events`).attr('class', 'events').node()!, options.eventName ?? defaultEventName, x, top, bottom);
  const redraw = (next: CounterfactualData, layout: Layout) => {
    const rows = Math.min(next.tick.length, next.withAction.length, next.withoutAction.length);
    const y = layout.y;
    svg.attr('data-ticks', rows);
    marks.draw(next.events ?? []);
    yAxis.update(y);
    setPath(
      gap,
      area<number>()
        .x((k) => x(next.tick[k]!))
        .y0((k) => y(next.withoutAction[k]!))
        .y1((k) => y(next.withAction[k]!))
        .defined((k) => Number.isFinite(next.withAction[k]!) && Number.isFinite(next.withoutAction[k]!))
        .digits(2)(strideRows(rows)),
    );
    for (const [el, values] of [
      [without, next.withoutAction],
      [withAction, next.withAction],
    ] as const) {
      setPath(
        el,
        line<number>()
          .x((k) => x(next.tick[k]!))
          .y((k) => y(values[k]!))
          .defined((k) => Number.isFinite(values[k]!))
          .digits(2)(thinRows(next.tick, values, rows, x)),
      );
    }
  };
  redraw(data, layoutOf(data, options));
  return redrawnInPlace(svg.node()!, signature, layoutOf, redraw);
}
