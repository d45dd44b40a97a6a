/** Rules that span several fields, checked after the schema accepts a scenario. */
import type { Scenario } from './schema';
import { describeValue, type ScenarioIssue } from './issues';

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

const count = (n: number) => n.toLocaleString('en');

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
    issues.push({
      path: 'organisations.count',
      expected: `at most ${count(MAX_ORGANISATIONS)} organisations in all (the limit of one machine)`,
      received: count(organisations),
    });
  }
  const ties = scenario.organisations.ties_per_organisation;
  if (organisations * ties > MAX_TIE_ENDS) {
    issues.push({
      path: 'organisations.ties_per_organisation',
      expected: `organisations × ties_per_organisation at most ${count(MAX_TIE_ENDS)} (the memory limit of one machine)`,
      received: `${count(organisations)} × ${ties} = ${count(organisations * ties)}`,
    });
  }
  if (organisations * scenario.ticks > MAX_ORGANISATION_TICKS) {
    issues.push({
      path: 'ticks',
      expected: `organisations × ticks at most ${count(MAX_ORGANISATION_TICKS)} (the work one machine does in well under an hour)`,
      received: `${count(organisations)} × ${count(scenario.ticks)} = ${count(organisations * scenario.ticks)}`,
    });
  }
  return issues;
}

export function crossFieldIssues(scenario: Scenario): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const { fields, needs } = scenario.territory;
  const seen = new Set<string>();
  fields.forEach((field, k) => {
    if (seen.has(field)) {
      issues.push({ path: `territory.fields[${k}]`, expected: 'a field name not listed before', received: describeValue(field) });
    }
    seen.add(field);
  });
  if (needs && needs.length !== fields.length) {
    issues.push({
      path: 'territory.needs',
      expected: `one need per field (${fields.length})`,
      received: `${needs.length} value(s)`,
    });
  }
  const instruments = scenario.action.instruments;
  instruments.forEach((instrument, k) => {
    if (instruments.indexOf(instrument) !== k) {
      issues.push({ path: `action.instruments[${k}]`, expected: 'each instrument listed once', received: `${describeValue(instrument)} again` });
    }
  });
  const list = scenario.organisations.list;
  if (list) {
    list.forEach((organisation, k) => {
      if (!seen.has(organisation.field)) {
        issues.push({
          path: `organisations.list[${k}].field`,
          expected: `one of territory.fields (${fields.join(', ')})`,
          received: describeValue(organisation.field),
        });
      }
      if (organisation.leader && !organisation.member) {
        issues.push({ path: `organisations.list[${k}].leader`, expected: 'member: true for a leader', received: 'member: false' });
      }
    });
  } else {
    const { E, P, T } = scenario.organisations.count;
    const total = E + P + T;
    if (total < 2) {
      issues.push({ path: 'organisations.count', expected: 'at least 2 organisations in all', received: String(total) });
    }
  }
  issues.push(...scenarioLimitIssues(scenario));
  return issues;
}
