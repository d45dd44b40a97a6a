/**
 * The headline pair as a phase trajectory: organisational efficiency on x, collective
 * effectiveness on y, the path coloured by month (cividis, readable with any colour
 * vision), with the start and the current month marked by shape.
 */
import { axisBottom, axisLeft, interpolateCividis, scaleLinear, symbol, symbolCircle, symbolSquare, type ScaleLinear } from 'd3';
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
  strideRows,
  tickFormatter,
  xAxisTitle,
  yAxisTitle,
} from './common';
import { INK, MUTED } from './palette';

export interface PhaseData {
  tick: ArrayLike<number>;
  effectiveness: ArrayLike<number>;
  efficiency: ArrayLike<number>;
}

export interface PhaseLabels {
  title: string;
  caption: string;
  xAxis: string;
  yAxis: string;
  time: string;
  start: string;
  now: string;
  decimal: string;
}

export interface PhaseOptions extends ChartOptions<PhaseLabels> {
  horizon?: number;
}

export const DEFAULT_PHASE_LABELS: PhaseLabels = {
  title: 'Phase trajectory: efficiency against effectiveness',
  caption:
    'Each point is a month: across, organisational efficiency (1 = stand-alone); up, collective effectiveness (0 = no difference). ' +
    'Colour runs from dark blue (early) to yellow (late). Up and to the right is better on both levels; up and to the left means the population gains while organisations pay.',
  xAxis: 'Organisational efficiency (1 = stand-alone)',
  yAxis: 'Collective effectiveness (points of needs met)',
  time: 'Month',
  start: 'Start',
  now: 'Latest month',
  decimal: '.',
};

/** Segments drawn at most: beyond this the path is thinned by stride (colour steps stay smooth). */
const MAX_SEGMENTS = 600;
/** Colours along the path: enough for a smooth ramp, few enough to stay cheap. */
const COLOUR_STEPS = 30;
const MARGIN = { top: 70, right: 24, bottom: 52, left: 80 } as const;

function layoutOf(data: PhaseData, options: PhaseOptions) {
  const { width, height, id, labels } = chartOptions(options, { width: 720, height: 440, id: 'phase', labels: DEFAULT_PHASE_LABELS });
  const n = Math.min(data.tick.length, data.effectiveness.length, data.efficiency.length);
  const horizon = Math.max(1, options.horizon ?? 0, n > 0 ? data.tick[n - 1]! : 0);
  const box = { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
  const xDomain = paddedDomain(data.efficiency, 1, 0.05);
  const yDomain = paddedDomain(data.effectiveness, 0, EFFECTIVENESS_MIN_SPAN);
  const x = scaleLinear().domain(xDomain).range([box.left, box.right]);
  const y = scaleLinear().domain(yDomain).range([box.bottom, box.top]);
  // The domains are left out: the chart follows them in place (axes drawn again).
  return { width, height, id, labels, n, horizon, box, x, y, signature: [width, height, id, horizon, labelsSignature(options.labels)].join('|') };
}

type Layout = ReturnType<typeof layoutOf>;
const domainKey = (scale: ScaleLinear<number, number>) => scale.domain().join(',');

export function phaseChart(data: PhaseData, options: PhaseOptions, document: Document): Chart<PhaseData, PhaseOptions> {
  const { width, height, id, labels, n, horizon, box, x, y, signature } = layoutOf(data, options);
  const { left, right, top, bottom } = box;

  const svg = chartRoot(document, { id, className: 'phase', width, height, title: labels.title, caption: labels.caption, rows: n });
  drawLegend(
    svg,
    id,
    [
      { key: 'start', kind: 'symbol', symbol: symbolCircle, fill: '#fff', stroke: INK, text: labels.start },
      { key: 'now', kind: 'symbol', symbol: symbolSquare, fill: INK, stroke: INK, text: labels.now },
    ],
    left,
    44,
    200,
  );

  // The colour ramp doubles as the time legend: month 0 to the horizon.
  const ramp = svg
    .append('g')
    .attr('id', `${id}-ramp`)
    .attr('class', 'ramp')
    .attr('transform', `translate(${right - 160},40)`);
  const gradientId = `${id}-gradient`;
  const gradient = svg.append('defs').append('linearGradient').attr('id', gradientId);
  for (const stop of [0, 0.25, 0.5, 0.75, 1]) gradient.append('stop').attr('offset', stop).attr('stop-color', interpolateCividis(stop));
  ramp.append('rect').attr('width', 160).attr('height', 8).attr('fill', `url(#${gradientId})`);
  ramp.append('text').attr('y', 20).attr('font-size', 10).text('0');
  ramp.append('text').attr('x', 80).attr('y', 20).attr('font-size', 10).attr('text-anchor', 'middle').text(labels.time);
  ramp.append('text').attr('x', 160).attr('y', 20).attr('font-size', 10).attr('text-anchor', 'end').text(horizon);

  const xAxis = new RedrawableAxis(
    svg,
    (g, scale: ScaleLinear<number, number>) => {
      g.attr('id', `${id}-x-axis`)
        .attr('class', 'axis axis-x')
        .attr('transform', `translate(0,${bottom})`)
        .call(
          axisBottom(rounded(scale))
            .ticks(5)
            .tickFormat((d) => tickFormatter(scale, 5, labels.decimal)(Number(d))),
        );
    },
    x,
    domainKey,
  );
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
    domainKey,
  );
  xAxisTitle(svg, `${id}-x-label`, labels.xAxis, (left + right) / 2, height - 10);
  yAxisTitle(svg, `${id}-y-label`, labels.yAxis, 14, (top + bottom) / 2, 'left', undefined, bottom - top + 40);

  const plot = svg.append('g').attr('id', `${id}-plot`);
  // References: stand-alone efficiency and "no difference for the population".
  const standAlone = plot
    .append('line')
    .attr('class', 'reference')
    .attr('y1', top)
    .attr('y2', bottom)
    .attr('stroke', MUTED)
    .attr('stroke-dasharray', '2 4')
    .node()!;
  const noDifference = plot
    .append('line')
    .attr('class', 'reference')
    .attr('x1', left)
    .attr('x2', right)
    .attr('stroke', MUTED)
    .attr('stroke-dasharray', '2 4')
    .node()!;

  // Segments share one path per colour step: a few dozen elements whatever the run's length.
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
  const start = plot
    .append('path')
    .attr('id', `${id}-start`)
    .attr('class', 'start')
    .attr('d', symbol(symbolCircle, 64).digits(2)())
    .attr('fill', '#fff')
    .attr('stroke', INK)
    .attr('stroke-width', 1.5)
    .node()!;
  const now = plot
    .append('path')
    .attr('id', `${id}-now`)
    .attr('class', 'now')
    .attr('d', symbol(symbolSquare, 64).digits(2)())
    .attr('fill', INK)
    .attr('stroke', '#fff')
    .attr('stroke-width', 1)
    .node()!;

  const place = (el: SVGPathElement, k: number | undefined, next: PhaseData, { x, y }: Layout) => {
    if (k === undefined) el.setAttribute('visibility', 'hidden');
    else {
      el.removeAttribute('visibility');
      el.setAttribute('transform', `translate(${r2(x(next.efficiency[k]!))},${r2(y(next.effectiveness[k]!))})`);
    }
  };
  const redraw = (next: PhaseData, layout: Layout) => {
    const { x, y } = layout;
    const rows = Math.min(next.tick.length, next.effectiveness.length, next.efficiency.length);
    svg.attr('data-ticks', rows);
    xAxis.update(x);
    yAxis.update(y);
    const x1 = String(r2(x(1)));
    const y0 = String(r2(y(0)));
    standAlone.setAttribute('x1', x1);
    standAlone.setAttribute('x2', x1);
    noDifference.setAttribute('y1', y0);
    noDifference.setAttribute('y2', y0);
    const texts: string[] = new Array<string>(COLOUR_STEPS).fill('');
    const kept = strideRows(rows, MAX_SEGMENTS);
    for (let k = 1; k < kept.length; k++) {
      const a = kept[k - 1]!;
      const b = kept[k]!;
      if (![next.efficiency[a]!, next.effectiveness[a]!, next.efficiency[b]!, next.effectiveness[b]!].every(Number.isFinite)) continue;
      const step = Math.min(COLOUR_STEPS - 1, Math.floor((next.tick[b]! / horizon) * COLOUR_STEPS));
      texts[step] += `M${r2(x(next.efficiency[a]!))},${r2(y(next.effectiveness[a]!))}L${r2(x(next.efficiency[b]!))},${r2(y(next.effectiveness[b]!))}`;
    }
    texts.forEach((d, step) => (d ? steps[step]!.setAttribute('d', d) : steps[step]!.removeAttribute('d')));
    place(start, rows > 0 ? 0 : undefined, next, layout);
    place(now, rows > 0 ? rows - 1 : undefined, next, layout);
    now.setAttribute('data-tick', String(rows > 0 ? next.tick[rows - 1]! : 0));
  };
  redraw(data, layoutOf(data, options));
  return redrawnInPlace(svg.node()!, signature, layoutOf, redraw);
}
