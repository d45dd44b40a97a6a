/**
 * The run so far on the page: every numeric column, grown batch by batch into typed
 * arrays (the worker sends only new rows), plus the events that fired.
 */
import { NUMERIC_COLUMNS, type Columns, type NumericColumn } from '../../sim/metrics/columns';
import type { FiredEvent } from '../../sim/model/events';
import type { TickBatch } from '../../sim/worker/api';

function allocate(capacity: number): Columns {
  const columns = {} as Columns;
  for (const name of NUMERIC_COLUMNS) columns[name] = new Float64Array(capacity);
  return columns;
}

export class Series {
  length = 0;
  events: FiredEvent[] = [];
  private store: Columns;
  private capacity: number;

  /** `capacity` is the expected number of rows (the horizon); it grows if a run goes further. */
  constructor(capacity = 120) {
    this.capacity = Math.max(1, capacity);
    this.store = allocate(this.capacity);
  }

  clear(capacity = this.capacity): void {
    this.length = 0;
    this.events = [];
    this.capacity = Math.max(1, capacity);
    this.store = allocate(this.capacity);
  }

  append(batch: TickBatch): void {
    const rows = batch.columns.tick.length;
    if (this.length + rows > this.capacity) {
      let capacity = this.capacity;
      while (this.length + rows > capacity) capacity *= 2;
      const grown = allocate(capacity);
      for (const name of NUMERIC_COLUMNS) grown[name].set(this.column(name));
      this.store = grown;
      this.capacity = capacity;
    }
    for (const name of NUMERIC_COLUMNS) this.store[name].set(batch.columns[name], this.length);
    this.length += rows;
    this.events.push(...batch.events);
  }

  /** The recorded rows of one column (a view, no copy). */
  column(name: NumericColumn): Float64Array {
    return this.store[name].subarray(0, this.length);
  }

  /** The month reached so far (0 before the first tick). */
  get tick(): number {
    return this.length > 0 ? this.store.tick[this.length - 1]! : 0;
  }
}
