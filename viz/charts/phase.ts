/**
 * The headline pair as a phase trajectory: organisational efficiency on x, collective
 * effectiveness on y, the path coloured by month (cividis, readable with any colour
 * vision), with the start and the current month marked by shape.
 */
import { interpolateCividis, scaleLinear, symbol, symbolCircle, symbolSquare } from 'd3';
import { redrawableAxis, yAxisTitle } from './axes';
import { type Chart, type ChartOptions, redrawnInPlace, redrawSignature } from './common';
import { EFFECTIVENESS_MIN_SPAN, paddedDomain } from './domains';
import { chartSize, type Frame, frame, frameDefaults, PLOT_MARGIN } from './frame';
import { INK, MUTED } from './palette';
import { levelLine, setLevel } from './series';
import { type G, r2, setPath } from './svg';
import { strideRows } from './thinning';
import { horizonOf, lastTick } from './timeAxis';
import ENGLISH from './labels.en.json';

export interface PhaseData {
  tick: ArrayLike<number>;
  effectiveness: ArrayLike<number>;
  efficiency: ArrayLike<number>;
}

/** The chart's words, as its English defaults (labels.en.json) name them. */
export type PhaseLabels = typeof ENGLISH.phase;

export interface PhaseOptions extends ChartOptions<PhaseLabels> {
  horizon?: number;
}

export const DEFAULT_PHASE_LABELS: PhaseLabels = ENGLISH.phase;

/** Segments drawn at most: beyond this the path is thinned by stride (colour steps stay smooth). */
const MAX_SEGMENTS = 600;
/** Colours along the path: enough for a smooth ramp, few enough to stay cheap. */
const COLOUR_STEPS = 30;
const PHASE = frameDefaults('phase', 440, DEFAULT_PHASE_LABELS, { margin: { ...PLOT_MARGIN, bottom: 52 } });

/** Rows where the run has both levels. */
const rowsOf = (data: PhaseData) => Math.min(data.tick.length, data.effectiveness.length, data.efficiency.length);

/** Size, scales and labels, with a signature of them (what an in-place update must not change). */
function layoutOf(data: PhaseData, options: PhaseOptions) {
  const size = chartSize(options, PHASE);
  const { box } = size;
  const n = rowsOf(data);
  const horizon = horizonOf(options.horizon, lastTick(data.tick, n));
  const xDomain = paddedDomain(data.efficiency, 1, 0.05);
  const yDomain = paddedDomain(data.effectiveness, 0, EFFECTIVENESS_MIN_SPAN);
  const x = scaleLinear().domain(xDomain).range([box.left, box.right]);
  const y = scaleLinear().domain(yDomain).range([box.bottom, box.top]);
  // The domains are left out of the signature: the chart follows them in place (axes drawn again).
  return { ...size, n, horizon, x, y, signature: redrawSignature(size, horizon, options.labels) };
}

type Layout = ReturnType<typeof layoutOf>;

/** The colour ramp, which doubles as the time legend: month 0 to the horizon. */
function drawTimeRamp({ svg, id, box, labels }: Frame<PhaseLabels>, horizon: number): void {
  const ramp = svg
    .append('g')
    .attr('id', `${id}-ramp`)
    .attr('class', 'ramp')
    .attr('transform', `translate(${box.right - 160},40)`);
  const gradientId = `${id}-gradient`;
  const gradient = svg.append('defs').append('linearGradient').attr('id', gradientId);
  for (const stop of [0, 0.25, 0.5, 0.75, 1]) gradient.append('stop').attr('offset', stop).attr('stop-color', interpolateCividis(stop));
  ramp.append('rect').attr('width', 160).attr('height', 8).attr('fill', `url(#${gradientId})`);
  ramp.append('text').attr('y', 20).attr('font-size', 10).text('0');
  ramp.append('text').attr('x', 80).attr('y', 20).attr('font-size', 10).attr('text-anchor', 'middle').text(labels.time);
  ramp.append('text').attr('x', 160).attr('y', 20).attr('font-size', 10).attr('text-anchor', 'end').text(horizon);
}

/** The trajectory: one path per colour step (a few dozen elements whatever the run's length), and the start and latest month marked. */
function drawTrajectory(plot: G, id: string) {
  const trajectory = plot
    .append('g')
    .attr('id', `${id}-path`)
    .attr('class', 'trajectory')
    .attr('fill', 'none')
    .attr('stroke-width', 2)
    .attr('stroke-linecap', 'round');
  const steps = Array.from(
    { length: COLOUR_STEPS },
    (_, step) =>
      trajectory
        .append('path')
        .attr('stroke', interpolateCividis((step + 0.5) / COLOUR_STEPS))
        .node()!,
  );
  const mark = (key: string, shape: typeof symbolCircle, fill: string, stroke: string, width: number) =>
    plot
      .append('path')
      .attr('id', `${id}-${key}`)
      .attr('class', key)
      .attr('d', symbol(shape, 64).digits(2)())
      .attr('fill', fill)
      .attr('stroke', stroke)
      .attr('stroke-width', width)
      .node()!;
  return { steps, start: mark('start', symbolCircle, '#fff', INK, 1.5), now: mark('now', symbolSquare, INK, '#fff', 1) };
}

/** The trajectory's segments by colour step: each joins two kept rows, coloured by the later one's month. */
function segmentsByStep(next: PhaseData, rows: number, horizon: number, { x, y }: Layout): string[] {
  const texts: string[] = new Array<string>(COLOUR_STEPS).fill('');
  const kept = strideRows(rows, MAX_SEGMENTS);
  for (let k = 1; k < kept.length; k++) {
    const a = kept[k - 1]!;
    const b = kept[k]!;
    if (![next.efficiency[a]!, next.effectiveness[a]!, next.efficiency[b]!, next.effectiveness[b]!].every(Number.isFinite)) continue;
    const step = Math.min(COLOUR_STEPS - 1, Math.floor((next.tick[b]! / horizon) * COLOUR_STEPS));
    texts[step] += `M${r2(x(next.efficiency[a]!))},${r2(y(next.effectiveness[a]!))}L${r2(x(next.efficiency[b]!))},${r2(y(next.effectiveness[b]!))}`;
  }
  return texts;
}

/** A month's mark at its row `k`, or hidden before there is one. */
function place(el: SVGPathElement, k: number | undefined, next: PhaseData, { x, y }: Layout): void {
  if (k === undefined) el.setAttribute('visibility', 'hidden');
  else {
    el.removeAttribute('visibility');
    el.setAttribute('transform', `translate(${r2(x(next.efficiency[k]!))},${r2(y(next.effectiveness[k]!))})`);
  }
}

export function phaseChart(data: PhaseData, options: PhaseOptions, document: Document): Chart<PhaseData, PhaseOptions> {
  const layout = layoutOf(data, options);
  const f = frame(document, layout, layout.n);
  const { svg, id, labels, box } = f;
  const { left, right, top, bottom } = box;
  f.legend(
    [
      { key: 'start', kind: 'symbol', symbol: symbolCircle, fill: '#fff', stroke: INK, text: labels.start },
      { key: 'now', kind: 'symbol', symbol: symbolSquare, fill: INK, stroke: INK, text: labels.now },
    ],
    { width: 200 },
  );
  drawTimeRamp(f, layout.horizon);
  const xAxis = redrawableAxis(svg, layout.x, { id: `${id}-x-axis`, className: 'axis axis-x', side: 'bottom', at: bottom, ticks: 5, decimal: labels.decimal });
  const yAxis = redrawableAxis(svg, layout.y, { id: `${id}-y-axis`, className: 'axis axis-y', side: 'left', at: left, ticks: 5, decimal: labels.decimal });
  f.xTitle(labels.xAxis, 10);
  yAxisTitle(svg, `${id}-y-label`, labels.yAxis, 14, (top + bottom) / 2, 'left', undefined, bottom - top + 40);

  const plot = f.plot();
  // References: stand-alone efficiency and "no difference for the population".
  const standAlone = plot
    .append('line')
    .attr('class', 'reference')
    .attr('y1', top)
    .attr('y2', bottom)
    .attr('stroke', MUTED)
    .attr('stroke-dasharray', '2 4')
    .node()!;
  const noDifference = levelLine(plot, { x1: left, x2: right, colour: MUTED, dash: '2 4' });
  const { steps, start, now } = drawTrajectory(plot, id);

  const redraw = (next: PhaseData, at: Layout) => {
    const rows = rowsOf(next);
    svg.attr('data-ticks', rows);
    xAxis.update(at.x);
    yAxis.update(at.y);
    const x1 = String(r2(at.x(1)));
    standAlone.setAttribute('x1', x1);
    standAlone.setAttribute('x2', x1);
    setLevel(noDifference, at.y(0));
    segmentsByStep(next, rows, layout.horizon, at).forEach((d, step) => setPath(steps[step]!, d));
    place(start, rows > 0 ? 0 : undefined, next, at);
    place(now, rows > 0 ? rows - 1 : undefined, next, at);
    now.setAttribute('data-tick', String(rows > 0 ? next.tick[rows - 1]! : 0));
  };
  redraw(data, layout);
  return redrawnInPlace(svg.node()!, layout.signature, layoutOf, redraw);
}
