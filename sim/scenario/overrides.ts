/**
 * `--set path=value` overrides applied to a raw scenario before validation, so an
 * override is checked exactly like the same value written in the file. Their problems are
 * data (overrideProblems.ts).
 */
import { scenarioSchema } from './schema';
import { schemaAt, suggestKey } from './schemaWalk';
import { clip, formatPath, type ScenarioIssue } from './issues';
import { readJson } from './jsonText';
import type { JsonProblem } from './jsonProblems';
import { overrideProblem } from './overrideProblems';
import { writeAtPath } from './paths';

export interface Override {
  path: (string | number)[];
  value: unknown;
  /** The text the user typed, for messages. */
  text: string;
}

/** The longest `--set` text taken at all (a path and a value; a scenario file is the place for more). */
export const MAX_OVERRIDE_LENGTH = 100_000;

/**
 * Parses `a.b[2].c=value`. The value is JSON when it reads as JSON (a number, true, false,
 * null, or text starting with {, [ or ", which must then be valid JSON, read with the
 * same limits and checks as a file), else a plain string: a bare word such as `nao`.
 */
export function parseOverride(text: string): Override | ScenarioIssue {
  if (text.length > MAX_OVERRIDE_LENGTH) {
    return overrideProblem('--set', '', 'overrideTooLong', { limit: MAX_OVERRIDE_LENGTH, length: text.length });
  }
  const equals = text.indexOf('=');
  const rawPath = equals < 0 ? '' : text.slice(0, equals).trim();
  if (equals < 0 || !rawPath) {
    return overrideProblem('--set', '', 'notPathValue', { text: clip(text) });
  }
  const path: (string | number)[] = [];
  for (const segment of rawPath.split('.')) {
    const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(segment);
    if (!match) {
      return overrideProblem('--set', clip(rawPath), 'notDottedPath', { path: clip(rawPath) });
    }
    path.push(match[1]!);
    for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  const rawValue = text.slice(equals + 1);
  let value: unknown = rawValue;
  const json = readJson(rawValue);
  if (json.ok) value = json.value;
  else if (/^\s*[[{"]/.test(rawValue)) {
    // Meant as JSON (an object, an array or a quoted string), but not valid: say why rather than take it as text.
    const reading = { code: json.code, params: json.params } as JsonProblem;
    return overrideProblem(`--set ${clip(rawPath)}`, formatPath(path), 'invalidJsonValue', { reading, column: json.position.column });
  }
  const known = schemaAt(scenarioSchema, path);
  if (!known.ok) {
    const bad = path[known.failedAt];
    const suggestion = typeof bad === 'string' ? suggestKey(bad, known.siblings) : undefined;
    return overrideProblem('--set', clip(formatPath(path.slice(0, known.failedAt + 1))), 'unknownPath', {
      path: clip(rawPath),
      suggestion: suggestion ?? null,
      known: known.siblings,
    });
  }
  return { path, value, text };
}

/**
 * Why `override` cannot be written into `raw`, or undefined: an index must name an
 * existing entry of the list, or the next one (to add an entry), so that `events[9999]`
 * does not create ten thousand empty events.
 */
export function overrideIssue(raw: unknown, override: Override): ScenarioIssue | undefined {
  let current: unknown = raw;
  for (let k = 0; k < override.path.length; k++) {
    const segment = override.path[k]!;
    if (typeof segment === 'number') {
      const length = Array.isArray(current) ? current.length : 0;
      if (segment > length) {
        return overrideProblem(`--set ${clip(override.text)}`, formatPath(override.path.slice(0, k + 1)), 'indexOutOfRange', { index: segment, length });
      }
    }
    current = current !== null && typeof current === 'object' ? (current as Record<string | number, unknown>)[segment] : undefined;
  }
  return undefined;
}

/** Writes the override into a copy of `raw`, creating intermediate objects as needed. */
export function applyOverride(raw: unknown, override: Override): unknown {
  return writeAtPath(raw, override.path, override.value);
}
