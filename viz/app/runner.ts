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
 * - A generation number drops results that belong to a run replaced by a reset.
 */
import type { Engine } from './engine';
import type { Speed } from './i18n';
import { Series } from './series';
import type { LiveEvent, OrganisationStructure, PlayedMonth, RunSummary, Scenario, ScenarioIssue, SimEvent } from '../sim';

/** Where a scenario comes from: an object, or a file's text (its problems then carry line:column). */
export type ScenarioInput = { kind: 'object'; value: unknown } | { kind: 'text'; text: string; source: string };

export interface Lane {
  engine: Engine;
  series: Series;
  scenario: Scenario;
  structure: OrganisationStructure;
  summary: RunSummary | undefined;
  done: boolean;
}

export type LoadOutcome =
  | { ok: true; scenarios: Scenario[] }
  | { ok: false; lane: number; issues: ScenarioIssue[] }
  /** Replaced by a later load before it finished. */
  | { ok: false; lane: -1; issues: [] };

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

/** How each speed paces the run, and how often the charts may be drawn while it plays (see Dashboard.render). */
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

const STALE: LoadOutcome = { ok: false, lane: -1, issues: [] };

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
  private generation = 0;
  private frameScheduled = false;
  private dirty = false;
  private credit = 0;
  private lastFrame = 0;
  /** Series of runs no longer shown, reused by the next load instead of allocating new columns. */
  private spare: Series[] = [];

  constructor(
    private engineFor: (index: number) => Engine,
    private hooks: RunnerHooks,
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
   * Starts fresh runs, one per input, with the same seed and live events. Every input is
   * validated first: if one fails, the runs on the page are left exactly as they were.
   */
  async load(inputs: readonly ScenarioInput[], seed: number, live: readonly LiveEvent[], played: readonly PlayedMonth[] = []): Promise<LoadOutcome> {
    this.pause();
    const generation = ++this.generation;
    // Let the call in flight finish first (a loop: two quick resets must not both go): each worker stays one request deep.
    while (this.inflight) await this.inflight;
    if (generation !== this.generation) return STALE;
    let outcome: LoadOutcome = STALE;
    await this.track(async () => {
      const checker = this.engineFor(0);
      for (const [k, input] of inputs.entries()) {
        const checked = input.kind === 'text' ? await checker.validateText(input.text, input.source) : await checker.validate(input.value);
        if (!checked.ok) {
          if (generation === this.generation) outcome = { ok: false, lane: k, issues: checked.issues };
          return;
        }
      }
      const lanes = await Promise.all(inputs.map((input, k) => this.startLane(this.engineFor(k), input, seed, live, played, this.spare[k])));
      if (generation !== this.generation) return;
      // The runs shown until now become spares; those that served this load belong to the new runs.
      this.spare = this.lanes.map((lane) => lane.series);
      this.lanes = lanes;
      this.loaded = true;
      this.pending.length = 0;
      this.markDirty();
      outcome = { ok: true, scenarios: lanes.map((lane) => lane.scenario) };
    });
    return outcome;
  }

  private async startLane(
    engine: Engine,
    input: ScenarioInput,
    seed: number,
    live: readonly LiveEvent[],
    played: readonly PlayedMonth[],
    spare: Series | undefined,
  ): Promise<Lane> {
    const result = input.kind === 'text' ? await engine.loadText(input.text, input.source, seed) : await engine.load(input.value, seed);
    if (!result.ok) throw new Error('a validated scenario did not load');
    if (live.length > 0) await engine.schedule([...live]);
    if (played.length > 0) await engine.schedulePlayed([...played]);
    const [structure, first] = await Promise.all([engine.structure(), engine.advance(0, { state: true })]);
    const series = spare ?? new Series(result.scenario.ticks);
    series.clear(result.scenario.ticks);
    series.append(first);
    return { engine, series, scenario: result.scenario, structure, summary: undefined, done: first.done };
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
    if (this.playing || this.done || !this.loaded || this.inflight) return;
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
    if (this.playing && !this.inflight) this.pace(now);
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
    requestAnimationFrame(this.frame);
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
    const speed = SPEEDS[this.speed];
    if (speed.budgetMs !== undefined) {
      void this.send(
        this.lanes.map((lane) => lane.scenario.ticks - lane.series.tick),
        speed.budgetMs,
      );
    } else if (speed.monthsPerSecond !== undefined) {
      const elapsed = this.lastFrame > 0 ? now - this.lastFrame : 0;
      this.credit = Math.min(this.credit + (elapsed * speed.monthsPerSecond) / 1000, 2);
      if (this.credit >= 1) {
        const months = Math.floor(this.credit);
        this.credit -= months;
        void this.advanceBy(months);
      }
    } else void this.advanceBy(speed.ticksPerFrame ?? 1);
  }

  /** Brings every run to `months` past the latest month reached (runs behind catch up). */
  private advanceBy(months: number): Promise<void> {
    const target = this.maxTick + months;
    return this.send(this.lanes.map((lane) => Math.max(0, target - lane.series.tick)));
  }

  private send(ticks: number[], budgetMs?: number): Promise<void> {
    const generation = this.generation;
    const tick = this.maxTick + 1;
    const live: LiveEvent[] = this.pending.splice(0).map((event) => ({ tick, event }));
    return this.track(async () => {
      const batches = await Promise.all(
        this.lanes.map((lane, k) => {
          if (lane.done) return undefined;
          // Sent back to back: comlink keeps the order, so the events are queued before the months run.
          const scheduled = live.length > 0 ? lane.engine.schedule(live) : undefined;
          const batch = lane.engine.advance(ticks[k] ?? 0, budgetMs === undefined ? { state: true } : { state: true, budgetMs });
          return Promise.all([scheduled, batch]).then(([, result]) => result);
        }),
      );
      if (generation !== this.generation) return;
      if (live.length > 0) this.hooks.live(live);
      batches.forEach((batch, k) => {
        const lane = this.lanes[k]!;
        if (!batch) return;
        lane.series.append(batch);
        lane.done = batch.done;
        if (batch.summary) lane.summary = batch.summary;
      });
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
