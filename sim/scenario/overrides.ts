/**
 * `--set path=value` overrides applied to a raw scenario before validation, so an
 * override is checked exactly like the same value written in the file.
 */
import { scenarioSchema } from './schema';
import { schemaAt, suggestKey } from './schemaWalk';
import { formatPath, type ScenarioIssue } from './issues';

export interface Override {
  path: (string | number)[];
  value: unknown;
  /** The text the user typed, for messages. */
  text: string;
}

/** Parses `a.b[2].c=value`; the value is JSON when it parses as JSON, else a plain string. */
export function parseOverride(text: string): Override | ScenarioIssue {
  const equals = text.indexOf('=');
  const rawPath = equals < 0 ? '' : text.slice(0, equals).trim();
  if (equals < 0 || !rawPath) {
    return { source: '--set', path: '', expected: 'path=value (e.g. action.governance=nao)', received: JSON.stringify(text) };
  }
  const path: (string | number)[] = [];
  for (const segment of rawPath.split('.')) {
    const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(segment);
    if (!match) {
      return { source: '--set', path: rawPath, expected: 'a dotted path such as events[0].at', received: JSON.stringify(rawPath) };
    }
    path.push(match[1]!);
    for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  const rawValue = text.slice(equals + 1);
  let value: unknown = rawValue;
  try {
    value = JSON.parse(rawValue);
  } catch {
    // Not JSON: a bare word such as `nao` is meant as a string.
  }
  const known = schemaAt(scenarioSchema, path);
  if (!known.ok) {
    const bad = path[known.failedAt];
    const suggestion = typeof bad === 'string' ? suggestKey(bad, known.siblings) : undefined;
    return {
      source: '--set',
      path: formatPath(path.slice(0, known.failedAt + 1)),
      expected: suggestion
        ? `a known scenario field (did you mean "${suggestion}"?)`
        : known.siblings.length
          ? `a known scenario field (one of ${known.siblings.join(', ')})`
          : 'a known scenario field',
      received: `unknown path "${rawPath}"`,
    };
  }
  return { path, value, text };
}

/** Writes the override into a copy of `raw`, creating intermediate objects as needed. */
export function applyOverride(raw: unknown, override: Override): unknown {
  const root: Record<string | number, unknown> =
    raw !== null && typeof raw === 'object' ? structuredClone(raw as Record<string, unknown>) : {};
  let current: Record<string | number, unknown> = root;
  override.path.forEach((segment, k) => {
    if (k === override.path.length - 1) {
      current[segment] = override.value;
      return;
    }
    const next = current[segment];
    if (next === null || typeof next !== 'object') {
      current[segment] = typeof override.path[k + 1] === 'number' ? [] : {};
    }
    current = current[segment] as Record<string | number, unknown>;
  });
  return root;
}
