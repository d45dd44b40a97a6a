/**
 * What the page writes to the DOM outside the charts and the run's tables (runTables.ts):
 * controls, status, scenario panel, summaries; the live events (liveView.ts) and the
 * problems (issuesView.ts) have their own writers. It holds no run state of its own: the
 * app calls it with what to show. All text goes in through textContent, never as HTML.
 */
import { formatNumber, type Dictionary, type Language, type Speed } from './i18n';
import { BUNDLED, inLanguage, type BundledScenario } from './scenarios';
import { SPEED_ORDER } from './speeds';
import { byId, setAttr, setText } from './dom';
import { elementsById } from './elementsById';
import { READY_MARK } from './marks';
import { translatePage } from './pageTexts';
import { LiveView } from './liveView';
import { IssuesView } from './issuesView';
import MODEL_DESCRIPTION_URL from '../../docs/model.md?url';
import type { RunSummary, Scenario, SimEvent } from '../sim';

export type PageStatus = 'loading' | 'ready' | 'playing' | 'paused' | 'done' | 'invalid' | 'error';

export interface ControlState {
  playing: boolean;
  done: boolean;
  loaded: boolean;
  busy: boolean;
  speed: Speed;
  pending: readonly SimEvent[];
}

/** The page's controls: what the app listens to. */
export interface PageInputs {
  seed: HTMLInputElement;
  language: HTMLSelectElement;
  play: HTMLButtonElement;
  step: HTMLButtonElement;
  reset: HTMLButtonElement;
  /** Shown with an engine error: reloads the page, whose address holds the run. */
  restart: HTMLButtonElement;
  speed: HTMLSelectElement;
  form: HTMLFormElement;
  picker: HTMLSelectElement;
  file: HTMLInputElement;
  compare: HTMLInputElement;
  comparePair: HTMLButtonElement;
  shareLink: HTMLInputElement;
  copyLink: HTMLButtonElement;
  copyStatus: HTMLElement;
  csv: HTMLButtonElement;
  csvB: HTMLButtonElement;
  scenario: HTMLButtonElement;
  scenarioB: HTMLButtonElement;
  dropOverlay: HTMLElement;
  settings: HTMLElement;
  charts: HTMLElement;
}

const INPUT_IDS: Record<keyof PageInputs, string> = {
  seed: 'seed',
  language: 'language',
  play: 'play',
  step: 'step',
  reset: 'reset',
  restart: 'restart',
  speed: 'speed',
  form: 'controls',
  picker: 'scenario-picker',
  file: 'scenario-file',
  compare: 'compare-toggle',
  comparePair: 'compare-pair',
  shareLink: 'share-link',
  copyLink: 'copy-link',
  copyStatus: 'copy-status',
  csv: 'download-csv',
  csvB: 'download-csv-b',
  scenario: 'download-scenario',
  scenarioB: 'download-scenario-b',
  dropOverlay: 'drop-overlay',
  settings: 'settings',
  charts: 'charts',
};

export class View {
  readonly inputs: PageInputs;
  readonly live: LiveView;
  readonly issues: IssuesView;
  private app: HTMLElement;
  private status: HTMLElement;
  private storyLine: HTMLElement;
  private storyAnnounce: HTMLElement;
  private summaries: [HTMLElement, HTMLElement];
  private error: HTMLElement;
  private linkError: HTMLElement;
  private classNote: HTMLElement;

  constructor(private doc: Document) {
    this.inputs = elementsById<PageInputs>(doc, INPUT_IDS);
    this.live = new LiveView(doc);
    this.issues = new IssuesView(doc);
    byId<HTMLAnchorElement>(doc, 'model-link').href = MODEL_DESCRIPTION_URL;
    this.app = byId(doc, 'app');
    this.status = byId(doc, 'status');
    this.storyLine = byId(doc, 'story');
    this.storyAnnounce = byId(doc, 'story-announce');
    this.summaries = [byId(doc, 'summary'), byId(doc, 'summary-b')];
    this.error = byId(doc, 'error');
    this.linkError = byId(doc, 'link-error');
    this.classNote = byId(doc, 'class-note');
  }

  /** Static texts (pageTexts.ts), and the texts of the controls this view fills itself. */
  texts(lang: Language, dict: Dictionary): void {
    this.issues.texts(dict);
    translatePage(this.doc, lang, dict);
    this.inputs.language.value = lang;
    this.inputs.speed.replaceChildren(
      ...SPEED_ORDER.map((speed) => {
        const option = this.doc.createElement('option');
        option.value = speed;
        option.textContent = dict.speeds[speed];
        return option;
      }),
    );
    this.live.texts(dict);
    for (const button of this.doc.querySelectorAll<HTMLButtonElement>('.chart-chooser button'))
      button.textContent = dict.chooser[button.dataset.show ?? ''] ?? '';
  }

  /** The picker: every bundled scenario by title, and the user's file when one is loaded. */
  scenarioOptions(lang: Language, dict: Dictionary, selected: string, fileName: string | undefined): void {
    const options = BUNDLED.map((scenario: BundledScenario) => {
      const option = this.doc.createElement('option');
      option.value = scenario.id;
      option.textContent = inLanguage(scenario.title, lang) || scenario.id;
      return option;
    });
    if (fileName !== undefined) {
      const option = this.doc.createElement('option');
      option.value = '';
      option.textContent = dict.yourFile(fileName);
      options.unshift(option);
    }
    this.inputs.picker.replaceChildren(...options);
    this.inputs.picker.value = fileName !== undefined ? '' : selected;
  }

  controls(dict: Dictionary, state: ControlState, compare: boolean, liveCount: number): void {
    const { play, step, reset, speed, csv, csvB, scenario, scenarioB } = this.inputs;
    // Called at every message: only what changed is written, so the page has nothing to lay out again.
    setText(play, state.playing ? dict.pause : dict.play);
    setAttr(play, 'aria-pressed', String(state.playing));
    play.disabled = !state.loaded || state.done;
    step.disabled = !state.loaded || state.done || state.playing || state.busy;
    reset.disabled = false;
    if (speed.value !== state.speed) speed.value = state.speed;
    this.live.availability(state, {});
    this.live.clear.disabled = liveCount === 0;
    csv.disabled = !state.loaded;
    scenario.disabled = !state.loaded;
    csvB.hidden = scenarioB.hidden = !compare;
    csvB.disabled = scenarioB.disabled = !state.loaded || !compare;
  }

  /** Compare mode as committed (written once a load succeeds, so a click is not undone meanwhile). */
  compareMode(on: boolean): void {
    this.inputs.compare.checked = on;
    this.inputs.settings.classList.toggle('comparing', on);
  }

  state(state: PageStatus): void {
    // Marks when the page could first play, for `npm run bench` (bench/browser.ts).
    if (state === 'ready' && this.app.dataset.state === 'loading') performance.mark(READY_MARK);
    this.app.dataset.state = state;
  }

  counters(batches: number, renders: number): void {
    this.app.dataset.batches = String(batches);
    this.app.dataset.renders = String(renders);
  }

  /** The month reached, as text and as `data-tick` (for tests and styles). */
  progress(tick: number, horizon: number, text: string, tickB?: number): void {
    this.app.dataset.tick = String(tick);
    if (tickB === undefined) delete this.app.dataset.tickB;
    else this.app.dataset.tickB = String(tickB);
    this.status.dataset.tick = String(tick);
    this.status.dataset.horizon = String(horizon);
    setText(this.status, text);
  }

  /**
   * The run's story as one line: its latest turn, or how the partnership stands (it changes
   * every month, so it is not a live region); `turn`, the latest turn of the story, is
   * announced to screen readers when it changes.
   */
  story(text: string, turn: string): void {
    setText(this.storyLine, text);
    setText(this.storyAnnounce, turn);
  }

  scenario(lang: Language, scenario: Scenario | undefined): void {
    const meta = scenario?.meta;
    byId(this.doc, 'scenario-title').textContent = meta ? inLanguage(meta.title, lang) : '';
    byId(this.doc, 'scenario-description').textContent = meta ? inLanguage(meta.description, lang) : '';
    byId(this.doc, 'scenario-lesson').textContent = meta ? inLanguage(meta.lesson, lang) : '';
    // What to notice and try: shown when the scenario says.
    for (const key of ['notice', 'try'] as const) {
      const text = meta ? inLanguage(meta[key], lang) : '';
      byId(this.doc, `scenario-${key}`).textContent = text;
      byId(this.doc, `scenario-${key}`).hidden = byId(this.doc, `scenario-${key}-term`).hidden = text === '';
    }
  }

  /** The pair button: its label names what run B changes; hidden when the scenario has no pair the page can set. */
  pair(label: string | undefined): void {
    this.inputs.comparePair.hidden = label === undefined;
    setText(this.inputs.comparePair, label ?? '');
  }

  showError(message: string | undefined): void {
    this.error.hidden = message === undefined;
    this.inputs.restart.hidden = message === undefined;
    this.error.textContent = message ?? '';
  }

  showLinkError(message: string | undefined): void {
    this.linkError.hidden = message === undefined;
    this.linkError.textContent = message ?? '';
  }

  runSummaries(lang: Language, dict: Dictionary, a: RunSummary | undefined, b: RunSummary | undefined): void {
    this.summaries[0].textContent = a ? dict.summary(a.lifetime, a.survived, formatNumber(lang, a.mean_members, 1)) : '';
    this.summaries[1].textContent = b ? dict.summaryB(b.lifetime, b.survived, formatNumber(lang, b.mean_members, 1)) : '';
  }

  /** Says that the run replays a class's decisions (a classroom journal), or hides the note. */
  classRun(text: string | undefined): void {
    this.classNote.hidden = text === undefined;
    this.classNote.textContent = text ?? '';
  }
}
