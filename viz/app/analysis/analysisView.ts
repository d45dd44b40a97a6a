/**
 * The analyst view: the sweep form, the pool that runs it, its progress and the results.
 * Loaded on first use (viz/app/views.ts), so the classroom dashboard starts as fast as
 * before. The page's state is on `#analysis` as `data-state` (idle, planning, running,
 * finishing, done, cancelled, failed, invalid) with `data-done` and `data-total`, for tests
 * (sweepStatus.ts writes them).
 */
import type { Dictionary, Language } from '../i18n';
import { byId, setText } from '../dom';
import { download, slug } from '../exportFiles';
import { bundledScenario, DEFAULT_SCENARIO_ID } from '../scenarios';
import { sweepFromDraft, type DraftResult, type SweepDefinition } from './draft';
import { SweepForm } from './sweepForm';
import { SweepPool, defaultWorkers, type SweepOutcome } from './sweepPool';
import { SweepResults } from './results';
import { startSweepWorker } from './sweepWorkers';
import { readSweepFile } from './sweepFile';
import { readScenarioFile } from '../fileInput';
import { MAX_SCENARIO_BYTES } from '../shareUrl';
import { draftProblemText, ProblemList, sweepFileProblemText } from './sweepProblems';
import { SweepStatus } from './sweepStatus';

/** What the view needs from the page around it. */
export interface AnalysisHost {
  dict(): Dictionary;
  language(): Language;
  /** The simulator's run A as a scenario file would hold it, and its name; undefined before anything loaded. */
  currentScenario(): { name: string; scenario: Record<string, unknown> } | undefined;
}

export interface AnalysisView {
  /** Rewrites the view's texts in the page's language. */
  texts(): void;
  /** Opens a sweep file into the form (chosen in the view or dropped on the page). */
  open(file: File): Promise<void>;
  pool: SweepPool;
}

export function createAnalysisView(doc: Document, host: AnalysisHost, cores = navigator.hardwareConcurrency): AnalysisView {
  const view = new SweepView(doc, host, cores);
  view.texts();
  view.status.set('idle');
  return view;
}

class SweepView implements AnalysisView {
  readonly pool: SweepPool;
  readonly status: SweepStatus;
  private results: SweepResults;
  private form: SweepForm;
  private problems: ProblemList;
  private size: HTMLElement;

  constructor(
    private doc: Document,
    private host: AnalysisHost,
    cores: number,
  ) {
    this.size = byId(doc, 'sweep-size');
    this.problems = new ProblemList(doc, () => host.dict());
    this.results = new SweepResults(doc);
    this.form = new SweepForm(doc, () => this.updateSize(), defaultWorkers(cores));
    this.pool = new SweepPool(startSweepWorker, {
      planned: (runs) => this.status.planned(runs),
      progress: (count) => this.status.progressed(count),
      finishing: () => this.status.set('finishing'),
    });
    this.status = new SweepStatus(doc, host, this.pool);
    this.listen();
  }

  texts(): void {
    const dict = this.host.dict();
    this.form.build(dict, this.host.language(), this.host.currentScenario()?.name);
    this.results.texts(dict, this.host.language());
    this.updateSize();
    this.status.texts();
  }

  /** Opens a sweep file into the form (sweepFile.ts); what the form cannot hold is listed, and the form is left as it was. */
  async open(file: File): Promise<void> {
    if (this.pool.running) return;
    const dict = () => this.host.dict();
    const read = await readScenarioFile(file, MAX_SCENARIO_BYTES);
    if (!read.ok) return this.problems.show([read.problem === 'big' ? dict().fileTooBig(`${MAX_SCENARIO_BYTES / 1e6} MB`) : dict().fileUnreadable]);
    const loaded = readSweepFile(read.text, read.name, this.form.specs);
    if (!loaded.ok)
      return this.problems.show(
        loaded.problems.map((problem) => sweepFileProblemText(dict(), problem)),
        dict().analysis.fileProblemsTitle(read.name),
      );
    this.problems.show([]);
    this.form.load(loaded.sweep, read.name);
    this.status.opened(read.name);
  }

  private listen(): void {
    byId<HTMLButtonElement>(this.doc, 'sweep-run').addEventListener('click', () => void this.run());
    const fileInput = byId<HTMLInputElement>(this.doc, 'sweep-file');
    fileInput.addEventListener('change', () => {
      const file = fileInput.files?.[0];
      // Cleared, so opening the same file again (after editing it) reads it again.
      fileInput.value = '';
      if (file) void this.open(file);
    });
    byId<HTMLButtonElement>(this.doc, 'sweep-cancel').addEventListener('click', () => this.pool.cancel());
    byId<HTMLButtonElement>(this.doc, 'sweep-download').addEventListener('click', () => {
      const d = this.definition();
      if (!d.ok) return this.showDraftProblems(d);
      this.problems.show([]);
      download(this.doc, `${slug(d.sweep.title || 'sweep')}.json`, new Blob([`${JSON.stringify(d.sweep, null, 2)}\n`], { type: 'application/json' }));
    });
  }

  /** The definition as the command line takes it, or the problems the form can see. */
  private definition(): DraftResult {
    const base = this.form.baseChoice();
    const current = base.kind === 'current' ? this.host.currentScenario() : undefined;
    const scenario =
      base.kind === 'file' ? base.scenario : (current?.scenario ?? bundledScenario(base.kind === 'bundled' ? base.id : DEFAULT_SCENARIO_ID)?.raw ?? {});
    return sweepFromDraft({ ...this.form.draft(), scenario: structuredClone(scenario) });
  }

  private updateSize(): void {
    const d = this.definition();
    setText(this.size, d.ok ? this.host.dict().analysis.size(d.settings, d.sweep.replications, d.runs) : '');
  }

  private showDraftProblems(d: Extract<DraftResult, { ok: false }>): void {
    this.problems.show(d.problems.map((problem) => draftProblemText(this.host.dict(), problem)));
  }

  private async run(): Promise<void> {
    if (this.pool.running) return;
    const d = this.definition();
    if (!d.ok) return this.showDraftProblems(d);
    this.problems.show([]);
    this.results.clear();
    this.status.start(d.runs);
    this.finish(await this.pool.run(d.sweep, this.form.workerCount()), d.sweep);
  }

  private finish(outcome: SweepOutcome, sweep: SweepDefinition): void {
    if (outcome.status === 'invalid') this.problems.show(outcome.issues.map((issue) => this.host.dict().formatIssue(issue)));
    this.status.ended(outcome);
    if (outcome.status === 'done') {
      this.results.texts(this.host.dict(), this.host.language());
      this.results.show(outcome.result, sweep);
    }
  }
}
