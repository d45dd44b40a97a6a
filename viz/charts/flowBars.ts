/**
 * The month's joins and leaves as bars from a zero line: joins up, leaves down (position
 * carries the meaning, colour repeats it). A long run adds several months up per bar, so
 * the number of bars, and the cost of drawing them, stays bounded.
 */
import type { ScaleLinear } from 'd3';
import { r2 } from './svg';

/** Bars drawn at most: longer runs add up several months per bar. */
const MAX_BARS = 240;

/** What the bars are drawn from. */
export interface Flows {
  tick: ArrayLike<number>;
  joins: ArrayLike<number>;
  leaves: ArrayLike<number>;
}

/** Joins and leaves per bar, several months a bar when a run has more months than bars. */
export function flowBars(data: Flows): { perBar: number; joins: number[]; leaves: number[] } {
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

/** The paths of the joins (up) and leaves (down) from the zero line at `zero` (pixels), on the month scale `x` and the flow scale `flow`. */
export function flowPaths(data: Flows, x: ScaleLinear<number, number>, flow: ScaleLinear<number, number>, zero: number): { joins: string; leaves: string } {
  const { perBar, joins, leaves } = flowBars(data);
  const barWidth = Math.max(1, x(perBar) - x(0) - (x(perBar) - x(0) > 3 ? 1 : 0));
  const starts = joins.map((_, b) => x(data.tick[b * perBar]! - 1));
  const unit = zero - flow(1);
  return {
    joins: barsPath(
      starts,
      barWidth,
      joins.map((v) => v * unit),
      zero,
    ),
    leaves: barsPath(
      starts,
      barWidth,
      leaves.map((v) => -v * unit),
      zero,
    ),
  };
}
