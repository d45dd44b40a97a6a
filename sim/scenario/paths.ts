/**
 * Reading and writing a value at a path of a raw scenario (plain JSON objects and lists):
 * the engine's `--set` overrides and the page's settings use the same two functions. No
 * schema here (the page's main thread must not build zod): callers check their paths.
 */
export type ValuePath = readonly (string | number)[];

const isContainer = (value: unknown): value is Record<string | number, unknown> => value !== null && typeof value === 'object';

/** The value at `path`, through own properties only; undefined where the path leads nowhere. */
export function valueAtPath(root: unknown, path: ValuePath): unknown {
  let current = root;
  for (const key of path) {
    if (!isContainer(current) || !Object.hasOwn(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

/** A copy of `raw` with `value` written at `path`, creating the objects (or lists, before an index) on the way. */
export function writeAtPath(raw: unknown, path: ValuePath, value: unknown): unknown {
  const root: Record<string | number, unknown> = isContainer(raw) ? structuredClone(raw) : {};
  let current = root;
  path.forEach((segment, k) => {
    if (k === path.length - 1) {
      current[segment] = value;
      return;
    }
    if (!isContainer(current[segment])) current[segment] = typeof path[k + 1] === 'number' ? [] : {};
    current = current[segment] as Record<string | number, unknown>;
  });
  return root;
}
