/**
 * A sweep factor as a sampling design sees it: a numeric range (continuous between `from`
 * and `to`; an integer range gives each whole number in it the same chance) or a list of
 * values (categories, drawn with equal probability). Maps a unit coordinate u in [0, 1] to
 * a scenario value, and gives the coordinate an elementary effect is measured in: the
 * value's position in the factor's range, (value − min) / (max − min), for numbers (so
 * effects are per whole range and their sign follows the value, however the factor is
 * written); the level's index for a list of two values that are not numbers (a switch).
 */
import type { FactorValues } from './schema';

export type FactorScale =
  | { name: string; kind: 'range'; from: number; to: number; integer: boolean }
  | { name: string; kind: 'levels'; levels: readonly unknown[] };

export function factorScale(name: string, values: FactorValues): FactorScale {
  if (Array.isArray(values)) return { name, kind: 'levels', levels: values };
  return { name, kind: 'range', from: values.from, to: values.to, integer: values.integer };
}

/** The whole numbers of an integer range, lowest first. */
export function integersOf(from: number, to: number): { lowest: number; count: number } {
  const lowest = Math.ceil(Math.min(from, to));
  return { lowest, count: Math.max(0, Math.floor(Math.max(from, to)) - lowest + 1) };
}

/** Index of u's slot among `count` equal slots of [0, 1] (u = 1 in the last). */
const slot = (u: number, count: number) => Math.min(count - 1, Math.floor(u * count));

function rangeValue(scale: Extract<FactorScale, { kind: 'range' }>, u: number): number {
  if (scale.integer) {
    const { lowest, count } = integersOf(scale.from, scale.to);
    const k = slot(u, count);
    return scale.from <= scale.to ? lowest + k : lowest + count - 1 - k;
  }
  // Printed as a person would write it (12 significant digits: 0.1 steps print as 0.1).
  return Number((scale.from + (scale.to - scale.from) * u).toPrecision(12));
}

export function valueAt(scale: FactorScale, u: number): unknown {
  if (scale.kind === 'range') return rangeValue(scale, u);
  return scale.levels[slot(u, scale.levels.length)];
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The coordinate of the value at u on the factor's scale (see the file's header). */
export function coordinateAt(scale: FactorScale, u: number): number {
  if (scale.kind === 'levels') {
    const level = slot(u, scale.levels.length);
    if (!scale.levels.every(isNumber)) return level;
    const values = scale.levels as readonly number[];
    const min = Math.min(...values);
    const max = Math.max(...values);
    return max === min ? 0 : (values[level]! - min) / (max - min);
  }
  const min = Math.min(scale.from, scale.to);
  const max = Math.max(scale.from, scale.to);
  if (max === min) return 0;
  // A continuous range keeps the design's exact step (the printed value is rounded to 12 digits).
  if (!scale.integer) return scale.from <= scale.to ? u : 1 - u;
  return (rangeValue(scale, u) - min) / (max - min);
}
