/**
 * The problems the analyst view lists above the form: why the form's sweep cannot run, why
 * an opened sweep file cannot be read, or the worker's own findings (the command line's
 * messages), each written in the page's language.
 */
import type { Dictionary } from '../i18n';
import { byId, setText } from '../dom';
import type { DraftProblem } from './draft';
import type { SweepFileProblem } from './sweepFile';
import { factorName } from './labels';

/** A problem the form can see, naming the factor by its short name. */
export function draftProblemText(dict: Dictionary, problem: DraftProblem): string {
  const p = dict.analysis.problems;
  if (problem.kind === 'badNumber') return p.badNumber(factorName(dict, problem.path), problem.text);
  if ('path' in problem) return p[problem.kind](factorName(dict, problem.path));
  return p[problem.kind];
}

/** A problem of an opened sweep file: the field or value at fault and what the page can open. */
export function sweepFileProblemText(dict: Dictionary, problem: SweepFileProblem): string {
  const p = dict.analysis.fileProblems;
  switch (problem.kind) {
    case 'document':
      return dict.formatIssue(problem.issue);
    case 'scenarioPath':
    case 'unknownFactor':
    case 'factorValues':
      return p[problem.kind](problem.path);
  }
}

/** The list of problems under its title; hidden when there are none. */
export class ProblemList {
  private box: HTMLElement;
  private list: HTMLElement;

  constructor(
    private doc: Document,
    private dict: () => Dictionary,
  ) {
    this.box = byId(doc, 'sweep-issues');
    this.list = byId(doc, 'sweep-issue-list');
  }

  show(texts: readonly string[], title = this.dict().analysis.problemsTitle): void {
    this.box.hidden = texts.length === 0;
    setText(byId(this.doc, 'sweep-issues-title'), title);
    this.list.replaceChildren(
      ...texts.map((text) => {
        const li = this.doc.createElement('li');
        li.textContent = text;
        return li;
      }),
    );
  }
}
