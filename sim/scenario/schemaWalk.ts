/**
 * Navigating the scenario schema by path: used to check `--set` paths, to suggest
 * near-miss keys, and to generate reference tables.
 */
import type { z } from 'zod';

type AnySchema = z.ZodType;

interface Def {
  type: string;
  innerType?: AnySchema;
  element?: AnySchema;
  shape?: Record<string, AnySchema>;
}
const defOf = (schema: AnySchema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Strips default/prefault/optional/nullable wrappers. */
export function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.innerType && ['default', 'prefault', 'optional', 'nullable', 'readonly'].includes(def.type)) {
      current = def.innerType;
    } else return current;
  }
}

export function objectKeys(schema: AnySchema): string[] | undefined {
  const def = defOf(unwrap(schema));
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : undefined;
}

/** The sub-schema at `path`, or the first segment that does not exist. */
export function schemaAt(
  root: AnySchema,
  path: readonly (string | number)[],
): { ok: true; schema: AnySchema } | { ok: false; failedAt: number; siblings: string[] } {
  let current = root;
  for (let k = 0; k < path.length; k++) {
    const def = defOf(unwrap(current));
    const segment = path[k]!;
    if (def.type === 'object' && def.shape) {
      const next = typeof segment === 'string' ? def.shape[segment] : undefined;
      if (!next || !Object.hasOwn(def.shape, segment)) return { ok: false, failedAt: k, siblings: Object.keys(def.shape) };
      current = next;
    } else if (def.type === 'array' && def.element && /^\d+$/.test(String(segment))) {
      current = def.element;
    } else {
      return { ok: false, failedAt: k, siblings: [] };
    }
  }
  return { ok: true, schema: current };
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The closest known key to a misspelt one, if it is close enough to be a likely typo. */
export function suggestKey(unknown: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const threshold = Math.max(2, Math.floor(unknown.length / 3));
  const lower = unknown.toLowerCase();
  for (const candidate of known) {
    const other = candidate.toLowerCase();
    // The distance is at least the difference of lengths: skip hopeless candidates, so that
    // a very long key costs nothing (the full computation is quadratic in the key's length).
    if (Math.abs(lower.length - other.length) > threshold) continue;
    const distance = editDistance(lower, other);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= threshold ? best : undefined;
}
