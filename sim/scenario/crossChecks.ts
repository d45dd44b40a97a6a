/** Rules that span several fields, checked after the schema accepts a scenario. */
import type { Scenario } from './schema';
import type { ScenarioIssue } from './issues';
import { foundOf, scenarioProblem } from './problems';

/** Above this many organisations a run needs more memory than a browser tab or a laptop offers. */
export const MAX_ORGANISATIONS = 1_000_000;
/**
 * Relational ties are drawn once, at the start, into a set of pairs: organisations ×
 * ties_per_organisation tie ends need about 90 bytes each while they are drawn (about 0.9 GB
 * at this limit), and beyond 33.5 million the set of pairs overflows and the run fails.
 */
export const MAX_TIE_ENDS = 10_000_000;
/**
 * Organisations × ticks: the work of a run (about 100–400 ns per organisation and tick, so
 * 20 minutes to an hour at this limit on a 2-core reference machine).
 */
export const MAX_ORGANISATION_TICKS = 10_000_000_000;

/**
 * What one machine can run, checked before any work starts. Separate from the schema so
 * that a horizon given elsewhere (the CLI's --ticks) is checked against the same limits.
 */
export function scenarioLimitIssues(scenario: Scenario): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const list = scenario.organisations.list;
  const { E, P, T } = scenario.organisations.count;
  const organisations = list ? list.length : E + P + T;
  if (!list && organisations > MAX_ORGANISATIONS) {
    issues.push(scenarioProblem('organisations.count', 'tooManyOrganisations', { limit: MAX_ORGANISATIONS, organisations }));
  }
  const ties = scenario.organisations.ties_per_organisation;
  if (organisations * ties > MAX_TIE_ENDS) {
    issues.push(scenarioProblem('organisations.ties_per_organisation', 'tooManyTieEnds', { limit: MAX_TIE_ENDS, organisations, ties }));
  }
  if (organisations * scenario.ticks > MAX_ORGANISATION_TICKS) {
    issues.push(scenarioProblem('ticks', 'tooMuchWork', { limit: MAX_ORGANISATION_TICKS, organisations, ticks: scenario.ticks }));
  }
  return issues;
}

export function crossFieldIssues(scenario: Scenario): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const { fields, needs } = scenario.territory;
  const seen = new Set<string>();
  fields.forEach((field, k) => {
    if (seen.has(field)) {
      issues.push(scenarioProblem(`territory.fields[${k}]`, 'repeatedField', { found: foundOf(field, false) }));
    }
    seen.add(field);
  });
  if (needs && needs.length !== fields.length) {
    issues.push(scenarioProblem('territory.needs', 'needsPerField', { fields: fields.length, needs: needs.length }));
  }
  const instruments = scenario.action.instruments;
  instruments.forEach((instrument, k) => {
    if (instruments.indexOf(instrument) !== k) {
      issues.push(scenarioProblem(`action.instruments[${k}]`, 'repeatedInstrument', { found: foundOf(instrument, false) }));
    }
  });
  const list = scenario.organisations.list;
  if (list) {
    list.forEach((organisation, k) => {
      if (!seen.has(organisation.field)) {
        issues.push(
          scenarioProblem(`organisations.list[${k}].field`, 'unknownTerritoryField', { fields: fields.join(', '), found: foundOf(organisation.field, false) }),
        );
      }
      if (organisation.leader && !organisation.member) {
        issues.push(scenarioProblem(`organisations.list[${k}].leader`, 'leaderNotMember', {}));
      }
    });
  } else {
    const { E, P, T } = scenario.organisations.count;
    const total = E + P + T;
    if (total < 2) {
      issues.push(scenarioProblem('organisations.count', 'tooFewOrganisations', { total }));
    }
  }
  issues.push(...scenarioLimitIssues(scenario));
  return issues;
}
