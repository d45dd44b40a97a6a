/**
 * Colours and shapes shared by the charts. The three orders use the Okabe–Ito palette
 * (safe for the common colour-vision deficiencies) and always come with a second cue:
 * a shape (network), a letter (membership bands, grid columns) or a position.
 */
import { symbolCircle, symbolSquare, symbolTriangle, type SymbolType } from 'd3';

/** The orders in the engine's order (E, P, T), from the scenario's zod-free enumerations. */
export { ORDERS as ORDER_LETTERS, type Order as OrderLetter } from '../../sim/scenario/enums';

/** Okabe–Ito: E blue, P orange, T bluish green. */
export const ORDER_COLOURS: readonly [string, string, string] = ['#0072B2', '#E69F00', '#009E73'];
/** Darker outlines of the same hues, so light fills keep a 3:1 contrast edge on white. */
export const ORDER_STROKES: readonly [string, string, string] = ['#004a75', '#8a5f00', '#00664a'];
export const ORDER_SYMBOLS: readonly [SymbolType, SymbolType, SymbolType] = [symbolCircle, symbolSquare, symbolTriangle];

export const INK = '#1d2329';
export const MUTED = '#5b6570';
export const RULE = '#d5dae0';

/** The two levels of the headline chart; efficiency is also dashed, so print and grey scale keep them apart. */
export const METRIC_COLOURS = { effectiveness: '#0072B2', efficiency: '#D55E00' } as const;
export const EFFICIENCY_DASH = '7 3';

/** Event markers: scheduled and random events dashed grey, live (injected) events solid ink, the run's story (dissolved, re-formed, new leader) solid dark red. */
export const EVENT_COLOURS = { event: '#6b7480', live: INK, story: '#a4262c' } as const;

/** Compare mode: run A solid ink, run B dashed vermillion. */
export const RUN_STYLES = {
  A: { colour: INK, dash: null },
  B: { colour: '#D55E00', dash: '7 3' },
} as const;

/** Population outcome with the action, without it, and the gap between them. */
export const OUTCOME_COLOURS = { with: '#0072B2', without: '#5b6570', gap: '#56B4E9' } as const;

/** Joins above the axis, leaves below: position carries the meaning, colour repeats it. */
export const FLOW_COLOURS = { joins: '#3b4a5a', leaves: '#D55E00' } as const;

/**
 * Settings of a sweep, in order: Okabe–Ito hues (yellow, too light on white, replaced by
 * ink) with a dash pattern cycling alongside, so two settings never differ by colour alone.
 */
const SETTING_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', INK, '#E69F00', '#56B4E9', '#8a5f00'] as const;
const SETTING_DASHES = [null, '7 3', '2 3', '10 3 2 3'] as const;
export const MAX_SETTING_STYLES = SETTING_COLOURS.length;

export function settingStyle(index: number): { colour: string; dash: string | null } {
  return { colour: SETTING_COLOURS[index % SETTING_COLOURS.length]!, dash: SETTING_DASHES[index % SETTING_DASHES.length]! };
}
