/**
 * The per-tick output contract (docs/model.md §8.1): column names, in order, and a recorder
 * that writes each tick into preallocated typed columns. `orders` and `grid_row` are
 * stored as codes (see model/grid.ts) and rendered as text; `events` comes from the
 * event log.
 */

export const TICK_COLUMNS = [
  'tick',
  'alive',
  'members',
  'members_E',
  'members_P',
  'members_T',
  'fields_engaged',
  'orders',
  'grid_row',
  'collective_effectiveness',
  'organisational_efficiency',
  'efficiency_members',
  'efficiency_nonmembers',
  'population_outcome',
  'population_outcome_counterfactual',
  'trust_mean',
  'knowledge_stock',
  'engagement_mean',
  'coordination_cost_share',
  'joins',
  'leaves',
  'leader',
  'events',
] as const;
export type TickColumn = (typeof TICK_COLUMNS)[number];

/** Columns held as numbers (everything but the event text). */
export const NUMERIC_COLUMNS = TICK_COLUMNS.filter((c): c is Exclude<TickColumn, 'events'> => c !== 'events');
export type NumericColumn = (typeof NUMERIC_COLUMNS)[number];

export type Columns = Record<NumericColumn, Float64Array>;

export class MetricRecorder {
  length = 0;
  private store: Columns;

  constructor(private capacity: number) {
    this.store = MetricRecorder.allocate(Math.max(1, capacity));
  }

  private static allocate(capacity: number): Columns {
    const columns = {} as Columns;
    for (const name of NUMERIC_COLUMNS) columns[name] = new Float64Array(capacity);
    return columns;
  }

  /** Starts a new row and returns its index; grows (doubling) only when a run goes past its horizon. */
  nextRow(): number {
    if (this.length === this.capacity) {
      const grown = MetricRecorder.allocate(this.capacity * 2);
      for (const name of NUMERIC_COLUMNS) grown[name].set(this.store[name]);
      this.store = grown;
      this.capacity *= 2;
    }
    return this.length++;
  }

  /** Direct access for writing the current row. */
  get raw(): Columns {
    return this.store;
  }

  /** Views of the recorded rows (no copy). */
  view(): Columns {
    const out = {} as Columns;
    for (const name of NUMERIC_COLUMNS) out[name] = this.store[name].subarray(0, this.length);
    return out;
  }
}
