/**
 * Kaplan–Meier survival of the partnership per setting (the numbers of survival.csv): the
 * share of runs whose partnership has not yet dissolved, as a step function of months.
 * Runs still alive at the horizon are censored there. The dotted line at one half reads
 * off the median lifetime where a curve crosses it.
 */
import { axisLeft, scaleLinear } from 'd3';
import {
  type Chart,
  chartOptions,
  type ChartOptions,
  drawnOnce,
  chartRoot,
  drawLegend,
  r2,
  rounded,
  tickFormatter,
  xAxisTitle,
  yAxisTitle,
  monthAxis,
} from './common';
import { MUTED, settingStyle } from './palette';

export interface SurvivalSeriesData {
  key: string;
  label: string;
  /** Kaplan–Meier steps in time order: survival just after `time`, and its 95% band when known (survival.csv's ci_low, ci_high). */
  steps: readonly { time: number; survival: number; ciLow?: number; ciHigh?: number }[];
  /** Last month observed (the setting's horizon): the curve is drawn flat to there. */
  horizon: number;
  style: number;
}

export interface SurvivalData {
  series: readonly SurvivalSeriesData[];
}

export interface SurvivalLabels {
  title: string;
  caption: string;
  xAxis: string;
  yAxis: string;
  median: string;
  decimal: string;
}

export type SurvivalOptions = ChartOptions<SurvivalLabels>;

export const DEFAULT_SURVIVAL_LABELS: SurvivalLabels = {
  title: 'Survival of the partnership per setting (Kaplan–Meier)',
  caption:
    'Each step line is the share of runs of one setting whose partnership has not yet dissolved, month by month (Kaplan–Meier estimate; runs still alive at the horizon are censored there). ' +
    'The shaded band around each line is its 95% confidence band (Greenwood, log-log). Where a line crosses the dotted line at one half is that setting’s median lifetime.',
  xAxis: 'Time (months)',
  yAxis: 'Share not yet dissolved',
  median: 'One half (median lifetime)',
  decimal: '.',
};

const MARGIN = { top: 70, right: 24, bottom: 48, left: 80 } as const;

/**
 * The 95% band as a closed step area: along the upper band, then back along the lower one.
 * Empty when the steps carry no band, or only where it is known (the band stops at the
 * first step where it cannot be computed).
 */
export function survivalBandPath(steps: SurvivalSeriesData['steps'], horizon: number, x: (v: number) => number, y: (v: number) => number): string {
  const known: { time: number; low: number; high: number }[] = [];
  for (const step of steps) {
    if (step.ciLow === undefined || step.ciHigh === undefined || !Number.isFinite(step.ciLow) || !Number.isFinite(step.ciHigh)) break;
    known.push({ time: step.time, low: step.ciLow, high: step.ciHigh });
  }
  if (known.length === 0) return '';
  const ends = known.map((k, i) => (i + 1 < known.length ? known[i + 1]!.time : known.length === steps.length ? horizon : k.time));
  let d = `M${r2(x(known[0]!.time))},${r2(y(known[0]!.high))}`;
  known.forEach((k, i) => (d += `V${r2(y(k.high))}H${r2(x(ends[i]!))}`));
  for (let i = known.length - 1; i >= 0; i--) d += `V${r2(y(known[i]!.low))}H${r2(x(known[i]!.time))}`;
  return `${d}Z`;
}

/** The step path: flat at each level until the next event time, then down. */
export function survivalPath(steps: SurvivalSeriesData['steps'], horizon: number, x: (v: number) => number, y: (v: number) => number): string {
  let d = `M${r2(x(0))},${r2(y(1))}`;
  let level = 1;
  for (const step of steps) {
    if (step.survival === level) continue;
    d += `H${r2(x(step.time))}V${r2(y(step.survival))}`;
    level = step.survival;
  }
  return `${d}H${r2(x(horizon))}`;
}

export function survivalChart(data: SurvivalData, options: SurvivalOptions, document: Document): Chart<SurvivalData, SurvivalOptions> {
  const { width, height, id, labels } = chartOptions(options, { width: 720, height: 400, id: 'survival', labels: DEFAULT_SURVIVAL_LABELS });
  const horizon = Math.max(1, ...data.series.map((s) => s.horizon));
  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const bottom = height - MARGIN.bottom;

  const svg = chartRoot(document, { id, className: 'survival', width, height, title: labels.title, caption: labels.caption, rows: data.series.length });
  const legendHeight = drawLegend(
    svg,
    id,
    [
      ...data.series.map((s) => ({ key: s.key, kind: 'line' as const, text: s.label, ...settingStyle(s.style) })),
      { key: 'median', kind: 'line' as const, text: labels.median, colour: MUTED, dash: '2 4', width: 1 },
    ],
    left,
    44,
    right - left,
  );
  const top = Math.max(MARGIN.top, 44 + legendHeight + 8);

  const x = scaleLinear().domain([0, horizon]).range([left, right]);
  const y = scaleLinear().domain([0, 1]).range([bottom, top]);
  monthAxis(svg, id, x, horizon, bottom);
  svg
    .append('g')
    .attr('id', `${id}-y-axis`)
    .attr('class', 'axis axis-y')
    .attr('transform', `translate(${left},0)`)
    .call(
      axisLeft(rounded(y))
        .ticks(5)
        .tickFormat((d) => tickFormatter(y, 5, labels.decimal)(Number(d))),
    );
  xAxisTitle(svg, `${id}-x-label`, labels.xAxis, (left + right) / 2, height - 8);
  yAxisTitle(svg, `${id}-y-label`, labels.yAxis, 14, (top + bottom) / 2, 'left');

  const plot = svg.append('g').attr('id', `${id}-plot`);
  const half = r2(y(0.5));
  plot
    .append('line')
    .attr('id', `${id}-median`)
    .attr('class', 'reference')
    .attr('x1', left)
    .attr('x2', right)
    .attr('y1', half)
    .attr('y2', half)
    .attr('stroke', MUTED)
    .attr('stroke-width', 1)
    .attr('stroke-dasharray', '2 4');
  // Bands first, lines over them: no band hides another setting's line.
  for (const s of data.series) {
    const band = survivalBandPath(s.steps, s.horizon, x, y);
    if (band)
      plot
        .append('path')
        .attr('id', `${id}-${s.key}-band`)
        .attr('class', 'band')
        .attr('data-setting', s.key)
        .attr('fill', settingStyle(s.style).colour)
        .attr('fill-opacity', 0.15)
        .attr('stroke', 'none')
        .attr('d', band);
  }
  for (const s of data.series) {
    const style = settingStyle(s.style);
    plot
      .append('path')
      .attr('id', `${id}-${s.key}`)
      .attr('class', 'series curve')
      .attr('data-setting', s.key)
      .attr('fill', 'none')
      .attr('stroke', style.colour)
      .attr('stroke-width', 2)
      .attr('stroke-dasharray', style.dash)
      .attr('d', survivalPath(s.steps, s.horizon, x, y));
  }
  // Drawn once: new data or options build a new chart.
  return drawnOnce(svg.node()!);
}
