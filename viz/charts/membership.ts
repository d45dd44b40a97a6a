/**
 * Membership by order over time (stacked bands E, P, T, each labelled with its letter),
 * and below it the month's joins (bars up) and leaves (bars down).
 */
import { area, axisLeft, max, scaleLinear, type ScaleLinear } from 'd3';
import {
  type Chart,
  chartOptions,
  type ChartOptions,
  chartRoot,
  drawLegend,
  labelsSignature,
  plotTop,
  r2,
  RedrawableAxis,
  redrawnInPlace,
  rounded,
  strideRows,
  xAxisTitle,
  yAxisTitle,
  monthAxis,
} from './common';
import { FLOW_COLOURS, INK, ORDER_COLOURS, ORDER_LETTERS, ORDER_STROKES, RULE } from './palette';
import { Markers, defaultEventName, type ChartEvent } from './markers';

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

export interface MembershipLabels {
  title: string;
  caption: string;
  xAxis: string;
  yMembers: string;
  yFlows: string;
  orders: readonly [string, string, string];
  joins: string;
  leaves: string;
}

export interface MembershipOptions extends ChartOptions<MembershipLabels> {
  horizon?: number;
  /** Display name of an event on its marker (the page translates them). */
  eventName?: (event: ChartEvent) => string;
}

export const DEFAULT_MEMBERSHIP_LABELS: MembershipLabels = {
  title: 'Members by order, joins and leaves',
  caption:
    'Top: members of the joint action each month, stacked by order (E State, P private, T third sector; letters at the right edge). ' +
    'Bottom: organisations that joined (bars up) and left (bars down) that month.',
  xAxis: 'Time (months)',
  yMembers: 'Members (organisations)',
  yFlows: 'Joins ↑ / leaves ↓',
  orders: ['E – State', 'P – Private', 'T – Third sector'],
  joins: 'Joins',
  leaves: 'Leaves',
};

const MARGIN = { top: 70, right: 40, bottom: 48, left: 64 } as const;
/** Bars drawn at most: longer runs add up several months per bar. */
const MAX_BARS = 240;

/** Bars as one path: rectangles from the axis at `base` to each value (negative values go down). */
function barsPath(starts: number[], widths: number, heights: number[], base: number): string {
  let d = '';
  for (let k = 0; k < starts.length; k++) {
    const h = heights[k]!;
    if (h === 0) continue;
    d += `M${r2(starts[k]!)},${r2(base)}h${r2(widths)}v${r2(-h)}h${r2(-widths)}Z`;
  }
  return d;
}

function layoutOf(data: MembershipData, options: MembershipOptions) {
  const { width, height, id, labels } = chartOptions(options, { width: 720, height: 400, id: 'members', labels: DEFAULT_MEMBERSHIP_LABELS });
  const n = data.tick.length;
  const horizon = Math.max(1, options.horizon ?? 0, n > 0 ? data.tick[n - 1]! : 0);
  const top = plotTop(MARGIN.top, [...labels.orders, labels.joins, labels.leaves], width - MARGIN.right - MARGIN.left);
  const bottom = height - MARGIN.bottom;
  const split = top + Math.round((bottom - top) * 0.68);
  const box = { left: MARGIN.left, right: width - MARGIN.right, top, bottom, split, flowTop: split + 14 };

  let peak = 1;
  for (let k = 0; k < n; k++) peak = Math.max(peak, data.membersE[k]! + data.membersP[k]! + data.membersT[k]!);
  const flows = flowBars(data);
  const flowPeak = Math.max(1, max(flows.joins) ?? 0, max(flows.leaves) ?? 0);
  const x = scaleLinear().domain([0, horizon]).range([box.left, box.right]);
  const y = scaleLinear().domain([0, peak]).nice(4).range([split, top]);
  const flow = scaleLinear().domain([-flowPeak, flowPeak]).nice(2).range([bottom, box.flowTop]);
  // The y domains are left out: the chart follows them in place (axes drawn again).
  const signature = [width, height, id, horizon, labelsSignature(options.labels)].join('|');
  return { width, height, id, labels, n, horizon, box, x, y, flow, flows, signature };
}

type Layout = ReturnType<typeof layoutOf>;
const domainKey = (scale: ScaleLinear<number, number>) => scale.domain().join(',');

/** Joins and leaves per bar, several months a bar when a run has more months than bars. */
function flowBars(data: MembershipData): { perBar: number; joins: number[]; leaves: number[] } {
  const n = data.tick.length;
  const perBar = Math.max(1, Math.ceil(n / MAX_BARS));
  const bars = Math.ceil(n / perBar);
  const joins: number[] = new Array<number>(bars).fill(0);
  const leaves: number[] = new Array<number>(bars).fill(0);
  for (let k = 0; k < n; k++) {
    joins[Math.floor(k / perBar)]! += data.joins[k]!;
    leaves[Math.floor(k / perBar)]! += data.leaves[k]!;
  }
  return { perBar, joins, leaves };
}

export function membershipChart(data: MembershipData, options: MembershipOptions, document: Document): Chart<MembershipData, MembershipOptions> {
  const { width, height, id, labels, n, horizon, box, x, y, flow, signature } = layoutOf(data, options);
  const { left, right, top, bottom, split, flowTop } = box;

  const svg = chartRoot(document, { id, className: 'membership', width, height, title: labels.title, caption: labels.caption, rows: n });
  drawLegend(
    svg,
    id,
    [
      ...ORDER_LETTERS.map((letter, k) => ({
        key: letter,
        kind: 'rect' as const,
        fill: ORDER_COLOURS[k]!,
        stroke: ORDER_STROKES[k]!,
        text: labels.orders[k]!,
      })),
      { key: 'joins', kind: 'rect', fill: FLOW_COLOURS.joins, text: labels.joins },
      { key: 'leaves', kind: 'rect', fill: FLOW_COLOURS.leaves, text: labels.leaves },
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
            .ticks(4)
            .tickFormat((d) => String(d)),
        );
    },
    y,
    domainKey,
  );
  const flowAxis = new RedrawableAxis(
    svg,
    (g, scale: ScaleLinear<number, number>) => {
      g.attr('id', `${id}-flow-axis`)
        .attr('class', 'axis axis-flow')
        .attr('transform', `translate(${left},0)`)
        .call(
          axisLeft(rounded(scale))
            .ticks(3)
            .tickFormat((d) => String(Math.abs(Number(d)))),
        );
    },
    flow,
    domainKey,
  );
  xAxisTitle(svg, `${id}-x-label`, labels.xAxis, (left + right) / 2, height - 8);
  yAxisTitle(svg, `${id}-y-label`, labels.yMembers, 14, (top + split) / 2, 'left', INK, split - top + 10);
  yAxisTitle(svg, `${id}-flow-label`, labels.yFlows, 14, (flowTop + bottom) / 2, 'left', INK, bottom - flowTop + 10);

  const plot = svg.append('g').attr('id', `${id}-plot`);
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
  const bandLabels = ORDER_LETTERS.map(
    (letter) => plot.append('text').attr('class', `band-label band-label-${letter}`).attr('dy', '0.32em').attr('font-weight', 'bold').text(letter).node()!,
  );
  const zeroLine = plot.append('line').attr('class', 'reference').attr('x1', left).attr('x2', right).attr('stroke', RULE).node()!;
  const joinsEl = plot.append('path').attr('id', `${id}-joins`).attr('class', 'flows joins').attr('fill', FLOW_COLOURS.joins).node()!;
  const leavesEl = plot.append('path').attr('id', `${id}-leaves`).attr('class', 'flows leaves').attr('fill', FLOW_COLOURS.leaves).node()!;
  const setPath = (el: SVGPathElement, d: string | null) => (d ? el.setAttribute('d', d) : el.removeAttribute('d'));
  const marks = new Markers(plot.append('g').attr('id', `${id}-events`).attr('class', 'events').node()!, options.eventName ?? defaultEventName, x, top, bottom);

  const redraw = (next: MembershipData, layout: Layout) => {
    const { y, flow } = layout;
    const rows = next.tick.length;
    svg.attr('data-ticks', rows);
    marks.draw(next.events ?? []);
    yAxis.update(y);
    flowAxis.update(flow);
    const zero = r2(flow(0));
    zeroLine.setAttribute('y1', String(zero));
    zeroLine.setAttribute('y2', String(zero));
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
      // The letter at the band's right end, when the band is thick enough to hold it.
      const label = bandLabels[order]!;
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
    const { perBar, joins, leaves } = flowBars(next);
    const barWidth = Math.max(1, x(perBar) - x(0) - (x(perBar) - x(0) > 3 ? 1 : 0));
    const starts = joins.map((_, b) => x(next.tick[b * perBar]! - 1));
    const unit = zero - flow(1);
    setPath(
      joinsEl,
      barsPath(
        starts,
        barWidth,
        joins.map((v) => v * unit),
        zero,
      ) || null,
    );
    setPath(
      leavesEl,
      barsPath(
        starts,
        barWidth,
        leaves.map((v) => -v * unit),
        zero,
      ) || null,
    );
  };
  redraw(data, layoutOf(data, options));
  return redrawnInPlace(svg.node()!, signature, layoutOf, redraw);
}
