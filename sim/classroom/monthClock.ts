/**
 * A room's month clock: at a pace in seconds the month ends by itself when the time is up;
 * at the pace 'all' (the month ends when every connected student has decided) and outside
 * a running session there is no timer. The deadline is what the pages count down to.
 */
import type { Pace, SessionState } from './protocol';

export class MonthClock {
  private deadline: number | null = null;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly onTimeUp: () => void) {}

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.deadline = null;
  }

  /** Starts the month's time again from now, if the session is running at a pace in seconds. */
  restart(state: SessionState, pace: Pace): void {
    this.stop();
    if (state !== 'running' || typeof pace !== 'number') return;
    this.deadline = Date.now() + pace * 1000;
    this.timer = setTimeout(() => this.onTimeUp(), pace * 1000);
  }

  /** Milliseconds left in the month, or null without a timer. */
  remainingMs(): number | null {
    return this.deadline === null ? null : Math.max(0, this.deadline - Date.now());
  }
}
