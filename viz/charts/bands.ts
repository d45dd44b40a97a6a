/**
 * A sweep's per-tick metric: for each setting, the mean over replications month by month
 * and its 95% confidence interval as a shaded band (the numbers of ticks.csv). Settings
 * differ by colour and dash, so print and grey scale keep them apart.
 */
import { area, axisLeft, line, range, scaleLinear } from 'd3';
import {
  type Chart,
  chartOptions,
  type ChartOptions,
  drawnOnce,
  chartRoot,
  drawLegend,
  paddedDomain,
  rounded,
  strideRows,
  thinRows,
  tickFormatter,
  xAxisTitle,
  yAxisTitle,
  monthAxis,
} from './common';
import { MUTED, settingStyle } from './palette';

export interface BandSeriesData {
  /** Stable key (the setting's id, e.g. `s001`), used in element ids. */
  key: string;
  label: string;
  /** Row k is month k + 1. */
  mean: ArrayLike<number>;
  low: ArrayLike<number>;
  high: ArrayLike<number>;
  /** Position of the setting in the sweep: picks its colour and dash, so a setting keeps its look whatever is shown. */
  style: number;
}

export interface BandsData {
  series: readonly BandSeriesData[];
}

export interface BandsLabels {
  title: string;
  caption: string;
  xAxis: string;
  yAxis: string;
  band: string;
  decimal: string;
}

export type BandsOptions = ChartOptions<BandsLabels>;

export const DEFAULT_BANDS_LABELS: BandsLabels = {
  title: 'Mean per setting, with 95% confidence intervals',
  caption: 'Each line is the mean over the replications of one setting, month by month; the shaded band around it is the 95% confidence interval of that mean.',
  xAxis: 'Time (months)',
  yAxis: 'Value',
  band: '95% confidence interval',
  decimal: '.',
};

const MARGIN = { top: 70, right: 24, bottom: 48, left: 80 } as const;
/** The legend's band swatch: a light grey, as each band is a light tint of its setting's colour. */
const BAND_SWATCH = '#d5dae0';

export function bandsChart(data: BandsData, options: BandsOptions, document: Document): Chart<BandsData, BandsOptions> {
  const { width, height, id, labels } = chartOptions(options, { width: 720, height: 420, id: 'bands', labels: DEFAULT_BANDS_LABELS });
  const months = Math.max(0, ...data.series.map((s) => s.mean.length));
  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const bottom = height - MARGIN.bottom;

  const svg = chartRoot(document, { id, className: 'bands', width, height, title: labels.title, caption: labels.caption, rows: months });
  const legendHeight = drawLegend(
    svg,
    id,
    [
      ...data.series.map((s) => ({ key: s.key, kind: 'line' as const, text: s.label, ...settingStyle(s.style) })),
      { key: 'band', kind: 'rect' as const, fill: BAND_SWATCH, stroke: MUTED, text: labels.band },
    ],
    left,
    44,
    right - left,
  );
  // A long legend (many settings) pushes the plot down rather than overlapping it.
  const top = Math.max(MARGIN.top, 44 + legendHeight + 8);

  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const s of data.series) {
    for (const column of [s.low, s.high]) {
      for (let k = 0; k < column.length; k++) {
        const v = column[k]!;
        if (Number.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
  }
  const found = Number.isFinite(lo);
  const x = scaleLinear()
    .domain([0, Math.max(1, months)])
    .range([left, right]);
  const y = scaleLinear()
    .domain(paddedDomain(found ? [lo, hi] : [], found ? (lo + hi) / 2 : 0, 1e-3))
    .range([bottom, top]);

  monthAxis(svg, id, x, Math.max(1, months), bottom);
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
  const ticks = Float64Array.from(range(1, months + 1));
  // Bands first, lines over them: no band hides another setting's mean.
  for (const s of data.series) {
    const n = Math.min(s.mean.length, s.low.length, s.high.length);
    const d = area<number>()
      .x((k) => x(ticks[k]!))
      .y0((k) => y(s.low[k]!))
      .y1((k) => y(s.high[k]!))
      .defined((k) => Number.isFinite(s.low[k]!) && Number.isFinite(s.high[k]!))
      .digits(2)(strideRows(n));
    plot
      .append('path')
      .attr('id', `${id}-${s.key}-band`)
      .attr('class', 'band')
      .attr('fill', settingStyle(s.style).colour)
      .attr('fill-opacity', 0.15)
      .attr('d', d);
  }
  for (const s of data.series) {
    const style = settingStyle(s.style);
    const n = Math.min(s.mean.length, ticks.length);
    const d = line<number>()
      .x((k) => x(ticks[k]!))
      .y((k) => y(s.mean[k]!))
      .defined((k) => Number.isFinite(s.mean[k]!))
      .digits(2)(thinRows(ticks, s.mean, n, x));
    plot
      .append('path')
      .attr('id', `${id}-${s.key}-mean`)
      .attr('class', 'series mean')
      .attr('data-setting', s.key)
      .attr('fill', 'none')
      .attr('stroke', style.colour)
      .attr('stroke-width', 2)
      .attr('stroke-dasharray', style.dash)
      .attr('stroke-linejoin', 'round')
      .attr('d', d);
  }
  // Drawn once: new data or options build a new chart.
  return drawnOnce(svg.node()!);
}
