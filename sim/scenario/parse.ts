/**
 * Scenario loading: JSON text (or an already-parsed value) → a defaulted Scenario, or
 * every problem at once, each naming its JSON path, what was expected and what was found
 * (read like every document: document.ts), and then the checks across fields.
 */
import { scenarioSchema, type Scenario } from './schema';
import type { Positions } from './jsonText';
import { crossFieldIssues } from './crossChecks';
import { type DocumentResult, validateDocument, validateValue } from './document';
import type { ScenarioIssue } from './issues';

export { describeValue, formatIssue, formatPath, type ScenarioIssue } from './issues';

export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

const asScenario = (result: DocumentResult<Scenario>): ScenarioResult => (result.ok ? { ok: true, scenario: result.data } : result);

/** Validates an already-parsed value. `positions` (from readJson) adds line:column. */
export function validateScenario(input: unknown, options: { source?: string; positions?: Positions } = {}): ScenarioResult {
  return asScenario(validateValue(scenarioSchema, input, options, crossFieldIssues));
}

/** Parses JSON text and validates it. Never throws for bad input. */
export function parseScenario(text: string, source?: string): ScenarioResult {
  return asScenario(validateDocument(scenarioSchema, text, source !== undefined ? { source } : {}, crossFieldIssues));
}
