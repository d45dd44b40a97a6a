/**
 * How each speed paces a run: a number of months per animation frame, months per second
 * (frames earn credit with time, so the pace does not follow the screen's refresh rate),
 * or, at maximum speed, a time budget for the engine per frame. Also how often charts may
 * be drawn while a run plays at that speed (see Dashboard.render).
 */
import type { Speed } from './i18n';

export const SPEEDS: Record<Speed, { ticksPerFrame?: number; monthsPerSecond?: number; budgetMs?: number; chartGapMs?: number }> = {
  slow: { monthsPerSecond: 6 },
  normal: { ticksPerFrame: 1 },
  fast: { ticksPerFrame: 4 },
  // About 8 ms of engine work per message, one message a frame: the worker is busy half the time,
  // which leaves a core to the page (and the browser) on a two-core machine.
  // Charts drawn every other frame at most: see Dashboard.render.
  max: { budgetMs: 8, chartGapMs: 30 },
};
export const SPEED_ORDER: readonly Speed[] = ['slow', 'normal', 'fast', 'max'];

/** The next speed up (+1) or down (−1), staying at the ends. */
export function nextSpeed(speed: Speed, step: 1 | -1): Speed {
  return SPEED_ORDER[Math.min(SPEED_ORDER.length - 1, Math.max(0, SPEED_ORDER.indexOf(speed) + step))]!;
}

/** What a frame asks of the engines: months to add, or to run to the horizon within a time budget. */
export type FrameAsk = { months: number } | { budgetMs: number };

/**
 * What a frame with nothing in flight asks for at `speed`, given the credit of months
 * earned so far and the time since the last frame; returns the credit left.
 */
export function paceFrame(speed: Speed, credit: number, elapsedMs: number): { ask: FrameAsk; credit: number } {
  const pace = SPEEDS[speed];
  if (pace.budgetMs !== undefined) return { ask: { budgetMs: pace.budgetMs }, credit };
  if (pace.monthsPerSecond === undefined) return { ask: { months: pace.ticksPerFrame ?? 1 }, credit };
  // At most two months' credit: a frame late by a second does not bring a burst of months.
  const earned = Math.min(credit + (elapsedMs * pace.monthsPerSecond) / 1000, 2);
  const months = earned >= 1 ? Math.floor(earned) : 0;
  return { ask: { months }, credit: earned - months };
}
