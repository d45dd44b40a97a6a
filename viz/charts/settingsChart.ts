/**
 * The frame of a sweep's charts over months, one curve per setting (mean bands, survival):
 * a legend of the settings (each keeps its colour and dash whatever is shown) and one entry
 * more, the plot under it, the month axis and a value axis at the left with their titles.
 */
import { scaleLinear, type ScaleLinear } from 'd3';
import { drawValueAxis, yAxisTitle } from './axes';
import type { ChartOptions } from './common';
import { type AxisWords, chartSize, type Frame, type FrameDefaults, frame } from './frame';
import type { LegendEntry } from './legend';
import { settingStyle } from './palette';
import type { G } from './svg';
import { monthAxis, monthScale } from './timeAxis';

/** A setting as its curve is shown: its key (element ids), its name, and its position in the sweep (its style). */
export interface Setting {
  key: string;
  label: string;
  style: number;
}

/** The data of a chart of settings: one series per setting shown. */
export interface SettingsData<S extends Setting> {
  series: readonly S[];
}

type SettingsWords = AxisWords & { yAxis: string };

export interface SettingsChart<L> {
  frame: Frame<L>;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  plot: G;
}

/** The frame, axes and plot of a chart of `settings` over months 0 to `horizon`, values in `yDomain`; `extra` is the legend's last entry, `rows` the `data-ticks`. */
export function settingsChart<L extends SettingsWords>(
  document: Document,
  options: ChartOptions<L>,
  defaults: FrameDefaults<L>,
  spec: { rows: number; settings: readonly Setting[]; extra: (labels: L) => LegendEntry; horizon: number; yDomain: [number, number] },
): SettingsChart<L> {
  const f = frame(document, chartSize(options, defaults), spec.rows);
  const { svg, id, labels, box } = f;
  const legendHeight = f.legend([
    ...spec.settings.map((s) => ({ key: s.key, kind: 'line' as const, text: s.label, ...settingStyle(s.style) })),
    spec.extra(labels),
  ]);
  // A long legend (many settings) pushes the plot down rather than overlapping it.
  const top = Math.max(defaults.margin.top, 44 + legendHeight + 8);
  const x = monthScale(spec.horizon, box);
  const y = scaleLinear().domain(spec.yDomain).range([box.bottom, top]);
  monthAxis(svg, id, x, spec.horizon, box.bottom);
  drawValueAxis(svg.append('g'), y, { id: `${id}-y-axis`, className: 'axis axis-y', side: 'left', at: box.left, ticks: 5, decimal: labels.decimal });
  f.xTitle(labels.xAxis);
  yAxisTitle(svg, `${id}-y-label`, labels.yAxis, 14, (top + box.bottom) / 2, 'left');
  return { frame: f, x, y, plot: f.plot() };
}
