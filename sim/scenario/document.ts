/**
 * One way to read any document against its schema (a scenario, a sweep file, a sweep
 * folder's manifest): the JSON reader's problem, or every problem the schema finds, as data
 * (zodIssues.ts), each named by where it was found and placed at its line:column when the
 * document came as text, in file order as an editor lists them. Never throws for bad input.
 */
import type { z } from 'zod';
import { placed, type ScenarioIssue, type SweepPlace } from './issues';
import { jsonIssue, pathKey, type Positions, readJson, type TextPosition } from './jsonText';
import { toIssues } from './zodIssues';

export type DocumentResult<T> =
  | {
      ok: true;
      /** The document as the schema gives it (defaults filled in). */
      data: T;
      /** The document as written. */
      raw: unknown;
    }
  | { ok: false; issues: ScenarioIssue[] };

/** Where a document was found: a file name, or a place in a sweep (worded per language); and, for text, where each path stands in it. */
export interface DocumentOrigin {
  source?: string;
  place?: SweepPlace;
  positions?: Positions;
}

/** Checks across fields, once every field is right (a scenario's: crossChecks.ts). */
export type CrossChecks<T> = (data: T) => ScenarioIssue[];

/**
 * The position of the deepest existing ancestor of a dotted path. A key may itself hold dots
 * (a sweep's factor `behaviour.exit_rate`), so each step takes the longest run of names
 * that is a key there.
 */
export function locate(positions: Positions, dotted: string): TextPosition | undefined {
  const tokens: (string | number)[] = [];
  for (const match of dotted.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) tokens.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  const path: (string | number)[] = [];
  let best = positions.get(pathKey(path));
  for (let k = 0; k < tokens.length; ) {
    let step = 0;
    for (let j = tokens.length; j > k && step === 0; j--) {
      const names = tokens.slice(k, j);
      // An index stands alone; names between indices may join into one key.
      if (names.length > 1 && names.some((t) => typeof t === 'number')) continue;
      const key = names.length === 1 ? names[0]! : names.join('.');
      const found = positions.get(pathKey([...path, key]));
      if (found) {
        path.push(key);
        best = found;
        step = j - k;
      }
    }
    if (step === 0) break;
    k += step;
  }
  return best;
}

/** `issue` named by its origin and placed at its line:column when known. */
function located(issue: ScenarioIssue, origin: DocumentOrigin): ScenarioIssue {
  const named = origin.place ? placed(issue, origin.place) : origin.source !== undefined ? { ...issue, source: origin.source } : issue;
  const position = origin.positions && locate(origin.positions, issue.path);
  return position ? { ...named, line: position.line, column: position.column } : named;
}

/** Validates an already-parsed value (e.g. a scenario built in code, or the page's settings over it). */
export function validateValue<T>(schema: z.ZodType<T>, input: unknown, origin: DocumentOrigin = {}, crossChecks?: CrossChecks<T>): DocumentResult<T> {
  const parsed = schema.safeParse(input);
  const issues = parsed.success ? (crossChecks?.(parsed.data) ?? []) : toIssues(schema, parsed.error.issues, input);
  if (issues.length === 0 && parsed.success) return { ok: true, data: parsed.data, raw: input };
  const placedIssues = issues.map((issue) => located(issue, origin));
  placedIssues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { ok: false, issues: placedIssues };
}

/** Reads JSON text (bounded: jsonReader.ts) and validates it; `source` names it in every problem. */
export function validateDocument<T>(
  schema: z.ZodType<T>,
  text: string,
  origin: Omit<DocumentOrigin, 'positions'> = {},
  crossChecks?: CrossChecks<T>,
): DocumentResult<T> {
  const json = readJson(text);
  if (!json.ok) return { ok: false, issues: [located(jsonIssue(json), origin)] };
  return validateValue(schema, json.value, { ...origin, positions: json.positions }, crossChecks);
}
