/**
 * Reading and writing a value at a path of a raw scenario (plain JSON objects and lists):
 * the engine's `--set` overrides and the page's settings use the same two functions. No
 * schema here (the page's main thread must not build zod): callers check their paths.
 */
export type ValuePath = readonly (string | number)[];

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Whether `container` can hold `segment`: a list takes an index, an object a name. */
const holds = (container: unknown, segment: string | number): container is Record<string | number, unknown> =>
  typeof segment === 'number' ? Array.isArray(container) : isObject(container);

/** The value at `path`, through own properties only (an index into a list, a name into an object); undefined where the path leads nowhere. */
export function valueAtPath(root: unknown, path: ValuePath): unknown {
  let current = root;
  for (const key of path) {
    if (!holds(current, key) || !Object.hasOwn(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

/**
 * A copy of `raw` with `value` written at `path`, creating what is missing on the way: an
 * object before a name, a list before an index. Something of the wrong kind on the way (a
 * list where a name follows, a number where an object should be) is replaced, so the value
 * always lands where the path says.
 */
export function writeAtPath(raw: unknown, path: ValuePath, value: unknown): unknown {
  if (path.length === 0) return value;
  const fresh = (segment: string | number): Record<string | number, unknown> => (typeof segment === 'number' ? ([] as unknown as Record<number, unknown>) : {});
  const root = holds(raw, path[0]!) ? structuredClone(raw) : fresh(path[0]!);
  let current = root;
  path.forEach((segment, k) => {
    if (k === path.length - 1) {
      current[segment] = value;
      return;
    }
    const next = path[k + 1]!;
    if (!holds(current[segment], next)) current[segment] = fresh(next);
    current = current[segment] as Record<string | number, unknown>;
  });
  return root;
}
