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

/** Columns that grow row by row (the engine's recorder) or batch by batch (the page's copy of a run), doubling when full. */
export class MetricRecorder {
  length = 0;
  private store: Columns;

  private capacity: number;

  /** `capacity`: the rows expected (at least one is kept, so that doubling always makes room). */
  constructor(capacity: number) {
    this.capacity = Math.max(1, capacity);
    this.store = MetricRecorder.allocate(this.capacity);
  }

  private static allocate(capacity: number): Columns {
    const columns = {} as Columns;
    for (const name of NUMERIC_COLUMNS) columns[name] = new Float64Array(capacity);
    return columns;
  }

  /** Room for `rows` more rows (doubling): only when a run goes past its horizon. */
  private reserve(rows: number): void {
    if (this.length + rows <= this.capacity) return;
    let capacity = this.capacity;
    while (this.length + rows > capacity) capacity *= 2;
    const grown = MetricRecorder.allocate(capacity);
    for (const name of NUMERIC_COLUMNS) grown[name].set(this.store[name].subarray(0, this.length));
    this.store = grown;
    this.capacity = capacity;
  }

  /** Starts a new row and returns its index. */
  nextRow(): number {
    this.reserve(1);
    return this.length++;
  }

  /** Appends the rows of `columns` (all of the same length). */
  append(columns: Columns): void {
    const rows = columns.tick.length;
    this.reserve(rows);
    for (const name of NUMERIC_COLUMNS) this.store[name].set(columns[name], this.length);
    this.length += rows;
  }

  /** Forgets the rows; the columns are kept when they hold `capacity` rows (a long run's are tens of MB). */
  clear(capacity = this.capacity): void {
    this.length = 0;
    if (capacity > this.capacity) {
      this.capacity = capacity;
      this.store = MetricRecorder.allocate(capacity);
    }
  }

  /** Direct access for writing the current row. */
  get raw(): Columns {
    return this.store;
  }

  /** The recorded rows of one column (a view, no copy). */
  column(name: NumericColumn): Float64Array {
    return this.store[name].subarray(0, this.length);
  }

  /** Views of the recorded rows (no copy). */
  view(): Columns {
    const out = {} as Columns;
    for (const name of NUMERIC_COLUMNS) out[name] = this.column(name);
    return out;
  }

  /** Rows the columns hold before they must grow. */
  get room(): number {
    return this.capacity;
  }
}
