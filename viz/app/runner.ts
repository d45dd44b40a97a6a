/**
 * Drives the runs shown on the page (one, or two in compare mode): loading, Play/Pause
 * in a requestAnimationFrame loop, Step, speed, and live events.
 *
 * - At most one request per engine is outstanding (a frame that finds one in flight asks
 *   for nothing), so a slow worker slows the run instead of queueing work, and at most one
 *   result per engine arrives per frame.
 * - Results only mark the page dirty; drawing happens in the next animation frame, once.
 * - At maximum speed the worker runs for a time budget per request instead of a fixed
 *   number of months, so a batch costs about the same whatever the scenario's size.
 * - A live event gets its month when it is sent, with nothing in flight: it fires at the
 *   month after the latest one every run has reached, the same month in both runs.
 * - A load waits for the request in flight (its months still reach their runs) and leaves
 *   the runs as they are until the new ones have started; a refused one leaves them
 *   untouched (lanes.ts). A generation number drops a load replaced by a later one; the
 *   engines it started are owed back to the runs shown unless the next load takes them.
 */
import type { Engine } from './engine';
import type { Speed } from './i18n';
import { paceFrame } from './speeds';
import type { Series } from './series';
import * as Lanes from './lanes';
import type { Lane, LoadOutcome, RunPlan, ScenarioInput } from './lanes';
import type { LiveEvent, LoadResult, PlayedMonth, SimEvent } from '../sim';

export interface RunnerHooks {
  /** Something new to draw: called at most once per animation frame. Returns true when drawing is left for the next frame. */
  render(): boolean;
  /** Live events got their months (they are part of the run from now on). */
  live(events: LiveEvent[]): void;
  /** Every run reached its horizon. */
  finished(): void;
  /** Playing, done, busy or speed changed: buttons follow. */
  state(): void;
  error(message: string): void;
}

export class Runner {
  lanes: Lane[] = [];
  playing = false;
  /** A run is loaded, so advancing is allowed. */
  loaded = false;
  // Slow by default: ten years in twenty seconds, a pace an instructor can talk over.
  speed: Speed = 'slow';
  /** Counters for tests and the curious: results received and frames drawn. */
  batches = 0;
  renders = 0;
  /** Live events pressed but not yet sent (they get their month when sent). */
  readonly pending: SimEvent[] = [];
  private inflight: Promise<void> | null = null;
  /** Engines (by lane) that hold another run than the one shown, started by a load a later one replaced: no month is asked of the runs shown until a load settles them. */
  private owed: boolean[] = [];
  private generation = 0;
  private frameScheduled = false;
  private dirty = false;
  private credit = 0;
  private lastFrame = 0;
  /** Series of runs no longer shown, reused by the next load instead of allocating new columns. */
  private spare: Series[] = [];
  /** What the runs shown were started with, and the live events sent since. */
  private plan: RunPlan = { seed: 0, live: [], played: [] };

  /** `animationFrame` is the browser's requestAnimationFrame (tests fire frames by hand). */
  constructor(
    private engineFor: (index: number) => Engine,
    private hooks: RunnerHooks,
    private animationFrame: (callback: FrameRequestCallback) => void = (callback) => requestAnimationFrame(callback),
  ) {}

  get busy(): boolean {
    return this.inflight !== null;
  }
  get done(): boolean {
    return this.lanes.length > 0 && this.lanes.every((lane) => lane.done);
  }

  /** The month every run has reached. */
  get tick(): number {
    return this.lanes.length > 0 ? Math.min(...this.lanes.map((lane) => lane.series.tick)) : 0;
  }

  private get maxTick(): number {
    return this.lanes.length > 0 ? Math.max(...this.lanes.map((lane) => lane.series.tick)) : 0;
  }

  /**
   * Starts fresh runs, one per input, with the same seed and live events, paused at month
   * 0. If one input is refused, the runs on the page are left exactly as they were.
   */
  async load(inputs: readonly ScenarioInput[], seed: number, live: readonly LiveEvent[], played: readonly PlayedMonth[] = []): Promise<LoadOutcome> {
    const generation = ++this.generation;
    // Let the call in flight finish first (a loop: two quick resets must not both go): each worker stays one request deep.
    while (this.inflight) await this.inflight;
    if (generation !== this.generation) return Lanes.STALE;
    let outcome: LoadOutcome = Lanes.STALE;
    const plan: RunPlan = { seed, live, played };
    await this.track(async () => {
      const started = await Lanes.startLanes(this.engineFor, inputs, plan, this.spare);
      if (!started.ok) {
        // The runs shown stay; an engine this load (or a load it replaced) started again goes back to them.
        await Lanes.restoreShown({ lanes: this.lanes, plan: this.plan }, this.owed, started.replaced);
        this.owed = [];
        if (generation === this.generation) outcome = started;
        return;
      }
      if (generation !== this.generation) {
        // A later load replaces this one and is already waiting: it takes the engines over, or, refused, restores the runs shown.
        const everyLane = started.lanes.map(() => true);
        this.owed = Lanes.mergeReplaced(this.owed, everyLane);
        return;
      }
      this.owed = [];
      this.pause();
      // The runs shown until now become spares; those that served this load belong to the new runs.
      this.spare = this.lanes.map((lane) => lane.series);
      this.lanes = started.lanes;
      this.plan = plan;
      this.loaded = true;
      this.pending.length = 0;
      this.markDirty();
      outcome = started;
    });
    return outcome;
  }

  /** Checks a scenario without touching the runs (one that is not a run's: the page's base scenario). */
  check(input: ScenarioInput): Promise<LoadResult> {
    return this.engineFor(0).check(input);
  }

  play(): void {
    if (this.playing || this.done || !this.loaded) return;
    this.playing = true;
    // The first month comes at once, whatever the speed.
    this.credit = 1;
    this.lastFrame = 0;
    this.requestFrame();
    this.hooks.state();
  }

  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    this.hooks.state();
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  setSpeed(speed: Speed): void {
    this.speed = speed;
    this.hooks.state();
  }

  /** One month, when paused. */
  step(): void {
    if (this.playing || this.done || !this.loaded || this.inflight || this.owed.length > 0) return;
    void this.advanceBy(1);
  }

  /** Queues a live event: it fires at the month after the latest one reached when it is sent. */
  inject(event: SimEvent): boolean {
    if (!this.loaded || this.done) return false;
    this.pending.push({ ...event });
    this.hooks.state();
    return true;
  }

  private frame = (now: number): void => {
    this.frameScheduled = false;
    if (this.playing && !this.inflight && this.owed.length === 0) this.pace(now);
    this.lastFrame = now;
    if (this.dirty) {
      this.dirty = false;
      this.renders++;
      if (this.hooks.render()) this.markDirty();
    }
    if (this.playing) this.requestFrame();
  };

  private requestFrame(): void {
    if (this.frameScheduled) return;
    this.frameScheduled = true;
    this.animationFrame(this.frame);
  }

  /** Asks for a frame that draws the page (e.g. a chart came into view). */
  requestRender(): void {
    this.markDirty();
  }

  private markDirty(): void {
    this.dirty = true;
    this.requestFrame();
  }

  private pace(now: number): void {
    const { ask, credit } = paceFrame(this.speed, this.credit, this.lastFrame > 0 ? now - this.lastFrame : 0);
    this.credit = credit;
    const remaining = this.lanes.map((lane) => lane.scenario.ticks - lane.series.tick);
    if ('budgetMs' in ask) void this.send(remaining, ask.budgetMs);
    else if (ask.months > 0) void this.advanceBy(ask.months);
  }

  /** Brings every run to `months` past the latest month reached (runs behind catch up). */
  private advanceBy(months: number): Promise<void> {
    const target = this.maxTick + months;
    return this.send(this.lanes.map((lane) => Math.max(0, target - lane.series.tick)));
  }

  private send(ticks: number[], budgetMs?: number): Promise<void> {
    const lanes = this.lanes;
    const tick = this.maxTick + 1;
    const live: LiveEvent[] = this.pending.splice(0).map((event) => ({ tick, event }));
    return this.track(async () => {
      const batches = await Lanes.advanceLanes(this.lanes, ticks, live, budgetMs);
      // Runs replaced meanwhile (a load waits for this request, so only as a safeguard).
      if (lanes !== this.lanes) return;
      if (live.length > 0) {
        this.plan = { ...this.plan, live: [...this.plan.live, ...live] };
        this.hooks.live(live);
      }
      batches.forEach((batch, k) => Lanes.appendBatch(this.lanes[k]!, batch));
      this.batches++;
      this.markDirty();
      if (this.done) {
        this.pause();
        this.hooks.finished();
      }
    });
  }

  /** Runs one worker conversation as the outstanding request; errors go to the page, not the console. */
  private track(work: () => Promise<void>): Promise<void> {
    const run = work()
      .catch((error: unknown) => {
        this.pause();
        this.hooks.error(error instanceof Error ? error.message : String(error));
      })
      .finally(() => {
        if (this.inflight === run) this.inflight = null;
        this.hooks.state();
      });
    this.inflight = run;
    this.hooks.state();
    return run;
  }
}
