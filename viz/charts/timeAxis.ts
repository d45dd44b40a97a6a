/**
 * The time axis of every chart drawn against months: its extent (the scenario's horizon, or
 * further when the data go beyond it), its scale across the plot, and its ticks on round
 * numbers of years.
 */
import { axisBottom, range, type ScaleLinear, scaleLinear, tickStep, ticks } from 'd3';
import { rounded } from './axes';
import type { ChartOptions } from './common';
import type { Box } from './frame';
import type { ChartEvent } from './markers';
import type { Svg } from './svg';

/** What a chart over a run's months takes besides its size and words: its time axis's extent, and the names of its event markers. */
export interface MonthChartOptions<L> extends ChartOptions<L> {
  /** Last month of the x axis (the scenario horizon); the data may not reach it yet. */
  horizon?: number;
  /** Display name of an event on its marker (the page translates them). */
  eventName?: (event: ChartEvent) => string;
}

/** The month of a run's last row among its first `n` (0 before the first). */
export const lastTick = (tick: ArrayLike<number>, n = tick.length): number => (n > 0 ? tick[n - 1]! : 0);

/** The last month of the time axis: the scenario's horizon, or the data's last month when later; at least 1. */
export const horizonOf = (horizon: number | undefined, ...lastTicks: number[]): number => Math.max(1, horizon ?? 0, ...lastTicks);

/** Months 0 to `horizon` across the plot. */
export const monthScale = (horizon: number, box: Box): ScaleLinear<number, number> => scaleLinear().domain([0, horizon]).range([box.left, box.right]);

/** Month ticks on round numbers of years (1, 2, 5, 10, 20 … years), about ten of them; plain nice ticks under two years. */
export function monthTicks(horizon: number): number[] {
  if (horizon < 24) return ticks(0, horizon, Math.min(horizon, 10));
  const step = 12 * Math.max(1, tickStep(0, horizon / 12, 10));
  return range(0, horizon + 1, step);
}

/** Integer months as text. */
export const monthText = (value: number): string => String(value);

/** The time axis every chart over months draws along its bottom: months at round ticks up to `horizon`. */
export function monthAxis(svg: Svg, id: string, x: ScaleLinear<number, number>, horizon: number, bottom: number): void {
  svg
    .append('g')
    .attr('id', `${id}-x-axis`)
    .attr('class', 'axis axis-x')
    .attr('transform', `translate(0,${bottom})`)
    .call(
      axisBottom(rounded(x))
        .tickValues(monthTicks(horizon))
        .tickFormat((d) => monthText(Number(d))),
    );
}
