/**
 * How far the sweep has gone, on the page: its state on `#analysis` (`data-state`, with
 * `data-done`, `data-total`, `data-workers` and, once done, `data-seconds`, for tests), the
 * progress bar, the status line under it and whether Run and Cancel can be pressed.
 * Progress is painted once per frame at most, however many batches arrive.
 */
import type { Dictionary, Language } from '../i18n';
import { byId, setText } from '../dom';
import { plainNumber } from './labels';
import type { SweepOutcome, SweepPool } from './sweepPool';

export type SweepState = 'idle' | 'planning' | 'running' | 'finishing' | 'done' | 'cancelled' | 'failed' | 'invalid';

export class SweepStatus {
  private state: SweepState = 'idle';
  private startedAt = 0;
  private done = 0;
  private total = 0;
  private frame = 0;
  /** The last message of a finished sweep, kept across a change of language. */
  private message: (() => string) | undefined;
  private root: HTMLElement;
  private runButton: HTMLButtonElement;
  private cancelButton: HTMLButtonElement;
  private progress: HTMLProgressElement;
  private status: HTMLElement;

  constructor(
    doc: Document,
    private host: { dict(): Dictionary; language(): Language },
    private pool: Pick<SweepPool, 'running' | 'workers'>,
  ) {
    this.root = byId(doc, 'analysis');
    this.runButton = byId(doc, 'sweep-run');
    this.cancelButton = byId(doc, 'sweep-cancel');
    this.progress = byId(doc, 'sweep-progress');
    this.status = byId(doc, 'sweep-status');
  }

  /** A sweep of `total` runs starts planning; the last one's message and time are dropped. */
  start(total: number): void {
    this.message = undefined;
    delete this.root.dataset.seconds;
    this.done = 0;
    this.total = total;
    this.set('planning');
  }

  /** The pool planned the sweep: `runs` to go, timed from now. */
  planned(runs: number): void {
    this.total = runs;
    this.startedAt = performance.now();
    this.set('running');
  }

  progressed(count: number): void {
    this.done = count;
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      this.paint();
    });
  }

  /** How the sweep ended, said until the next one starts. */
  ended(outcome: SweepOutcome): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    const a = () => this.host.dict().analysis;
    if (outcome.status === 'done') {
      this.done = this.total = outcome.runs;
      const seconds = outcome.seconds;
      this.root.dataset.seconds = seconds.toFixed(3);
      this.message = () => a().done(outcome.runs, plainNumber(this.host.language(), Number(seconds.toFixed(1))), (outcome.runs / seconds).toFixed(0));
    } else if (outcome.status === 'cancelled') {
      const { done: count, total: of } = outcome;
      this.done = count;
      this.message = () => a().cancelled(count, of);
    } else if (outcome.status === 'invalid') this.message = undefined;
    else {
      const text = outcome.message;
      this.message = () => a().failed(text);
    }
    this.set(outcome.status);
  }

  /** A sweep file was opened into the form. */
  opened(name: string): void {
    this.message = () => this.host.dict().analysis.fileOpened(name);
    this.set('idle');
  }

  set(next: SweepState): void {
    this.state = next;
    this.root.dataset.state = next;
    this.runButton.disabled = this.pool.running;
    this.cancelButton.disabled = !this.pool.running;
    this.paint();
  }

  /** Texts in the page's language. */
  texts(): void {
    this.progress.setAttribute('aria-label', this.host.dict().analysis.progressLabel);
    this.paint();
  }

  private paint(): void {
    this.root.dataset.done = String(this.done);
    this.root.dataset.total = String(this.total);
    this.root.dataset.workers = String(this.pool.workers);
    this.progress.max = Math.max(1, this.total);
    this.progress.value = this.done;
    const a = this.host.dict().analysis;
    if (this.state === 'running') {
      const seconds = (performance.now() - this.startedAt) / 1000;
      const rate = seconds > 0 ? this.done / seconds : 0;
      setText(this.status, a.progress(this.done, this.total, rate.toFixed(0), rate > 0 ? duration((this.total - this.done) / rate) : '?'));
    } else if (this.state === 'planning' || this.state === 'finishing') setText(this.status, a.states[this.state]);
    else setText(this.status, this.message?.() ?? '');
  }
}

/** Seconds as `12 s`, `3 min 05 s` or `1 h 02 min`. */
export function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}
