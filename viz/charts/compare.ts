/**
 * Compare mode: two runs with the same seed and one difference in their settings,
 * overlaid. Top panel collective effectiveness, bottom panel organisational efficiency;
 * run A solid ink, run B dashed vermillion, so the two stay apart in grey scale too.
 */
import { type ScaleLinear, scaleLinear } from 'd3';
import { redrawableAxis, yAxisTitle } from './axes';
import { type Chart, redrawnInPlace, redrawSignature } from './common';
import { EFFECTIVENESS_MIN_SPAN, paddedDomain } from './domains';
import { chartSize, type Frame, frame, frameDefaults } from './frame';
import { type ChartEvent, eventLayer } from './markers';
import { MUTED, RUN_STYLES } from './palette';
import { levelLine, linePath, seriesLine, setLevel } from './series';
import { setPath } from './svg';
import { horizonOf, lastTick, monthAxis, type MonthChartOptions, monthScale } from './timeAxis';
import ENGLISH from './labels.en.json';

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

/** The chart's words, as its English defaults (labels.en.json) name them. */
export type CompareLabels = typeof ENGLISH.compare;

/** The page's `eventName` also says which run a story mark is of. */
export type CompareOptions = MonthChartOptions<CompareLabels>;

export const DEFAULT_COMPARE_LABELS: CompareLabels = ENGLISH.compare;

const COMPARE = frameDefaults('compare', 440, DEFAULT_COMPARE_LABELS);

/** Union of two padded domains (no copy of the columns). */
function bothDomain(a: ArrayLike<number>, b: ArrayLike<number>, anchor: number, minSpan: number): [number, number] {
  const [a0, a1] = paddedDomain(a, anchor, minSpan);
  const [b0, b1] = paddedDomain(b, anchor, minSpan);
  return [Math.min(a0, b0), Math.max(a1, b1)];
}

/** Size, scales and labels, with a signature of them (what an in-place update must not change). */
function layoutOf(data: CompareData, options: CompareOptions) {
  const size = chartSize(options, COMPARE);
  const { box } = size;
  const horizon = horizonOf(options.horizon, lastTick(data.a.tick), lastTick(data.b.tick));
  const middle = box.top + (box.bottom - box.top) / 2;
  const topDomain = bothDomain(data.a.effectiveness, data.b.effectiveness, 0, EFFECTIVENESS_MIN_SPAN);
  const bottomDomain = bothDomain(data.a.efficiency, data.b.efficiency, 1, 0.05);
  const yTop = scaleLinear()
    .domain(topDomain)
    .range([middle - 10, box.top]);
  const yBottom = scaleLinear()
    .domain(bottomDomain)
    .range([box.bottom, middle + 10]);
  return { ...size, horizon, x: monthScale(horizon, box), yTop, yBottom, signature: redrawSignature(size, horizon, options.labels) };
}

type Layout = ReturnType<typeof layoutOf>;

/** The two panels' value axes, each with its title: effectiveness on top, efficiency below. */
function panelAxes({ svg, id, labels, box }: Frame<CompareLabels>, { yTop, yBottom }: Layout) {
  return (
    [
      ['top', yTop, labels.effectiveness],
      ['bottom', yBottom, labels.efficiency],
    ] as const
  ).map(([key, y, title]) => {
    const axis = redrawableAxis(svg, y, { id: `${id}-y-${key}`, className: 'axis axis-y', side: 'left', at: box.left, ticks: 4, decimal: labels.decimal });
    const [lo, hi] = y.range() as [number, number];
    yAxisTitle(svg, `${id}-y-${key}-label`, title, 14, (lo + hi) / 2, 'left');
    return axis;
  });
}

/** A run's line of one metric, over the rows both columns have. */
function runPath(el: SVGPathElement, run: CompareRun, values: ArrayLike<number>, x: ScaleLinear<number, number>, y: ScaleLinear<number, number>): void {
  setPath(el, linePath(run.tick, values, Math.min(run.tick.length, values.length), x, y));
}

export function compareChart(data: CompareData, options: CompareOptions, document: Document): Chart<CompareData, CompareOptions> {
  const layout = layoutOf(data, options);
  const f = frame(document, layout, Math.max(data.a.tick.length, data.b.tick.length));
  const { svg, id, labels, box } = f;
  f.legend([
    { key: 'a', kind: 'line', colour: RUN_STYLES.A.colour, text: labels.runA },
    { key: 'b', kind: 'line', colour: RUN_STYLES.B.colour, dash: RUN_STYLES.B.dash, text: labels.runB },
  ]);
  monthAxis(svg, id, layout.x, layout.horizon, box.bottom);
  const axes = panelAxes(f, layout);
  f.xTitle(labels.xAxis);

  const plot = f.plot();
  const reference = () => levelLine(plot, { x1: box.left, x2: box.right, colour: MUTED, dash: '2 4' });
  const [zero, one] = [reference(), reference()];
  const line = (key: string, style: { colour: string; dash: string | null }) => seriesLine(plot, { id: `${id}-${key}`, className: 'series', ...style });
  const paths = [
    line('a-effectiveness', RUN_STYLES.A),
    line('b-effectiveness', RUN_STYLES.B),
    line('a-efficiency', RUN_STYLES.A),
    line('b-efficiency', RUN_STYLES.B),
  ] as const;
  const marks = eventLayer(plot, id, options.eventName, layout.x, box.top, box.bottom);

  const redraw = (next: CompareData, { x, yTop, yBottom }: Layout) => {
    svg.attr('data-ticks', Math.max(next.a.tick.length, next.b.tick.length));
    axes[0]!.update(yTop);
    axes[1]!.update(yBottom);
    setLevel(zero, yTop(0));
    setLevel(one, yBottom(1));
    marks.draw(next.events ?? []);
    runPath(paths[0], next.a, next.a.effectiveness, x, yTop);
    runPath(paths[1], next.b, next.b.effectiveness, x, yTop);
    runPath(paths[2], next.a, next.a.efficiency, x, yBottom);
    runPath(paths[3], next.b, next.b.efficiency, x, yBottom);
  };
  redraw(data, layout);
  return redrawnInPlace(svg.node()!, layout.signature, layoutOf, redraw);
}
