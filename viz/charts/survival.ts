/**
 * Kaplan–Meier survival of the partnership per setting (the numbers of survival.csv): the
 * share of runs whose partnership has not yet dissolved, as a step function of months.
 * Runs still alive at the horizon are censored there. The dotted line at one half reads
 * off the median lifetime where a curve crosses it.
 */
import { type Chart, type ChartOptions, drawnOnce } from './common';
import { frameDefaults } from './frame';
import { MUTED, settingStyle } from './palette';
import { bandArea, seriesLine } from './series';
import { type Setting, type SettingsData, settingsChart } from './settingsChart';
import { type G, r2 } from './svg';
import ENGLISH from './labels.en.json';

export interface SurvivalSeriesData extends Setting {
  /** Kaplan–Meier steps in time order: survival just after `time`, and its 95% band when known (survival.csv's ci_low, ci_high). */
  steps: readonly { time: number; survival: number; ciLow?: number; ciHigh?: number }[];
  /** Last month observed (the setting's horizon): the curve is drawn flat to there. */
  horizon: number;
}

export type SurvivalData = SettingsData<SurvivalSeriesData>;

/** The chart's words, as its English defaults (labels.en.json) name them. */
export type SurvivalLabels = typeof ENGLISH.survival;
export type SurvivalOptions = ChartOptions<SurvivalLabels>;

const SURVIVAL = frameDefaults('survival', 400, ENGLISH.survival);

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

/** The dotted line at one half, across the plot: where a curve crosses it is that setting's median lifetime. */
function drawMedianLine(plot: G, id: string, left: number, right: number, half: number): void {
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
}

export function survivalChart(data: SurvivalData, options: SurvivalOptions, document: Document): Chart<SurvivalData, SurvivalOptions> {
  const { frame, x, y, plot } = settingsChart(document, options, SURVIVAL, {
    rows: data.series.length,
    settings: data.series,
    extra: (labels) => ({ key: 'median', kind: 'line', text: labels.median, colour: MUTED, dash: '2 4', width: 1 }),
    horizon: Math.max(1, ...data.series.map((s) => s.horizon)),
    yDomain: [0, 1],
  });
  const { id, box } = frame;
  drawMedianLine(plot, id, box.left, box.right, r2(y(0.5)));
  // Bands first, lines over them: no band hides another setting's line.
  for (const s of data.series) {
    const band = survivalBandPath(s.steps, s.horizon, x, y);
    if (band) bandArea(plot, { id: `${id}-${s.key}-band`, setting: s.key, colour: settingStyle(s.style).colour, unstroked: true }).setAttribute('d', band);
  }
  for (const s of data.series) {
    const line = seriesLine(plot, { id: `${id}-${s.key}`, className: 'series curve', setting: s.key, ...settingStyle(s.style) });
    line.setAttribute('d', survivalPath(s.steps, s.horizon, x, y));
  }
  // Drawn once: new data or options build a new chart.
  return drawnOnce(frame.svg.node()!);
}
