/**
 * The sweep's four charts drawn from its analysis, in a language: means with 95% bands for a
 * per-tick metric, survival curves, the forest plot of paired differences and the Sobol
 * indices of an outcome. Each returns a detached SVG; results.ts chooses what to draw and
 * chartSlots.ts shows it. The labels are the dictionary's, with the numbers filled in.
 */
import { bandsChart } from '../../charts/bands';
import { survivalChart } from '../../charts/survival';
import { forestChart } from '../../charts/forest';
import { sobolChart } from '../../charts/sobol';
import { factorName, intervalText, metricLabel, outcomeLabel } from './labels';
import { MAX_ROWS, settingName, type ResultsContext } from './resultsContext';

type Difference = ResultsContext['analysis']['differences'][number];

const decimal = (c: ResultsContext): string => (c.lang === 'fr' ? ',' : '.');

/** The mean of `metric` per shown setting, month by month, with its 95% band. */
export function bandsSvg(c: ResultsContext, metric: string, shown: readonly number[]): SVGSVGElement {
  const a = c.analysis;
  const d = c.dict.analysis.bands;
  const bands = a.bands[metric]!;
  // Collective effectiveness in points of needs met, as the simulator shows it (the files keep the engine's shares).
  const scale = metric === 'collective_effectiveness' ? 100 : 1;
  const scaled = (values: ArrayLike<number>) => (scale === 1 ? values : Float64Array.from(values, (v) => v * scale));
  const series = shown.map((k) => {
    const band = bands[k]!;
    return { key: a.settings[k]!.id, label: settingName(c, k), style: k, ...band, mean: scaled(band.mean), low: scaled(band.low), high: scaled(band.high) };
  });
  const name = metricLabel(c.dict, metric);
  const labels = { ...d, title: d.title(name), caption: d.caption(a.replications), yAxis: name, decimal: decimal(c) };
  return bandsChart({ series }, { idPrefix: 'sweep-bands', labels }, c.doc).node;
}

/** Kaplan–Meier curves of the shown settings. */
export function survivalSvg(c: ResultsContext, shown: readonly number[]): SVGSVGElement {
  const a = c.analysis;
  const d = c.dict.analysis.survival;
  // Each entry carries the setting's restricted mean lifetime (settings.csv's lifetime_mean and interval): the area under its curve.
  const rmst = (k: number) => c.dict.analysis.rmst(intervalText(c.lang, a.outcomeMeans.lifetime![k]!));
  const series = shown.map((k) => ({
    key: a.settings[k]!.id,
    label: `${settingName(c, k)} · ${rmst(k)}`,
    style: k,
    steps: a.survival[k]!.steps,
    horizon: a.settings[k]!.ticks,
  }));
  const labels = { ...d, caption: d.caption + d.rmstNote, decimal: decimal(c) };
  return survivalChart({ series }, { idPrefix: 'sweep-survival', labels }, c.doc).node;
}

/** Each setting's paired difference from the first on `outcome` (at most MAX_ROWS rows; the caption says so). */
export function forestSvg(c: ResultsContext, outcome: string, differences: readonly Difference[]): SVGSVGElement {
  const a = c.analysis;
  const d = c.dict.analysis;
  const rows = differences.slice(0, MAX_ROWS).map((x) => ({
    key: a.settings[x.setting]!.id,
    label: settingName(c, x.setting),
    mean: x.difference.mean,
    low: x.difference.low,
    high: x.difference.high,
  }));
  const caption = d.forest.caption(settingName(c, 0)) + (differences.length > MAX_ROWS ? d.moreRows(MAX_ROWS, differences.length) : '');
  const name = outcomeLabel(c.dict, outcome);
  const labels = { ...d.forest, title: d.forest.title(name), caption, xAxis: d.forest.xAxis(a.settings[0]!.id, name), decimal: decimal(c) };
  // Wider than the other charts: the settings' names sit left of the plot.
  return forestChart({ rows }, { width: 900, idPrefix: 'sweep-forest', labels }, c.doc).node;
}

/** Sobol indices of `outcome` per factor (sobol.csv), from `samples` base samples. */
export function sobolSvg(c: ResultsContext, outcome: string, samples: number): SVGSVGElement {
  const d = c.dict.analysis.sobol;
  const indices = c.analysis.sobol.find((s) => s.metric === outcome)?.indices ?? [];
  const rows = indices.map((index) => ({ ...index, key: index.factor, label: factorName(c.dict, index.factor) }));
  const labels = { ...d, title: d.title(outcomeLabel(c.dict, outcome)), caption: d.caption(samples), decimal: decimal(c) };
  return sobolChart({ rows }, { idPrefix: 'sweep-sobol', labels }, c.doc).node;
}
