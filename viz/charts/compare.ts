/**
 * Compare mode: two runs with the same seed and one difference in their settings,
 * overlaid. Top panel collective effectiveness, bottom panel organisational efficiency;
 * run A solid ink, run B dashed vermillion, so the two stay apart in grey scale too.
 */
import { axisLeft, line, scaleLinear, type ScaleLinear } from 'd3';
import {
  type Chart,
  chartOptions,
  type ChartOptions,
  chartRoot,
  drawLegend,
  EFFECTIVENESS_MIN_SPAN,
  labelsSignature,
  paddedDomain,
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
import { MUTED, RUN_STYLES } from './palette';
import { Markers, defaultEventName, type ChartEvent } from './markers';

export interface CompareRun {
  tick: ArrayLike<number>;
  effectiveness: ArrayLike<number>;
  efficiency: ArrayLike<number>;
}

export interface CompareData {
  a: CompareRun;
  b: CompareRun;
  /** Events of both runs and each run's story, marked across both panels (only ever added to, in month order). */
  events?: readonly ChartEvent[];
}

export interface CompareLabels {
  title: string;
  caption: string;
  xAxis: string;
  effectiveness: string;
  efficiency: string;
  runA: string;
  runB: string;
  decimal: string;
}

export interface CompareOptions extends ChartOptions<CompareLabels> {
  horizon?: number;
  /** Display name of an event on its marker (the page translates them and says which run a story mark is of). */
  eventName?: (event: ChartEvent) => string;
}

export const DEFAULT_COMPARE_LABELS: CompareLabels = {
  title: 'Compare: the same seed under two settings',
  caption:
    'Both runs use the same seed, so they share every random shock; only the settings listed as B differ. ' +
    'Top: collective effectiveness (0 = no difference for the population); bottom: organisational efficiency (1 = stand-alone). Solid: run A; dashed: run B.',
  xAxis: 'Time (months)',
  effectiveness: 'Collective effectiveness (points)',
  efficiency: 'Organisational efficiency',
  runA: 'Run A',
  runB: 'Run B',
  decimal: '.',
};

const MARGIN = { top: 70, right: 24, bottom: 48, left: 80 } as const;

/** Union of two padded domains (no copy of the columns). */
function bothDomain(a: ArrayLike<number>, b: ArrayLike<number>, anchor: number, minSpan: number): [number, number] {
  const [a0, a1] = paddedDomain(a, anchor, minSpan);
  const [b0, b1] = paddedDomain(b, anchor, minSpan);
  return [Math.min(a0, b0), Math.max(a1, b1)];
}

function runPath(el: SVGPathElement, run: CompareRun, values: ArrayLike<number>, x: ScaleLinear<number, number>, y: ScaleLinear<number, number>): void {
  const n = Math.min(run.tick.length, values.length);
  const d = line<number>()
    .x((k) => x(run.tick[k]!))
    .y((k) => y(values[k]!))
    .defined((k) => Number.isFinite(values[k]!))
    .digits(2)(thinRows(run.tick, values, n, x));
  if (d) el.setAttribute('d', d);
  else el.removeAttribute('d');
}

function layoutOf(data: CompareData, options: CompareOptions) {
  const { width, height, id, labels } = chartOptions(options, { width: 720, height: 440, id: 'compare', labels: DEFAULT_COMPARE_LABELS });
  const last = (run: CompareRun) => (run.tick.length > 0 ? run.tick[run.tick.length - 1]! : 0);
  const horizon = Math.max(1, options.horizon ?? 0, last(data.a), last(data.b));
  const box = { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
  const middle = box.top + (box.bottom - box.top) / 2;
  const topDomain = bothDomain(data.a.effectiveness, data.b.effectiveness, 0, EFFECTIVENESS_MIN_SPAN);
  const bottomDomain = bothDomain(data.a.efficiency, data.b.efficiency, 1, 0.05);
  const x = scaleLinear().domain([0, horizon]).range([box.left, box.right]);
  const yTop = scaleLinear()
    .domain(topDomain)
    .range([middle - 10, box.top]);
  const yBottom = scaleLinear()
    .domain(bottomDomain)
    .range([box.bottom, middle + 10]);
  // The y domains are left out: the chart follows them in place (axes drawn again).
  const signature = [width, height, id, horizon, labelsSignature(options.labels)].join('|');
  return { width, height, id, labels, horizon, box, x, yTop, yBottom, signature };
}

type Layout = ReturnType<typeof layoutOf>;

export function compareChart(data: CompareData, options: CompareOptions, document: Document): Chart<CompareData, CompareOptions> {
  const { width, height, id, labels, horizon, box, x, yTop, yBottom, signature } = layoutOf(data, options);
  const { left, right, bottom } = box;
  const rows = Math.max(data.a.tick.length, data.b.tick.length);
  const svg = chartRoot(document, { id, className: 'compare', width, height, title: labels.title, caption: labels.caption, rows });
  drawLegend(
    svg,
    id,
    [
      { key: 'a', kind: 'line', colour: RUN_STYLES.A.colour, text: labels.runA },
      { key: 'b', kind: 'line', colour: RUN_STYLES.B.colour, dash: RUN_STYLES.B.dash, text: labels.runB },
    ],
    left,
    44,
    right - left,
  );

  monthAxis(svg, id, x, horizon, bottom);
  const axes = (
    [
      ['top', yTop, labels.effectiveness],
      ['bottom', yBottom, labels.efficiency],
    ] as const
  ).map(([key, y, title]) => {
    const axis = new RedrawableAxis(
      svg,
      (g, scale: ScaleLinear<number, number>) => {
        g.attr('id', `${id}-y-${key}`)
          .attr('class', 'axis axis-y')
          .attr('transform', `translate(${left},0)`)
          .call(
            axisLeft(rounded(scale))
              .ticks(4)
              .tickFormat((d) => tickFormatter(scale, 4, labels.decimal)(Number(d))),
          );
      },
      y,
      (scale) => scale.domain().join(','),
    );
    const [lo, hi] = y.range() as [number, number];
    yAxisTitle(svg, `${id}-y-${key}-label`, title, 14, (lo + hi) / 2, 'left');
    return axis;
  });
  xAxisTitle(svg, `${id}-x-label`, labels.xAxis, (left + right) / 2, height - 8);

  const plot = svg.append('g').attr('id', `${id}-plot`);
  const reference = () =>
    plot.append('line').attr('class', 'reference').attr('x1', left).attr('x2', right).attr('stroke', MUTED).attr('stroke-dasharray', '2 4').node()!;
  const zero = reference();
  const one = reference();
  const level = (el: SVGLineElement, at: number) => {
    el.setAttribute('y1', String(r2(at)));
    el.setAttribute('y2', String(r2(at)));
  };
  const path = (key: string, style: { colour: string; dash: string | null }) =>
    plot
      .append('path')
      .attr('id', `${id}-${key}`)
      .attr('class', 'series')
      .attr('fill', 'none')
      .attr('stroke', style.colour)
      .attr('stroke-width', 2)
      .attr('stroke-dasharray', style.dash)
      .node()!;
  const paths = [
    path('a-effectiveness', RUN_STYLES.A),
    path('b-effectiveness', RUN_STYLES.B),
    path('a-efficiency', RUN_STYLES.A),
    path('b-efficiency', RUN_STYLES.B),
  ] as const;
  const marks = new Markers(
    plot.append('g').attr('id', `${id}-events`).attr('class', 'events').node()!,
    options.eventName ?? defaultEventName,
    x,
    box.top,
    bottom,
  );

  const redraw = (next: CompareData, layout: Layout) => {
    const { yTop, yBottom } = layout;
    svg.attr('data-ticks', Math.max(next.a.tick.length, next.b.tick.length));
    axes[0]!.update(yTop);
    axes[1]!.update(yBottom);
    level(zero, yTop(0));
    level(one, yBottom(1));
    marks.draw(next.events ?? []);
    runPath(paths[0], next.a, next.a.effectiveness, x, yTop);
    runPath(paths[1], next.b, next.b.effectiveness, x, yTop);
    runPath(paths[2], next.a, next.a.efficiency, x, yBottom);
    runPath(paths[3], next.b, next.b.efficiency, x, yBottom);
  };
  redraw(data, layoutOf(data, options));
  return redrawnInPlace(svg.node()!, signature, layoutOf, redraw);
}
