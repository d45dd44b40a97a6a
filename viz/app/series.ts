/**
 * One run as the page holds it: every numeric column, grown batch by batch into typed
 * arrays (the worker sends only new rows), the events that fired, the run's story (when
 * the partnership dissolved, re-formed, lost or found a leader, read from its `alive` and
 * `leader` columns), the time spent in each cell of the intersectoral grid, and the
 * organisations' latest state.
 */
import {
  GRID_COLUMNS,
  GRID_ROWS,
  MetricRecorder,
  gridCell,
  type Columns,
  type NumericColumn,
  type FiredEvent,
  type OrganisationState,
  type TickBatch,
} from '../sim';

/** A change of the run's state worth telling, marked on the time charts like an event. */
export type StoryKind = 'dissolved' | 'reformed' | 'leader_new' | 'leader_gone';

export interface StoryMark {
  tick: number;
  type: StoryKind;
  source: 'story';
  /** Members at the end of that month. */
  members: number;
}

/** What the time charts mark: events that changed something, and the story. */
export type Mark = FiredEvent | StoryMark;

let runs = 0;

/** Cells of the intersectoral grid: rows one, multi and trans field (not 'none') × the seven combinations of orders. */
const GRID_CELLS = (GRID_ROWS.length - 1) * GRID_COLUMNS.length;

export class Series {
  /** Every event that fired (the CSV's source). */
  events: FiredEvent[] = [];
  /** The events that changed something: the ones charts and lists show (the engine flags the others `noEffect`). */
  shown: FiredEvent[] = [];
  /** Months with at least one shown event. */
  eventMonths = 0;
  /** The run's story, in month order. */
  story: StoryMark[] = [];
  /** Shown events and the story, merged in month order: what the time charts mark (only ever added to). */
  marks: Mark[] = [];
  /** Months with at least one mark. */
  markMonths = 0;
  /** Whether the action existed at month 0 (two members or more), from the state the run starts with; undefined until known. */
  formedAtStart: boolean | undefined;
  /** Live events that found nothing to act on, as `tick:type` (kept as they arrive, so reading them costs nothing). */
  idleLive = new Set<string>();
  /** Months spent in each cell of the grid, and with no members. */
  occupancy = new Int32Array(GRID_CELLS);
  empty = 0;
  /** The grid cell of the last month (-1: no members). */
  current = -1;
  state: OrganisationState | undefined;
  /** Bumped on every change, so views redraw only what changed. */
  version = 0;
  /** Which run this is (a cleared Series is a new run; lists built for another run start over). */
  runId = ++runs;
  /** The recorded columns (the engine's own column store). */
  private rows: MetricRecorder;
  /** Collective effectiveness in points of needs met (× 100), filled as far as `pointsLength`. */
  private points = new Float64Array(0);
  private pointsLength = 0;

  /** `capacity` is the expected number of rows (the horizon); it grows if a run goes further. */
  constructor(capacity = 120) {
    this.rows = new MetricRecorder(capacity);
  }

  /** Starts a new run; the columns are kept when they are big enough (a long run's are tens of MB). */
  clear(capacity = this.rows.room): void {
    this.rows.clear(capacity);
    this.events = [];
    this.shown = [];
    this.eventMonths = 0;
    this.story = [];
    this.marks = [];
    this.formedAtStart = undefined;
    this.markMonths = 0;
    this.idleLive = new Set();
    this.occupancy = new Int32Array(GRID_CELLS);
    this.empty = 0;
    this.current = -1;
    this.state = undefined;
    this.runId = ++runs;
    this.pointsLength = 0;
    this.version++;
  }

  append(batch: TickBatch): void {
    const rows = batch.columns.tick.length;
    for (let k = 0; k < rows; k++) {
      this.current = gridCell(batch.columns.grid_row[k]!, batch.columns.orders[k]!);
      if (this.current >= 0) this.occupancy[this.current]!++;
      else this.empty++;
    }
    // The state before any month (the runner's first, empty batch): did the action form at all?
    if (this.length === 0 && rows === 0 && batch.state && this.formedAtStart === undefined) {
      let members = 0;
      for (const m of batch.state.member) members += m;
      this.formedAtStart = members >= 2;
    }
    const story = this.readStory(batch);
    this.story.push(...story);
    this.rows.append(batch.columns);
    const shownBefore = this.shown.length;
    for (const event of batch.events) {
      this.events.push(event);
      if (event.noEffect) {
        if (event.source === 'live') this.idleLive.add(`${event.tick}:${event.type}`);
        continue;
      }
      if (event.tick !== this.shown[this.shown.length - 1]?.tick) this.eventMonths++;
      this.shown.push(event);
    }
    // Events first within a month: they are what happened, the story is what followed.
    const events = this.shown.slice(shownBefore);
    let e = 0;
    for (const mark of story) {
      while (e < events.length && events[e]!.tick <= mark.tick) this.mark(events[e++]!);
      this.mark(mark);
    }
    while (e < events.length) this.mark(events[e++]!);
    if (batch.state) this.state = batch.state;
    this.version++;
  }

  private mark(mark: Mark): void {
    if (mark.tick !== this.marks[this.marks.length - 1]?.tick) this.markMonths++;
    this.marks.push(mark);
  }

  /** The story in a batch's rows: changes of `alive` and `leader` from the month before. */
  private readStory(batch: TickBatch): StoryMark[] {
    const { tick, alive, leader, members } = batch.columns;
    const story: StoryMark[] = [];
    // Before the first month: the action as founded (with its founding leader if any, so that is no news); one that never formed did not dissolve.
    let wasAlive = this.length > 0 ? this.rows.raw.alive[this.length - 1]! : this.formedAtStart === false ? 0 : 1;
    let hadLeader = this.length > 0 ? this.rows.raw.leader[this.length - 1]! : leader.length > 0 ? leader[0]! : 0;
    const departures = new Set(batch.events.filter((e) => e.type === 'leader_leaves' && !e.noEffect).map((e) => e.tick));
    for (let k = 0; k < tick.length; k++) {
      const at = tick[k]!;
      const mark = (type: StoryKind) => story.push({ tick: at, type, source: 'story', members: members[k]! });
      if (wasAlive && !alive[k]) mark('dissolved');
      else if (!wasAlive && alive[k]) mark('reformed');
      // A leader gone with the partnership, or by a "leader leaves" event, is told by those.
      if (hadLeader && !leader[k] && alive[k] && !departures.has(at)) mark('leader_gone');
      else if (!hadLeader && leader[k]) mark('leader_new');
      wasAlive = alive[k]!;
      hadLeader = leader[k]!;
    }
    return story;
  }

  /** The latest turn of the story, if any. */
  lastStory(): StoryMark | undefined {
    return this.story[this.story.length - 1];
  }

  /**
   * Collective effectiveness in points of needs met (the engine's share × 100), the unit
   * the page shows it in; computed for new rows only (a view, no copy).
   */
  effectivenessPoints(): Float64Array {
    if (this.points.length < this.length) {
      const grown = new Float64Array(this.rows.room);
      grown.set(this.points.subarray(0, this.pointsLength));
      this.points = grown;
    }
    const share = this.rows.raw.collective_effectiveness;
    for (let k = this.pointsLength; k < this.length; k++) this.points[k] = share[k]! * 100;
    this.pointsLength = this.length;
    return this.points.subarray(0, this.length);
  }

  /** The recorded rows of one column (a view, no copy). */
  column(name: NumericColumn): Float64Array {
    return this.rows.column(name);
  }

  /** All recorded columns (views). */
  columns(): Columns {
    return this.rows.view();
  }

  /** Rows recorded so far. */
  get length(): number {
    return this.rows.length;
  }

  /** The month reached so far (0 before the first tick). */
  get tick(): number {
    return this.length > 0 ? this.rows.raw.tick[this.length - 1]! : 0;
  }
}
