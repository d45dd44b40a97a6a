/**
 * Which rows of a long series to draw: a run of thousands of months is drawn with about as
 * many points as the plot has pixel columns, so its cost no longer grows with its length
 * while the picture stays the same.
 */
import { range, type ScaleLinear } from 'd3';

/**
 * Which rows to draw when a series has more rows than the plot has pixels: per pixel
 * column the first, lowest, highest and last row (the line looks the same; its cost no
 * longer grows with the run's length). Rows with a non-finite value are kept as gaps.
 */
export function thinRows(xs: ArrayLike<number>, ys: ArrayLike<number>, n: number, scale: ScaleLinear<number, number>, limit = 1500): number[] {
  if (n <= limit) return range(n);
  // The scale is linear: one multiply-add per row instead of a call through d3's interpolators.
  const [d0, d1] = scale.domain() as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  const slope = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const out: number[] = [];
  let bucket = Number.NaN;
  let first = -1;
  let low = -1;
  let high = -1;
  let last = -1;
  const flush = () => {
    if (first < 0) return;
    const keep = [first, low, high, last].sort((a, b) => a - b);
    for (let k = 0; k < keep.length; k++) if (k === 0 || keep[k] !== keep[k - 1]) out.push(keep[k]!);
  };
  for (let k = 0; k < n; k++) {
    const y = ys[k]!;
    const pixel = Math.floor(r0 + (xs[k]! - d0) * slope);
    if (pixel !== bucket || !Number.isFinite(y)) {
      flush();
      bucket = pixel;
      first = low = high = last = k;
      if (!Number.isFinite(y)) {
        out.push(k);
        first = -1;
        bucket = Number.NaN;
      }
      continue;
    }
    if (y < ys[low]!) low = k;
    if (y > ys[high]!) high = k;
    last = k;
  }
  flush();
  return out;
}

/** Every `step`-th row and the last one (about one per pixel column by default): for areas, where min/max per column would tear the bands. */
export function strideRows(n: number, limit = 600): number[] {
  if (n <= limit) return range(n);
  const step = Math.ceil(n / limit);
  const out = range(0, n, step);
  if (out[out.length - 1] !== n - 1) out.push(n - 1);
  return out;
}
