/**
 * The "Edit the scenario as JSON" panel: opened, it loads the editor (editor/scenarioEditor.ts,
 * its own chunk) with the current run's scenario; "Run this scenario" runs the text as a
 * scenario file (the page's own checks and problems apply), "Download" saves it, "Start
 * again" reloads the current run's scenario. The status line counts the problems.
 */
import type { Dictionary, Language } from './i18n';
import type { ScenarioEditor } from './editor/scenarioEditor';
import { byId, setText } from './dom';
import { download } from './exportFiles';

export interface EditorPanelHost {
  dict(): Dictionary;
  language(): Language;
  /** The current run's scenario as a file would hold it (undefined before a run is loaded). */
  current(): Record<string, unknown> | undefined;
  /** Runs a scenario text as a file of this name. */
  run(name: string, text: string): Promise<void>;
}

export class EditorPanel {
  private editor: ScenarioEditor | undefined;
  private loading: Promise<ScenarioEditor> | undefined;
  private panel: HTMLDetailsElement;
  private status: HTMLElement;

  constructor(
    private doc: Document,
    private host: EditorPanelHost,
  ) {
    this.panel = byId<HTMLDetailsElement>(doc, 'editor-panel');
    this.status = byId(doc, 'editor-status');
    this.panel.addEventListener('toggle', () => {
      if (this.panel.open) void this.load();
    });
    byId(doc, 'editor-run').addEventListener('click', () => void this.runText());
    byId(doc, 'editor-download').addEventListener('click', () => {
      if (this.editor) download(doc, this.host.dict().editorFileName, new Blob([this.editor.text()], { type: 'application/json' }));
    });
    byId(doc, 'editor-reload').addEventListener('click', () => {
      if (this.editor) this.editor.setText(this.currentText());
      this.showStatus();
    });
  }

  private currentText(): string {
    return `${JSON.stringify(this.host.current() ?? {}, null, 2)}\n`;
  }

  private load(): Promise<ScenarioEditor> {
    if (!this.loading) {
      setText(this.status, this.host.dict().editorLoading);
      this.loading = import('./editor/scenarioEditor').then(({ createScenarioEditor }) => {
        this.editor = createScenarioEditor(byId(this.doc, 'editor-host'), { ...this.host, changed: () => this.scheduleStatus() }, this.currentText());
        this.showStatus();
        return this.editor;
      });
    }
    return this.loading;
  }

  private statusTimer: ReturnType<typeof setTimeout> | undefined;

  /** The count follows the text after a pause in typing (parsing a long scenario at every key would lag). */
  private scheduleStatus(): void {
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => this.showStatus(), 250);
  }

  private showStatus(): void {
    if (!this.editor) return;
    const count = this.editor.problems().length;
    setText(this.status, count === 0 ? this.host.dict().editorOk : this.host.dict().editorProblems(count));
    this.status.classList.toggle('problem', count > 0);
  }

  private async runText(): Promise<void> {
    const editor = await this.load();
    this.showStatus();
    if (editor.problems().length > 0) return;
    await this.host.run(this.host.dict().editorFileName, editor.text());
  }

  /** Texts that follow the language: the status line and the editor's problems. */
  relabel(): void {
    this.editor?.relabel();
    this.showStatus();
  }
}
