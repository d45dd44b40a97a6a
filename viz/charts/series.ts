/**
 * The marks of a data series, as the charts over months draw them: a line through its rows
 * (thinned on long runs), a shaded band between two columns, and a horizontal reference
 * line whose level follows the scale. Elements are made once and their paths set on each
 * redraw, so a chart updated in place rewrites a few attributes, not the tree.
 */
import { area, line, type ScaleLinear } from 'd3';
import { type G, r2 } from './svg';
import { strideRows, thinRows } from './thinning';

type Scale = ScaleLinear<number, number>;

/** The path of a line through the first `n` rows (the rows it needs on long runs); gaps where a value is not finite. */
export function linePath(xs: ArrayLike<number>, ys: ArrayLike<number>, n: number, x: Scale, y: Scale): string | null {
  return line<number>()
    .x((k) => x(xs[k]!))
    .y((k) => y(ys[k]!))
    .defined((k) => Number.isFinite(ys[k]!) && Number.isFinite(xs[k]!))
    .digits(2)(thinRows(xs, ys, n, x));
}

/** The path of the area between two columns over the first `n` rows (one row per pixel column on long runs); gaps where either is not finite. */
export function bandPath(xs: ArrayLike<number>, low: ArrayLike<number>, high: ArrayLike<number>, n: number, x: Scale, y: Scale): string | null {
  return area<number>()
    .x((k) => x(xs[k]!))
    .y0((k) => y(low[k]!))
    .y1((k) => y(high[k]!))
    .defined((k) => Number.isFinite(low[k]!) && Number.isFinite(high[k]!))
    .digits(2)(strideRows(n));
}

export interface LineStyle {
  id: string;
  className: string;
  /** The sweep setting the line belongs to (`data-setting`). */
  setting?: string;
  colour: string;
  dash: string | null;
  /** Round joins, for lines with many sharp turns. */
  round?: boolean;
}

/** A series' line element, 2 units wide; its path is set by the chart. */
export function seriesLine(parent: G, style: LineStyle): SVGPathElement {
  return parent
    .append('path')
    .attr('id', style.id)
    .attr('class', style.className)
    .attr('data-setting', style.setting ?? null)
    .attr('fill', 'none')
    .attr('stroke', style.colour)
    .attr('stroke-width', 2)
    .attr('stroke-dasharray', style.dash)
    .attr('stroke-linejoin', style.round ? 'round' : null)
    .node()!;
}

/** A light tint of a series' colour under its line (a confidence interval); `unstroked` says so explicitly. */
export function bandArea(parent: G, band: { id: string; setting?: string; colour: string; unstroked?: boolean }): SVGPathElement {
  return parent
    .append('path')
    .attr('id', band.id)
    .attr('class', 'band')
    .attr('data-setting', band.setting ?? null)
    .attr('fill', band.colour)
    .attr('fill-opacity', 0.15)
    .attr('stroke', band.unstroked ? 'none' : null)
    .node()!;
}

/** A horizontal reference line from `x1` to `x2`, placed at its level by `setLevel`. */
export function levelLine(parent: G, spec: { id?: string; x1: number; x2: number; colour: string; opacity?: number; dash?: string }): SVGLineElement {
  return parent
    .append('line')
    .attr('id', spec.id ?? null)
    .attr('class', 'reference')
    .attr('x1', spec.x1)
    .attr('x2', spec.x2)
    .attr('stroke', spec.colour)
    .attr('stroke-opacity', spec.opacity ?? null)
    .attr('stroke-dasharray', spec.dash ?? null)
    .node()!;
}

/** Moves a horizontal line to the level `y` (in pixels). */
export function setLevel(el: SVGLineElement, y: number): void {
  el.setAttribute('y1', String(r2(y)));
  el.setAttribute('y2', String(r2(y)));
}
