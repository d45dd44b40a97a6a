/**
 * Every problem in French, worded from its code and parameters (the list of codes is
 * sim/scenario/problemCatalog.ts): the scenario's (scenarioProblemsFr.ts), the JSON
 * reader's (jsonProblemsFr.ts), `--set` overrides' (overrideProblemsFr.ts), whole inputs'
 * (inputProblemsFr.ts) and sweeps' (sweepProblemsFr.ts). The catalog is typed against the
 * English one, so a problem cannot reach the page without its French words; what the user
 * wrote (paths, field names, values, file names) stays as written.
 */
import { issueLocation, type ScenarioIssue, type SweepPlace } from '../../../sim/scenario/issues';
import { problemCatalog, problemWords } from '../../../sim/scenario/problemCatalog';
import { SCENARIO_PROBLEMS_FR } from './scenarioProblemsFr';
import { JSON_PROBLEMS_FR } from './jsonProblemsFr';
import { OVERRIDE_PROBLEMS_FR } from './overrideProblemsFr';
import { INPUT_PROBLEMS_FR } from './inputProblemsFr';
import { SWEEP_PROBLEMS_FR } from './sweepProblemsFr';
import { withoutSource } from '../../../sim/scenario/issues';

export const PROBLEMS_FR = problemCatalog(SCENARIO_PROBLEMS_FR, OVERRIDE_PROBLEMS_FR, INPUT_PROBLEMS_FR, SWEEP_PROBLEMS_FR, [
  JSON_PROBLEMS_FR,
  'du JSON valide',
]);

/** A place in a sweep in French: `balayage (scénario) (paramétrage a=1)`. */
export function placeFr(place: SweepPlace): string {
  const setting = place.setting === undefined ? '' : ` (paramétrage ${place.setting || 'de base'})`;
  return `${place.name ?? 'balayage'}${place.scenario ? ' (scénario)' : ''}${setting}`;
}

/** One line per problem, as formatIssue writes it in English: `fichier:ligne:colonne chemin : attendu X, reçu Y`. */
export function formatIssueFr(issue: ScenarioIssue): string {
  // A source left out by the caller stays out; a place in a sweep is worded from its data.
  const source = issue.source === undefined || issue.place === undefined ? issue.source : placeFr(issue.place);
  const words = problemWords(PROBLEMS_FR, issue.code, issue.params);
  const located = source === undefined ? withoutSource(issue) : { ...issue, source };
  return `${issueLocation(located)} : attendu ${words.expected}, reçu ${words.received}`;
}
