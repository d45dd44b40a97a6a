/**
 * zod's issues turned into ours, as data (problems.ts): one problem per unknown key, with
 * a suggestion; a value that is none of a union's forms named by its forms, or by the
 * problem inside the one form it has; a record's key checked like a value.
 *
 * The schemas hold no refinement of their own (no `.refine`, `.check` or custom issue), so
 * every check zod runs has a code here. A refinement added to a schema would arrive as a
 * `custom` issue worded `invalidValue` ("a valid value"): it should carry its own problem
 * code in zod's `params` (e.g. `{ params: { problem: 'leaderNotMember' } }`), to be mapped
 * here to that code of problems.ts.
 */
import type { z } from 'zod';
import { objectKeys, schemaAt, suggestKey } from './schemaWalk';
import { formatPath, type ScenarioIssue } from './issues';
import { foundOf, scenarioProblem, type Found } from './problems';

type ZodIssue = z.core.$ZodIssue;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Object.hasOwn(current, segment) ? (current as Record<PropertyKey, unknown>)[segment] : undefined;
  }
  return current;
}

/** One issue about a value (`found`) at `path`. */
function valueIssue(issue: ZodIssue, path: string, found: Found): ScenarioIssue {
  switch (issue.code) {
    case 'invalid_type':
      return scenarioProblem(path, 'wrongType', { type: issue.expected, found });
    case 'too_small':
      return scenarioProblem(path, 'tooSmall', { origin: issue.origin, minimum: String(issue.minimum), inclusive: issue.inclusive ?? false, found });
    case 'too_big':
      return scenarioProblem(path, 'tooBig', { origin: issue.origin, maximum: String(issue.maximum), inclusive: issue.inclusive ?? false, found });
    case 'invalid_value':
      return scenarioProblem(path, 'notOneOf', { values: issue.values.map((v) => JSON.stringify(v)).join(' | '), found });
    case 'not_multiple_of':
      return scenarioProblem(path, 'notMultiple', { divisor: String(issue.divisor), found });
    case 'invalid_format':
      if (issue.format === 'regex' && issue.pattern !== undefined) return scenarioProblem(path, 'notPattern', { pattern: issue.pattern, found });
      return scenarioProblem(path, 'invalidValue', { check: issue.code, found });
    default:
      return scenarioProblem(path, 'invalidValue', { check: issue.code, found });
  }
}

/** Unknown keys, one problem each, with the nearest known key when one is close. */
function unknownKeys(schema: z.ZodType, issue: z.core.$ZodIssueUnrecognizedKeys): ScenarioIssue[] {
  const parent = schemaAt(schema, issue.path as (string | number)[]);
  const knownKeys = (parent.ok && objectKeys(parent.schema)) || [];
  return issue.keys.map((key) =>
    scenarioProblem(formatPath([...issue.path, key]), 'unknownField', { key, suggestion: suggestKey(key, knownKeys) ?? null, known: knownKeys.join(', ') }),
  );
}

/**
 * A value none of a union's forms accepts. When it has the type of exactly one form (that
 * form's issues are all inside the value), the problems inside it say more than the forms.
 */
function unionIssues(schema: z.ZodType, issue: z.core.$ZodIssueInvalidUnion, input: unknown): ScenarioIssue[] {
  // Unknown keys are reported at the object itself, but they are about what is inside it.
  const inside = issue.errors.filter((errors) => errors.length > 0 && errors.every((error) => error.path.length > 0 || error.code === 'unrecognized_keys'));
  if (inside.length === 1) {
    return toIssues(
      schema,
      inside[0]!.map((error) => ({ ...error, path: [...issue.path, ...error.path] })),
      input,
    );
  }
  const types = issue.errors.flatMap((errors) => errors.flatMap((error) => (error.code === 'invalid_type' && error.path.length === 0 ? [error.expected] : [])));
  const value = valueAt(input, issue.path);
  const found = foundOf(value, value === undefined);
  const path = formatPath(issue.path);
  return [types.length > 0 ? scenarioProblem(path, 'noMatchingForm', { types, found }) : scenarioProblem(path, 'invalidValue', { check: issue.code, found })];
}

/** Converts zod issues to ours, as data (problems.ts). */
export function toIssues(schema: z.ZodType, zodIssues: readonly ZodIssue[], input: unknown): ScenarioIssue[] {
  return zodIssues.flatMap((issue): ScenarioIssue[] => {
    const path = formatPath(issue.path);
    switch (issue.code) {
      case 'unrecognized_keys':
        return unknownKeys(schema, issue);
      case 'invalid_union':
        return unionIssues(schema, issue, input);
      case 'invalid_key':
        // A record's key, checked as a value: the key is what was found.
        return issue.issues.map((inner) => valueIssue(inner as ZodIssue, path, foundOf(issue.path.at(-1), false)));
      default: {
        const value = valueAt(input, issue.path);
        return [valueIssue(issue, path, foundOf(value, value === undefined && issue.code === 'invalid_type'))];
      }
    }
  });
}
