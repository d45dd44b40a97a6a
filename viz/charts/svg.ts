/**
 * The SVG building blocks every chart uses: the namespace, the selection types, rounding of
 * coordinates, and setting a path that may have nothing to draw.
 *
 * Coordinates are rounded to 2 decimals so the markup is stable enough for a file snapshot.
 */
import type { Selection } from 'd3';

export const SVG_NS = 'http://www.w3.org/2000/svg';

export type Svg = Selection<SVGSVGElement, unknown, null, undefined>;
export type G = Selection<SVGGElement, unknown, null, undefined>;

/** Rounds a pixel coordinate to 2 decimals (stable text, no visible loss). */
export const r2 = (v: number): number => Math.round(v * 100) / 100;

/** Sets a path's `d`; with nothing to draw it has no `d` at all: "not drawn yet", not a broken path. */
export function setPath(el: SVGPathElement, d: string | null): void {
  if (d) el.setAttribute('d', d);
  else el.removeAttribute('d');
}
