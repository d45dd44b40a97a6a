/**
 * The problems panel of the scenario section: a scenario's problems, each with its path
 * (and line:column for a file), or a file's problem before the engine sees it. Problems
 * are kept as data, so a change of language words them again.
 */
import type { Dictionary } from './i18n';
import { byId } from './dom';
import type { ScenarioIssue } from '../sim';

export class IssuesView {
  private panel: HTMLElement;
  private title: HTMLElement;
  private list: HTMLElement;
  private shown: { issues: readonly ScenarioIssue[]; run: 'B' | undefined } | undefined;

  constructor(private doc: Document) {
    this.panel = byId(doc, 'issues');
    this.title = byId(doc, 'issues-title');
    this.list = byId(doc, 'issue-list');
  }

  /** Problems of a scenario (run B's say so); none hides the panel. */
  show(dict: Dictionary, issues: readonly ScenarioIssue[], run?: 'B'): void {
    this.shown = issues.length > 0 ? { issues, run } : undefined;
    this.panel.hidden = issues.length === 0;
    this.title.textContent = dict.issuesTitle;
    this.list.replaceChildren(
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
    this.shown = undefined;
    this.panel.hidden = false;
    this.title.textContent = dict.issuesTitle;
    const li = this.doc.createElement('li');
    li.textContent = message;
    this.list.replaceChildren(li);
  }

  /** The scenario's problems shown, in a new language. */
  texts(dict: Dictionary): void {
    if (this.shown) this.show(dict, this.shown.issues, this.shown.run);
  }
}
