/**
 * A sweep's per-tick metric: for each setting, the mean over replications month by month
 * and its 95% confidence interval as a shaded band (the numbers of ticks.csv). Settings
 * differ by colour and dash, so print and grey scale keep them apart.
 */
import { range } from 'd3';
import { type Chart, type ChartOptions, drawnOnce } from './common';
import { middleDomain } from './domains';
import { frameDefaults } from './frame';
import { MUTED, settingStyle } from './palette';
import { bandArea, bandPath, linePath, seriesLine } from './series';
import { type Setting, type SettingsData, settingsChart } from './settingsChart';
import { setPath } from './svg';
import ENGLISH from './labels.en.json';

/** A setting's curve (its key is the setting's id, e.g. `s001`; its style its position in the sweep, so a setting keeps its look whatever is shown). */
export interface BandSeriesData extends Setting {
  /** Row k is month k + 1. */
  mean: ArrayLike<number>;
  low: ArrayLike<number>;
  high: ArrayLike<number>;
}

export type BandsData = SettingsData<BandSeriesData>;

/** The chart's words, as its English defaults (labels.en.json) name them. */
export type BandsLabels = typeof ENGLISH.bands;
export type BandsOptions = ChartOptions<BandsLabels>;

const BANDS = frameDefaults('bands', 420, ENGLISH.bands);
/** The legend's band swatch: a light grey, as each band is a light tint of its setting's colour. */
const BAND_SWATCH = '#d5dae0';

export function bandsChart(data: BandsData, options: BandsOptions, document: Document): Chart<BandsData, BandsOptions> {
  const months = Math.max(0, ...data.series.map((s) => s.mean.length));
  const { frame, x, y, plot } = settingsChart(document, options, BANDS, {
    rows: months,
    settings: data.series,
    extra: (labels) => ({ key: 'band', kind: 'rect', fill: BAND_SWATCH, stroke: MUTED, text: labels.band }),
    horizon: Math.max(1, months),
    yDomain: middleDomain(
      data.series.flatMap((s) => [s.low, s.high]),
      0,
      1e-3,
    ),
  });
  const id = frame.id;
  const ticks = Float64Array.from(range(1, months + 1));
  // Bands first, lines over them: no band hides another setting's mean.
  for (const s of data.series) {
    const n = Math.min(s.mean.length, s.low.length, s.high.length);
    setPath(bandArea(plot, { id: `${id}-${s.key}-band`, colour: settingStyle(s.style).colour }), bandPath(ticks, s.low, s.high, n, x, y));
  }
  for (const s of data.series) {
    const line = seriesLine(plot, { id: `${id}-${s.key}-mean`, className: 'series mean', setting: s.key, ...settingStyle(s.style), round: true });
    setPath(line, linePath(ticks, s.mean, Math.min(s.mean.length, ticks.length), x, y));
  }
  // Drawn once: new data or options build a new chart.
  return drawnOnce(frame.svg.node()!);
}
