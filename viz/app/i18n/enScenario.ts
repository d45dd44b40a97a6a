/**
 * English texts of the scenario panel: the bundled scenarios and their lesson, loading a file or a
 * classroom journal, the JSON editor, the title over a scenario's problems.
 */

export const enScenario = {
  scenarioHeading: 'Scenario',
  scenarioPicker: 'Bundled scenario',
  yourFile: (name: string) => `Your file: ${name}`,
  description: 'The situation',
  lesson: 'Lesson',
  notice: 'What to notice',
  tryNext: 'Things to try',
  comparePair: (what: string) => `Compare with its pair (B: ${what})`,
  modelLink: 'How the model works (model description)',
  noneList: 'none',
  loadFile: 'Load your own scenario file (.json)',
  dropHint: 'You can also drop a scenario file anywhere on the page, or a classroom journal (.jsonl) to see a class’s run.',
  editorSummary: 'Edit the scenario as JSON',
  editorHint:
    'The current run’s scenario, as a file would hold it. Ctrl+Space lists the fields and values the schema allows; hover a field for its meaning; problems are underlined with the command line’s messages.',
  editorLabel: 'Scenario file (JSON)',
  editorRun: 'Run this scenario',
  editorDownload: 'Download as JSON',
  editorReload: 'Start again from the current run',
  editorLoading: 'Loading the editor…',
  editorOk: 'No problems: the scenario can run.',
  editorProblems: (count: number) =>
    count === 1 ? '1 problem (underlined): the scenario cannot run yet.' : `${count} problems (underlined): the scenario cannot run yet.`,
  editorFileName: 'edited-scenario.json',
  dropHere: 'Drop the scenario file to load it',
  fileTooBig: (limit: string) => `This file is too large (more than ${limit}).`,
  fileUnreadable: 'This file could not be read.',
  journalUnreadable: (line: number) => `This classroom journal cannot be opened: line ${line} is not what a journal holds (or no month was played).`,
  classRun: (decisions: number, months: number) =>
    `This run replays a class: ${decisions} decisions made by students over ${months} months, from its journal (the same scenario, seed and live events). Settings you change here apply to the same decisions.`,
  issuesTitle: 'The scenario has problems and cannot run (the previous run is kept):',
  issuesTitleB: 'Run B',
};
