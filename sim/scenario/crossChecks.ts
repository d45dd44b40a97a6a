/** Rules that span several fields, checked after the schema accepts a scenario. */
import type { Scenario } from './schema';
import { describeValue, type ScenarioIssue } from './issues';

/** Above this many organisations a run needs more memory than a browser tab or a laptop offers. */
export const MAX_ORGANISATIONS = 1_000_000;

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
    if (total > MAX_ORGANISATIONS) {
      issues.push({
        path: 'organisations.count',
        expected: `at most ${MAX_ORGANISATIONS.toLocaleString('en')} organisations in all (the limit of one machine)`,
        received: total.toLocaleString('en'),
      });
    }
  }
  return issues;
}
