/**
 * Membership by order over time (stacked bands E, P, T, each labelled with its letter),
 * and below it the month's joins (bars up) and leaves (bars down).
 */
import { area, max, scaleLinear } from 'd3';
import { redrawableAxis, yAxisTitle } from './axes';
import { type Chart, redrawnInPlace, redrawSignature } from './common';
import { flowBars, flowPaths } from './flowBars';
import { type ChartWords, chartSize, type Frame, frame, frameDefaults } from './frame';
import type { LegendEntry } from './legend';
import { type ChartEvent, eventLayer } from './markers';
import { FLOW_COLOURS, INK, ORDER_COLOURS, ORDER_LETTERS, ORDER_STROKES, RULE } from './palette';
import { levelLine, setLevel } from './series';
import { type G, r2, setPath } from './svg';
import { strideRows } from './thinning';
import { horizonOf, lastTick, monthAxis, type MonthChartOptions, monthScale } from './timeAxis';
import ENGLISH from './labels.en.json';

export interface MembershipData {
  tick: ArrayLike<number>;
  membersE: ArrayLike<number>;
  membersP: ArrayLike<number>;
  membersT: ArrayLike<number>;
  joins: ArrayLike<number>;
  leaves: ArrayLike<number>;
  /** Events and the run's story, marked across the chart (only ever added to, in month order). */
  events?: readonly ChartEvent[];
}

export interface MembershipLabels extends ChartWords {
  xAxis: string;
  yMembers: string;
  yFlows: string;
  orders: readonly [string, string, string];
  joins: string;
  leaves: string;
}

export type MembershipOptions = MonthChartOptions<MembershipLabels>;

// The orders' three names: JSON types them as a list of any length.
export const DEFAULT_MEMBERSHIP_LABELS: MembershipLabels = {
  ...ENGLISH.membership,
  orders: ENGLISH.membership.orders as unknown as MembershipLabels['orders'],
};

/** The orders' bands, then the joins' and leaves' bars. */
const legendOf = (labels: MembershipLabels): LegendEntry[] => [
  ...ORDER_LETTERS.map((letter, k) => ({ key: letter, kind: 'rect' as const, fill: ORDER_COLOURS[k]!, stroke: ORDER_STROKES[k]!, text: labels.orders[k]! })),
  { key: 'joins', kind: 'rect', fill: FLOW_COLOURS.joins, text: labels.joins },
  { key: 'leaves', kind: 'rect', fill: FLOW_COLOURS.leaves, text: labels.leaves },
];
const MEMBERS = frameDefaults('membership', 400, DEFAULT_MEMBERSHIP_LABELS, {
  id: 'members',
  margin: { top: 70, right: 40, bottom: 48, left: 64 },
  legend: legendOf,
});

/** Size, scales and labels: the members' panel above the flows' panel, with a signature of them (what an in-place update must not change). */
function layoutOf(data: MembershipData, options: MembershipOptions) {
  const size = chartSize(options, MEMBERS);
  const { top, bottom } = size.box;
  const n = data.tick.length;
  const horizon = horizonOf(options.horizon, lastTick(data.tick));
  const split = top + Math.round((bottom - top) * 0.68);
  const box = { ...size.box, split, flowTop: split + 14 };

  let peak = 1;
  for (let k = 0; k < n; k++) peak = Math.max(peak, data.membersE[k]! + data.membersP[k]! + data.membersT[k]!);
  const flows = flowBars(data);
  const flowPeak = Math.max(1, max(flows.joins) ?? 0, max(flows.leaves) ?? 0);
  const y = scaleLinear().domain([0, peak]).nice(4).range([split, top]);
  const flow = scaleLinear().domain([-flowPeak, flowPeak]).nice(2).range([bottom, box.flowTop]);
  // The y domains are left out of the signature: the chart follows them in place (axes drawn again).
  return { ...size, box, n, horizon, x: monthScale(horizon, box), y, flow, signature: redrawSignature(size, horizon, options.labels) };
}

type Layout = ReturnType<typeof layoutOf>;

/** The two panels' axes (members; joins up and leaves down, as magnitudes), and the titles. */
function drawAxes(f: Frame<MembershipLabels>, { box, y, flow }: Layout) {
  const { svg, id, labels } = f;
  const { left, top, bottom, split, flowTop } = box;
  const yAxis = redrawableAxis(svg, y, { id: `${id}-y-axis`, className: 'axis axis-y', side: 'left', at: left, ticks: 4, format: String });
  const flowAxis = redrawableAxis(svg, flow, {
    id: `${id}-flow-axis`,
    className: 'axis axis-flow',
    side: 'left',
    at: left,
    ticks: 3,
    format: (value) => String(Math.abs(value)),
  });
  f.xTitle(labels.xAxis);
  yAxisTitle(svg, `${id}-y-label`, labels.yMembers, 14, (top + split) / 2, 'left', INK, split - top + 10);
  yAxisTitle(svg, `${id}-flow-label`, labels.yFlows, 14, (flowTop + bottom) / 2, 'left', INK, bottom - flowTop + 10);
  return { yAxis, flowAxis };
}

/** The members' bands, one per order, and their letters. */
function drawStack(plot: G, id: string): { bands: SVGPathElement[]; letters: SVGTextElement[] } {
  const bandGroup = plot.append('g').attr('id', `${id}-bands`).attr('class', 'bands');
  const bands = ORDER_LETTERS.map(
    (letter, order) =>
      bandGroup
        .append('path')
        .attr('id', `${id}-band-${letter}`)
        .attr('class', `band band-${letter}`)
        .attr('fill', ORDER_COLOURS[order]!)
        .attr('stroke', '#fff')
        .attr('stroke-width', 0.75)
        .node()!,
  );
  const letters = ORDER_LETTERS.map(
    (letter) => plot.append('text').attr('class', `band-label band-label-${letter}`).attr('dy', '0.32em').attr('font-weight', 'bold').text(letter).node()!,
  );
  return { bands, letters };
}

/** Members stacked E, P, T over the first `rows` months, each band's letter at its right end when the band is thick enough to hold it. */
function redrawStack({ bands, letters }: ReturnType<typeof drawStack>, next: MembershipData, rows: number, { x, y }: Layout): void {
  const columns = [next.membersE, next.membersP, next.membersT] as const;
  const kept = strideRows(rows);
  let below: (k: number) => number = () => 0;
  ORDER_LETTERS.forEach((_, order) => {
    const base = below;
    const value = columns[order]!;
    const upper = (k: number) => base(k) + value[k]!;
    setPath(
      bands[order]!,
      area<number>()
        .x((k) => x(next.tick[k]!))
        .y0((k) => y(base(k)))
        .y1((k) => y(upper(k)))
        .digits(2)(kept),
    );
    const label = letters[order]!;
    if (rows > 0 && y(base(rows - 1)) - y(upper(rows - 1)) >= 10) {
      label.removeAttribute('visibility');
      label.setAttribute('x', String(r2(x(next.tick[rows - 1]!) + 4)));
      label.setAttribute('y', String(r2((y(base(rows - 1)) + y(upper(rows - 1))) / 2)));
    } else {
      label.setAttribute('visibility', 'hidden');
      label.removeAttribute('x');
      label.removeAttribute('y');
    }
    below = upper;
  });
}

export function membershipChart(data: MembershipData, options: MembershipOptions, document: Document): Chart<MembershipData, MembershipOptions> {
  const layout = layoutOf(data, options);
  const f = frame(document, layout, layout.n);
  const { svg, id, labels } = f;
  const { left, right, top, bottom } = layout.box;
  f.legend(legendOf(labels));
  monthAxis(svg, id, layout.x, layout.horizon, bottom);
  const { yAxis, flowAxis } = drawAxes(f, layout);

  const plot = f.plot();
  const stack = drawStack(plot, id);
  const zeroLine = levelLine(plot, { x1: left, x2: right, colour: RULE });
  const joinsEl = plot.append('path').attr('id', `${id}-joins`).attr('class', 'flows joins').attr('fill', FLOW_COLOURS.joins).node()!;
  const leavesEl = plot.append('path').attr('id', `${id}-leaves`).attr('class', 'flows leaves').attr('fill', FLOW_COLOURS.leaves).node()!;
  const marks = eventLayer(plot, id, options.eventName, layout.x, top, bottom);

  const redraw = (next: MembershipData, at: Layout) => {
    const rows = next.tick.length;
    svg.attr('data-ticks', rows);
    marks.draw(next.events ?? []);
    yAxis.update(at.y);
    flowAxis.update(at.flow);
    const zero = r2(at.flow(0));
    setLevel(zeroLine, zero);
    redrawStack(stack, next, rows, at);
    const flows = flowPaths(next, at.x, at.flow, zero);
    setPath(joinsEl, flows.joins);
    setPath(leavesEl, flows.leaves);
  };
  redraw(data, layout);
  return redrawnInPlace(svg.node()!, layout.signature, layoutOf, redraw);
}
