/**
 * What the page writes to the DOM outside the charts and the run's tables (runTables.ts):
 * controls, status, scenario panel, problems, summaries, live events. It holds no run
 * state of its own: the app calls it with what to show. All text goes in through
 * textContent, never as HTML.
 */
import { LIVE_EVENT_TYPES, eventName, formatNumber, type Dictionary, type Language, type Speed } from './i18n';
import { BUNDLED, inLanguage, type BundledScenario } from './scenarios';
import { SPEED_ORDER } from './runner';
import { byId, setAttr, setText } from './dom';
import { READY_MARK } from './marks';
import MODEL_DESCRIPTION_URL from '../../docs/model.md?url';
import type { ORDERS, LiveEvent, RunSummary, Scenario, ScenarioIssue, SimEvent } from '../sim';

/** The dictionary entry at a dotted key (`analysis.heading`); the analyst view's texts are nested. */
function textAt(dict: Dictionary, key: string): unknown {
  let value: unknown = dict;
  for (const part of key.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

export type PageState = 'loading' | 'ready' | 'playing' | 'paused' | 'done' | 'invalid' | 'error';

export interface ControlState {
  playing: boolean;
  done: boolean;
  loaded: boolean;
  busy: boolean;
  speed: Speed;
  pending: readonly SimEvent[];
}

export class View {
  readonly seed: HTMLInputElement;
  readonly language: HTMLSelectElement;
  readonly play: HTMLButtonElement;
  readonly step: HTMLButtonElement;
  readonly reset: HTMLButtonElement;
  /** Shown with an engine error: reloads the page, whose address holds the run. */
  readonly restart: HTMLButtonElement;
  readonly speed: HTMLSelectElement;
  readonly form: HTMLFormElement;
  readonly picker: HTMLSelectElement;
  readonly file: HTMLInputElement;
  readonly compare: HTMLInputElement;
  readonly settings: HTMLElement;
  readonly cutOrder: HTMLSelectElement;
  readonly eventButtons: HTMLButtonElement[];
  readonly clearLive: HTMLButtonElement;
  readonly comparePair: HTMLButtonElement;
  readonly shareLink: HTMLInputElement;
  readonly copyLink: HTMLButtonElement;
  readonly copyStatus: HTMLElement;
  readonly downloads: Record<'csv' | 'csvB' | 'scenario' | 'scenarioB', HTMLButtonElement>;
  readonly dropOverlay: HTMLElement;
  readonly charts: HTMLElement;
  private app: HTMLElement;
  private status: HTMLElement;
  private storyLine: HTMLElement;
  private storyAnnounce: HTMLElement;
  private summaries: [HTMLElement, HTMLElement];
  private issues: HTMLElement;
  private issuesTitle: HTMLElement;
  private shownIssues: { issues: readonly ScenarioIssue[]; run: 'B' | undefined } | undefined;
  private issueList: HTMLElement;
  private error: HTMLElement;
  private linkError: HTMLElement;
  private liveList: HTMLElement;
  private classNote: HTMLElement;

  constructor(private doc: Document) {
    this.seed = byId(doc, 'seed');
    this.language = byId(doc, 'language');
    this.play = byId(doc, 'play');
    this.step = byId(doc, 'step');
    this.reset = byId(doc, 'reset');
    this.restart = byId(doc, 'restart');
    this.speed = byId(doc, 'speed');
    this.form = byId(doc, 'controls');
    this.picker = byId(doc, 'scenario-picker');
    this.file = byId(doc, 'scenario-file');
    this.compare = byId(doc, 'compare-toggle');
    this.settings = byId(doc, 'settings');
    this.cutOrder = byId(doc, 'cut-order');
    this.eventButtons = LIVE_EVENT_TYPES.map((type) => byId<HTMLButtonElement>(doc, `event-${type}`));
    this.clearLive = byId(doc, 'clear-live');
    this.comparePair = byId(doc, 'compare-pair');
    byId<HTMLAnchorElement>(doc, 'model-link').href = MODEL_DESCRIPTION_URL;
    this.shareLink = byId(doc, 'share-link');
    this.copyLink = byId(doc, 'copy-link');
    this.copyStatus = byId(doc, 'copy-status');
    this.downloads = {
      csv: byId(doc, 'download-csv'),
      csvB: byId(doc, 'download-csv-b'),
      scenario: byId(doc, 'download-scenario'),
      scenarioB: byId(doc, 'download-scenario-b'),
    };
    this.dropOverlay = byId(doc, 'drop-overlay');
    this.charts = byId(doc, 'charts');
    this.app = byId(doc, 'app');
    this.status = byId(doc, 'status');
    this.storyLine = byId(doc, 'story');
    this.storyAnnounce = byId(doc, 'story-announce');
    this.summaries = [byId(doc, 'summary'), byId(doc, 'summary-b')];
    this.issues = byId(doc, 'issues');
    this.issuesTitle = byId(doc, 'issues-title');
    this.issueList = byId(doc, 'issue-list');
    this.error = byId(doc, 'error');
    this.linkError = byId(doc, 'link-error');
    this.liveList = byId(doc, 'live-list');
    this.classNote = byId(doc, 'class-note');
  }

  /** Static texts: every element marked `data-i18n="key"` gets that dictionary string. */
  texts(lang: Language, dict: Dictionary): void {
    this.doc.documentElement.lang = lang;
    if (this.shownIssues) this.showIssues(dict, this.shownIssues.issues, this.shownIssues.run);
    this.doc.title = dict.documentTitle;
    for (const el of this.doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
      const text = textAt(dict, el.dataset.i18n ?? '');
      if (typeof text === 'string') setText(el, text);
    }
    for (const [selector, attribute] of [
      ['[data-i18n-placeholder]', 'placeholder'],
      ['[data-i18n-label]', 'aria-label'],
    ] as const) {
      for (const el of this.doc.querySelectorAll<HTMLElement>(selector)) {
        const text = textAt(dict, (attribute === 'placeholder' ? el.dataset.i18nPlaceholder : el.dataset.i18nLabel) ?? '');
        if (typeof text === 'string') setAttr(el, attribute, text);
      }
    }
    this.language.value = lang;
    this.speed.replaceChildren(
      ...SPEED_ORDER.map((speed) => {
        const option = this.doc.createElement('option');
        option.value = speed;
        option.textContent = dict.speeds[speed];
        return option;
      }),
    );
    LIVE_EVENT_TYPES.forEach((type, k) => (this.eventButtons[k]!.textContent = dict.liveButtons[type]));
    for (const button of this.doc.querySelectorAll<HTMLButtonElement>('.chart-chooser button'))
      button.textContent = dict.chooser[button.dataset.show ?? ''] ?? '';
    for (const option of this.cutOrder.options) option.textContent = dict.orderNames[option.value as (typeof ORDERS)[number]] ?? option.value;
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
    this.picker.replaceChildren(...options);
    this.picker.value = fileName !== undefined ? '' : selected;
  }

  controls(dict: Dictionary, state: ControlState, compare: boolean, liveCount: number): void {
    // Called at every message: only what changed is written, so the page has nothing to lay out again.
    setText(this.play, state.playing ? dict.pause : dict.play);
    setAttr(this.play, 'aria-pressed', String(state.playing));
    this.play.disabled = !state.loaded || state.done;
    this.step.disabled = !state.loaded || state.done || state.playing || state.busy;
    this.reset.disabled = false;
    if (this.speed.value !== state.speed) this.speed.value = state.speed;
    this.liveAvailability(state, {});
    this.clearLive.disabled = liveCount === 0;
    this.downloads.csv.disabled = !state.loaded;
    this.downloads.scenario.disabled = !state.loaded;
    this.downloads.csvB.hidden = this.downloads.scenarioB.hidden = !compare;
    this.downloads.csvB.disabled = this.downloads.scenarioB.disabled = !state.loaded || !compare;
  }

  /**
   * Live-event buttons: usable while a run is loaded and not over, except an event that
   * cannot act in this run now, disabled with the reason as its tooltip (and description).
   */
  liveAvailability(state: Pick<ControlState, 'loaded' | 'done'>, cannot: Partial<Record<string, string>>): void {
    LIVE_EVENT_TYPES.forEach((type, k) => {
      const button = this.eventButtons[k]!;
      const reason = cannot[type];
      button.disabled = !state.loaded || state.done;
      // Still focusable (aria-disabled, not disabled), so keyboard and screen-reader users reach the reason.
      if (reason === undefined) {
        button.removeAttribute('aria-disabled');
        button.removeAttribute('title');
      } else {
        setAttr(button, 'aria-disabled', 'true');
        setAttr(button, 'title', reason);
      }
      const described = this.reasonOf(button);
      setText(described, reason ?? '');
    });
  }

  /** The visually hidden text that describes a live-event button (why it cannot act now). */
  private reasonOf(button: HTMLButtonElement): HTMLElement {
    const id = `${button.id}-reason`;
    let span = this.doc.getElementById(id);
    if (!span) {
      span = this.doc.createElement('span');
      span.id = id;
      span.className = 'visually-hidden';
      button.after(span);
      button.setAttribute('aria-describedby', id);
    }
    return span;
  }

  /** Compare mode as committed (written once a load succeeds, so a click is not undone meanwhile). */
  compareMode(on: boolean): void {
    this.compare.checked = on;
    this.settings.classList.toggle('comparing', on);
  }

  state(state: PageState): void {
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
    this.comparePair.hidden = label === undefined;
    setText(this.comparePair, label ?? '');
  }

  /** Problems of a scenario, each with its path (and line:column for a file). */
  showIssues(dict: Dictionary, issues: readonly ScenarioIssue[], run?: 'B'): void {
    // Kept so that a change of language words them again.
    this.shownIssues = issues.length > 0 ? { issues, run } : undefined;
    this.issues.hidden = issues.length === 0;
    this.issuesTitle.textContent = dict.issuesTitle;
    this.issueList.replaceChildren(
      ...issues.map((issue) => {
        const li = this.doc.createElement('li');
        li.textContent = run ? `${dict.issuesTitleB}: ${dict.formatIssue(issue)}` : dict.formatIssue(issue);
        li.dataset.path = issue.path;
        return li;
      }),
    );
  }

  /** A problem with a file before the engine sees it (unreadable, too large). */
  showFileProblem(dict: Dictionary, message: string): void {
    this.shownIssues = undefined;
    this.issues.hidden = false;
    this.issuesTitle.textContent = dict.issuesTitle;
    const li = this.doc.createElement('li');
    li.textContent = message;
    this.issueList.replaceChildren(li);
  }

  showError(message: string | undefined): void {
    this.error.hidden = message === undefined;
    this.restart.hidden = message === undefined;
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

  /** Live events of the run, and the ones waiting for the next month. */
  liveEvents(dict: Dictionary, live: readonly LiveEvent[], pending: readonly SimEvent[], nextTick: number, idle: ReadonlySet<string>): void {
    const items = [...live.map((e) => ({ ...e, waiting: false })), ...pending.map((event) => ({ tick: nextTick, event, waiting: true }))];
    const suffix = (tick: number, event: SimEvent, waiting: boolean) => (waiting ? ' …' : idle.has(`${tick}:${event.type}`) ? ` ${dict.noEffect}` : '');
    const texts =
      items.length === 0
        ? [dict.liveNone]
        : items.map(({ tick, event, waiting }) => dict.liveItem(tick, eventName(dict, event)) + suffix(tick, event, waiting));
    const key = texts.join('\n');
    if (this.liveList.dataset.shown === key) return;
    this.liveList.dataset.shown = key;
    this.liveList.replaceChildren(
      ...texts.map((text, k) => {
        const li = this.doc.createElement('li');
        li.textContent = text;
        if (items[k]?.waiting) li.className = 'waiting';
        return li;
      }),
    );
  }
}
