/**
 * Runs a sweep in a pool of Web Workers: one collector plans it and gathers the runs, the
 * runners share the runs in batches of several per message (fewer messages), handed out
 * as each runner frees up. Results come back as transferred typed arrays, and the page
 * only passes them on to the collector (no copy kept, nothing summed here), so the main
 * thread's work per batch stays well under a millisecond. The files and the charts'
 * numbers are made in the collector at the end.
 *
 * Cancel terminates every worker at once; runs done so far are discarded.
 */
import { batchSize } from '../../../sim/sweep/batches';
import * as Comlink from 'comlink';
import type { JobResult, ScenarioIssue, SweepApi, SweepResult } from '../../sim';

/** The sweep API as a worker offers it: every method answers with a promise. */
export type RemoteSweepApi = { [K in keyof SweepApi]: (...args: Parameters<SweepApi[K]>) => Promise<ReturnType<SweepApi[K]>> };

export interface SweepWorker {
  api: RemoteSweepApi;
  terminate(): void;
}

export type SweepOutcome =
  | { status: 'done'; result: SweepResult; runs: number; seconds: number }
  | { status: 'invalid'; issues: ScenarioIssue[] }
  | { status: 'cancelled'; done: number; total: number }
  | { status: 'failed'; message: string };

export interface PoolHooks {
  /** The sweep is planned: `total` runs to go. */
  planned?(total: number): void;
  /** Runs finished so far (called once per batch). */
  progress?(done: number, total: number): void;
  /** Every run is in; the collector is writing the files. */
  finishing?(): void;
}

/** Workers to start: what the machine reports, within reason (each holds a copy of the engine and the plan). */
export function defaultWorkers(hardwareConcurrency: number | undefined): number {
  return Math.max(1, Math.min(16, hardwareConcurrency ?? 2));
}

const transferOf = (results: readonly JobResult[]): Transferable[] => results.flatMap((r) => r.ticks.map((t) => t.buffer as ArrayBuffer));

interface Session {
  workers: SweepWorker[];
  settled: boolean;
  done: number;
  total: number;
  settle(outcome: SweepOutcome): void;
}

export class SweepPool {
  private session: Session | undefined;

  /**
   * `start` makes a worker (a real one in the page, the plain API in tests); it calls
   * `onError` if the worker fails outside any call (e.g. its module does not load), which
   * ends the sweep instead of leaving it waiting.
   */
  constructor(
    private start: (onError: (message: string) => void) => SweepWorker,
    private hooks: PoolHooks = {},
    private now: () => number = () => performance.now(),
  ) {}

  get running(): boolean {
    return this.session !== undefined;
  }

  /** Workers alive now (the collector included): 0 once a sweep has ended, however it ended. */
  get workers(): number {
    return this.session?.workers.length ?? 0;
  }

  /** Runs `sweep` (the command line's sweep object, scenario inline) with `workers` runners. */
  run(sweep: unknown, workers: number): Promise<SweepOutcome> {
    if (this.session) return Promise.reject(new Error('a sweep is already running'));
    return new Promise<SweepOutcome>((resolve) => {
      const session: Session = {
        workers: [],
        settled: false,
        done: 0,
        total: 0,
        settle: (outcome) => {
          if (session.settled) return;
          session.settled = true;
          for (const worker of session.workers) worker.terminate();
          session.workers = [];
          if (this.session === session) this.session = undefined;
          resolve(outcome);
        },
      };
      this.session = session;
      this.drive(session, sweep, Math.max(1, Math.floor(workers))).then(
        (outcome) => session.settle(outcome),
        (error: unknown) => session.settle({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
    });
  }

  /** Stops the sweep now: every worker is terminated and the runs done so far are dropped. */
  cancel(): void {
    const session = this.session;
    session?.settle({ status: 'cancelled', done: session.done, total: session.total });
  }

  private spawn(session: Session): SweepWorker {
    const worker = this.start((message) => session.settle({ status: 'failed', message }));
    session.workers.push(worker);
    return worker;
  }

  /** Resolves with the outcome; returns early (its result unused) once the session is settled by a cancel. */
  private async drive(session: Session, sweep: unknown, workers: number): Promise<SweepOutcome> {
    const started = this.now();
    const collector = this.spawn(session);
    const planned = await collector.api.plan(sweep, 'sweep');
    if (!planned.ok) return { status: 'invalid', issues: planned.issues };
    if (session.settled) return { status: 'failed', message: 'stopped' };
    const plan = planned.plan;
    const total = (session.total = plan.totalRuns);
    this.hooks.planned?.(total);

    const size = batchSize(total, workers);
    let next = 0;
    const collected: Promise<number>[] = [];
    const runner = async () => {
      const worker = this.spawn(session);
      await worker.api.init(plan);
      while (!session.settled && next < total) {
        const from = next;
        next = Math.min(total, next + size);
        const results = await worker.api.run(from, next);
        if (session.settled) return;
        collected.push(collector.api.collect(Comlink.transfer(results, transferOf(results))));
        session.done += results.length;
        this.hooks.progress?.(session.done, total);
      }
    };
    await Promise.all(Array.from({ length: Math.min(workers, Math.ceil(total / size)) }, runner));
    if (session.settled) return { status: 'failed', message: 'stopped' };
    // Runners are done: free their cores while the collector writes the files.
    for (const worker of session.workers.splice(1)) worker.terminate();
    await Promise.all(collected);
    this.hooks.finishing?.();
    const result = await collector.api.finish();
    return { status: 'done', result, runs: total, seconds: (this.now() - started) / 1000 };
  }
}

export { batchSize };
