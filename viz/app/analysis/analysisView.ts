/**
 * The analyst view: the sweep form, the pool that runs it, its progress and the results.
 * Loaded on first use (viz/app/views.ts), so the classroom dashboard starts as fast as
 * before. The page's state is on `#analysis` as `data-state` (idle, planning, running,
 * finishing, done, cancelled, failed, invalid) with `data-done` and `data-total`, for tests.
 */
import type { Dictionary, Language } from '../i18n';
import { byId, setText } from '../dom';
import { download, slug } from '../exportFiles';
import { bundledScenario, DEFAULT_SCENARIO_ID } from '../scenarios';
import { sweepFromDraft, type DraftProblem, type SweepDefinition } from './draft';
import { factorName, plainNumber } from './labels';
import { SweepForm } from './sweepForm';
import { SweepPool, defaultWorkers, type SweepOutcome } from './sweepPool';
import { SweepResults } from './results';
import { startSweepWorker } from './sweepWorkers';
import { readSweepFile } from './sweepFile';
import { readScenarioFile } from '../fileInput';
import { MAX_SCENARIO_BYTES } from '../shareUrl';

/** What the view needs from the page around it. */
export interface AnalysisHost {
  dict(): Dictionary;
  language(): Language;
  /** The simulator's run A as a scenario file would hold it, and its name; undefined before anything loaded. */
  currentScenario(): { name: string; scenario: Record<string, unknown> } | undefined;
}

type State = 'idle' | 'planning' | 'running' | 'finishing' | 'done' | 'cancelled' | 'failed' | 'invalid';

export interface AnalysisView {
  /** Rewrites the view's texts in the page's language. */
  texts(): void;
  /** Opens a sweep file into the form (chosen in the view or dropped on the page). */
  open(file: File): Promise<void>;
  pool: SweepPool;
}

export function createAnalysisView(doc: Document, host: AnalysisHost, cores = navigator.hardwareConcurrency): AnalysisView {
  const root = byId(doc, 'analysis');
  const runButton = byId<HTMLButtonElement>(doc, 'sweep-run');
  const cancelButton = byId<HTMLButtonElement>(doc, 'sweep-cancel');
  const downloadButton = byId<HTMLButtonElement>(doc, 'sweep-download');
  const size = byId(doc, 'sweep-size');
  const issues = byId(doc, 'sweep-issues');
  const issueList = byId(doc, 'sweep-issue-list');
  const progress = byId<HTMLProgressElement>(doc, 'sweep-progress');
  const status = byId(doc, 'sweep-status');
  const results = new SweepResults(doc);
  const form = new SweepForm(doc, () => updateSize(), defaultWorkers(cores));

  let state: State = 'idle';
  let startedAt = 0;
  let done = 0;
  let total = 0;
  let frame = 0;
  /** The last message of a finished sweep, kept across a change of language. */
  let message: (() => string) | undefined;

  const dict = () => host.dict();
  const lang = () => host.language();

  const pool = new SweepPool(startSweepWorker, {
    planned(runs) {
      total = runs;
      startedAt = performance.now();
      setState('running');
    },
    progress(count) {
      done = count;
      // Painted once per frame at most, however many batches arrive.
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        paintProgress();
      });
    },
    finishing() {
      setState('finishing');
    },
  });

  function setState(next: State): void {
    state = next;
    root.dataset.state = next;
    runButton.disabled = pool.running;
    cancelButton.disabled = !pool.running;
    paintProgress();
  }

  function paintProgress(): void {
    root.dataset.done = String(done);
    root.dataset.total = String(total);
    root.dataset.workers = String(pool.workers);
    progress.max = Math.max(1, total);
    progress.value = done;
    const a = dict().analysis;
    if (state === 'running') {
      const seconds = (performance.now() - startedAt) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      setText(status, a.progress(done, total, rate.toFixed(0), rate > 0 ? duration((total - done) / rate) : '?'));
    } else if (state === 'planning' || state === 'finishing') setText(status, a.states[state]);
    else setText(status, message?.() ?? '');
  }

  /** The definition as the command line takes it, or the problems the form can see. */
  function definition(): { ok: true; sweep: SweepDefinition; settings: number; runs: number } | { ok: false; problems: DraftProblem[] } {
    const base = form.baseChoice();
    const current = base.kind === 'current' ? host.currentScenario() : undefined;
    const scenario =
      base.kind === 'file' ? base.scenario : (current?.scenario ?? bundledScenario(base.kind === 'bundled' ? base.id : DEFAULT_SCENARIO_ID)?.raw ?? {});
    return sweepFromDraft({ ...form.draft(), scenario: structuredClone(scenario) });
  }

  function updateSize(): void {
    const d = definition();
    setText(size, d.ok ? dict().analysis.size(d.settings, d.sweep.replications, d.runs) : '');
  }

  function problemText(problem: DraftProblem): string {
    const p = dict().analysis.problems;
    if (problem.kind === 'badNumber') return p.badNumber(factorName(dict(), problem.path), problem.text);
    if ('path' in problem) return p[problem.kind](factorName(dict(), problem.path));
    return p[problem.kind];
  }

  function showProblems(texts: string[], title = dict().analysis.problemsTitle): void {
    issues.hidden = texts.length === 0;
    setText(byId(doc, 'sweep-issues-title'), title);
    issueList.replaceChildren(
      ...texts.map((text) => {
        const li = doc.createElement('li');
        li.textContent = text;
        return li;
      }),
    );
  }

  async function run(): Promise<void> {
    if (pool.running) return;
    const d = definition();
    if (!d.ok) {
      showProblems(d.problems.map(problemText));
      return;
    }
    showProblems([]);
    results.clear();
    message = undefined;
    delete root.dataset.seconds;
    done = 0;
    total = d.runs;
    setState('planning');
    const outcome = await pool.run(d.sweep, form.workerCount());
    finish(outcome, d.sweep);
  }

  function finish(outcome: SweepOutcome, sweep: SweepDefinition): void {
    cancelAnimationFrame(frame);
    frame = 0;
    if (outcome.status === 'done') {
      done = total = outcome.runs;
      const seconds = outcome.seconds;
      root.dataset.seconds = seconds.toFixed(3);
      message = () => dict().analysis.done(outcome.runs, plainNumber(lang(), Number(seconds.toFixed(1))), (outcome.runs / seconds).toFixed(0));
      setState('done');
      results.texts(dict(), lang());
      results.show(outcome.result, sweep);
    } else if (outcome.status === 'cancelled') {
      const { done: count, total: of } = outcome;
      done = count;
      message = () => dict().analysis.cancelled(count, of);
      setState('cancelled');
    } else if (outcome.status === 'invalid') {
      showProblems(outcome.issues.map((issue) => dict().formatIssue(issue)));
      message = undefined;
      setState('invalid');
    } else {
      const text = outcome.message;
      message = () => dict().analysis.failed(text);
      setState('failed');
    }
  }

  /** Opens a sweep file into the form (sweepFile.ts); what the form cannot hold is listed, and the form is left as it was. */
  async function open(file: File): Promise<void> {
    if (pool.running) return;
    const read = await readScenarioFile(file, MAX_SCENARIO_BYTES);
    if (!read.ok) {
      showProblems([read.problem === 'big' ? dict().fileTooBig(`${MAX_SCENARIO_BYTES / 1e6} MB`) : dict().fileUnreadable]);
      return;
    }
    const loaded = readSweepFile(read.text, read.name, form.specs);
    if (!loaded.ok) {
      const p = dict().analysis.fileProblems;
      showProblems(
        loaded.problems.map((problem) => {
          switch (problem.kind) {
            case 'json':
              return dict().formatIssue(problem.issue);
            case 'notObject':
            case 'noScenario':
              return p[problem.kind];
            case 'unknownKey':
            case 'badValue':
              return p[problem.kind](problem.key);
            case 'scenarioPath':
            case 'unknownFactor':
            case 'factorValues':
              return p[problem.kind](problem.path);
            case 'unknownMetric':
              return p.unknownMetric(problem.metric);
          }
        }),
        dict().analysis.fileProblemsTitle(read.name),
      );
      return;
    }
    showProblems([]);
    form.load(loaded.sweep, read.name);
    message = () => dict().analysis.fileOpened(read.name);
    setState('idle');
  }

  runButton.addEventListener('click', () => void run());
  const fileInput = byId<HTMLInputElement>(doc, 'sweep-file');
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    // Cleared, so opening the same file again (after editing it) reads it again.
    fileInput.value = '';
    if (file) void open(file);
  });
  cancelButton.addEventListener('click', () => pool.cancel());
  downloadButton.addEventListener('click', () => {
    const d = definition();
    if (!d.ok) return showProblems(d.problems.map(problemText));
    showProblems([]);
    download(doc, `${slug(d.sweep.title || 'sweep')}.json`, new Blob([`${JSON.stringify(d.sweep, null, 2)}\n`], { type: 'application/json' }));
  });

  const view: AnalysisView = {
    pool,
    open,
    texts() {
      form.build(dict(), lang(), host.currentScenario()?.name);
      results.texts(dict(), lang());
      progress.setAttribute('aria-label', dict().analysis.progressLabel);
      updateSize();
      paintProgress();
    },
  };
  view.texts();
  setState('idle');
  return view;
}

/** Seconds as `12 s`, `3 min 05 s` or `1 h 02 min`. */
export function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}
