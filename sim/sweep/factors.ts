/**
 * A sweep factor as a sampling design sees it: a numeric range (continuous between `from`
 * and `to`, rounded when `integer`) or a list of values (categories, drawn with equal
 * probability). Maps a unit coordinate u in [0, 1] to a scenario value, and a value back
 * to the coordinate its elementary effects are measured in: (value − from) / (to − from)
 * for a range (so effects are per full range, whatever the units), the level's index for a
 * list of two (a yes/no indicator).
 */
import type { FactorValues } from './schema';

export type FactorScale = { name: string; kind: 'range'; from: number; to: number; integer: boolean } | { name: string; kind: 'levels'; levels: readonly unknown[] };

export function factorScale(name: string, values: FactorValues): FactorScale {
  if (Array.isArray(values)) return { name, kind: 'levels', levels: values };
  return { name, kind: 'range', from: values.from, to: values.to, integer: values.integer };
}

/** A range's value at u, printed as a person would write it (12 significant digits: 0.1 steps print as 0.1). */
export function rangeValue(from: number, to: number, integer: boolean, u: number): number {
  const x = from + (to - from) * u;
  return integer ? Math.round(x) : Number(x.toPrecision(12));
}

export function valueAt(scale: FactorScale, u: number): unknown {
  if (scale.kind === 'range') return rangeValue(scale.from, scale.to, scale.integer, u);
  return scale.levels[Math.min(scale.levels.length - 1, Math.floor(u * scale.levels.length))];
}

/**
 * The coordinate of the value at u on the factor's scale (see the file's header). A
 * continuous range keeps u itself (the printed value is rounded to 12 digits; the design's
 * step is exact); an integer range measures the rounded value, which is what the run got.
 */
export function coordinateAt(scale: FactorScale, u: number): number {
  if (scale.kind === 'levels') return levelAt(scale, u);
  if (!scale.integer) return u;
  return scale.to === scale.from ? 0 : (rangeValue(scale.from, scale.to, true, u) - scale.from) / (scale.to - scale.from);
}

/** Index of u's level in a list factor (as valueAt chooses it). */
export function levelAt(scale: FactorScale, u: number): number {
  return scale.kind === 'levels' ? Math.min(scale.levels.length - 1, Math.floor(u * scale.levels.length)) : -1;
}
