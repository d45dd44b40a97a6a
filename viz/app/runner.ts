/**
 * Drives a run: loading, Play/Pause in a requestAnimationFrame loop, Step, and the final
 * summary. At most one call to the worker is outstanding at a time (a frame that finds
 * one in flight asks for nothing), so a slow worker slows the run instead of queueing
 * work; a generation number drops results that belong to a run replaced by a reset.
 */
import type { Engine } from './engine';
import type { LoadResult, TickBatch } from '../../sim/worker/api';
import type { RunSummary } from '../../sim/metrics/summary';

/** Where a scenario comes from: an object (imported JSON) or a file's text (errors get line:column). */
export type ScenarioInput = { kind: 'object'; value: unknown } | { kind: 'text'; text: string; source: string };

export interface RunnerHooks {
  /** A load finished; on success the page starts a fresh run, on failure it keeps the current one. */
  loaded(result: LoadResult): void;
  batch(batch: TickBatch): void;
  finished(summary: RunSummary): void;
  /** Playing, done or busy changed: buttons follow. */
  state(): void;
  error(message: string): void;
}

export class Runner {
  playing = false;
  done = false;
  /** A scenario is loaded in the worker, so advancing is allowed. */
  loaded = false;
  private inflight: Promise<void> | null = null;
  private generation = 0;
  private frameId = 0;

  /** `ticksPerFrame`: 1 lets a class watch the ten years unfold in about two seconds at 60 fps. */
  constructor(
    private engine: Engine,
    private hooks: RunnerHooks,
    private ticksPerFrame = 1,
  ) {}

  get busy(): boolean {
    return this.inflight !== null;
  }

  /** Loads a scenario and, if valid, starts a fresh run with `seed`. */
  async load(input: ScenarioInput, seed: number): Promise<void> {
    this.pause();
    const generation = ++this.generation;
    // Let the call in flight finish first (a loop: two quick resets must not both go): the worker stays one request deep.
    while (this.inflight) await this.inflight;
    await this.track(async () => {
      const result = input.kind === 'text' ? await this.engine.loadText(input.text, input.source, seed) : await this.engine.load(input.value, seed);
      if (generation !== this.generation) return;
      if (result.ok) {
        this.loaded = true;
        this.done = false;
      }
      this.hooks.loaded(result);
    });
  }

  play(): void {
    if (this.playing || this.done || !this.loaded) return;
    this.playing = true;
    this.hooks.state();
    this.frameId = requestAnimationFrame(this.frame);
  }

  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    cancelAnimationFrame(this.frameId);
    this.hooks.state();
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  /** One month, when paused. */
  step(): void {
    if (this.playing || this.done || !this.loaded || this.inflight) return;
    void this.advance(1);
  }

  private frame = (): void => {
    if (!this.playing) return;
    if (!this.inflight) void this.advance(this.ticksPerFrame);
    this.frameId = requestAnimationFrame(this.frame);
  };

  private advance(ticks: number): Promise<void> {
    const generation = this.generation;
    return this.track(async () => {
      const batch = await this.engine.advance(ticks);
      if (generation !== this.generation) return;
      this.hooks.batch(batch);
      if (!batch.done) return;
      this.done = true;
      this.pause();
      const summary = await this.engine.summary();
      if (generation === this.generation) this.hooks.finished(summary);
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
