/**
 * Generators for the reliability properties.
 *
 * Valid scenarios are built from the scenario JSON Schema, itself generated from the zod
 * schema in sim/scenario/schema.ts: every field the schema has is generated within the
 * schema's own ranges (with its boundaries, and the extreme doubles fast-check favours:
 * subnormals, values next to the bounds), so a field added to the schema is exercised
 * without touching this file. Only what makes a run large is narrowed (organisations,
 * ticks, list and event lengths), and the rules that span fields (crossChecks.ts) are
 * respected: unique fields, one need per field, listed fields among the territory's,
 * leaders are members, instruments listed once, at least two generated organisations.
 *
 * Invalid inputs are valid ones damaged at a random place (wrong types, huge numbers,
 * deep nesting, long strings, missing and unknown fields), damaged text, random JSON and
 * random bytes.
 */
import fc from 'fast-check';
import { scenarioJsonSchema } from '../../sim/scenario/jsonSchema';
import { EVENT_TYPES, ORDERS } from '../../sim/scenario/enums';
import type { SimEvent } from '../../sim/model/events';
import type { SchemaNode as JsonSchema } from '../../sim/scenario/jsonSchema';

export type { JsonSchema };

export const SCENARIO_SCHEMA = scenarioJsonSchema() as JsonSchema;

/** Sizes that keep one case at a few milliseconds. */
export const SMALL = { ticks: 48, perOrder: 8, list: 8, events: 5, fields: 6, arrayItems: 4, stringLength: 12 } as const;

export function schemaAtPath(path: string, schema: JsonSchema = SCENARIO_SCHEMA): JsonSchema {
  let current = schema;
  for (const key of path.split('.')) {
    const next = key === '[]' ? current.items : current.properties?.[key];
    if (!next) throw new Error(`no ${path} in the scenario schema`);
    current = next;
  }
  return current;
}

/** A number within the schema's range: its boundaries, or any double (or integer) between them. */
export function numberWithin(schema: JsonSchema): fc.Arbitrary<number> {
  if (schema.type === 'integer') {
    const min = schema.minimum ?? (schema.exclusiveMinimum ?? Number.MIN_SAFE_INTEGER) + 1;
    const max = schema.maximum ?? (schema.exclusiveMaximum ?? Number.MAX_SAFE_INTEGER) - 1;
    return fc.oneof({ arbitrary: fc.constantFrom(min, max), weight: 1 }, { arbitrary: fc.integer({ min, max }), weight: 4 });
  }
  const minExcluded = schema.minimum === undefined && schema.exclusiveMinimum !== undefined;
  const maxExcluded = schema.maximum === undefined && schema.exclusiveMaximum !== undefined;
  const min = schema.minimum ?? schema.exclusiveMinimum ?? -Number.MAX_VALUE;
  const max = schema.maximum ?? schema.exclusiveMaximum ?? Number.MAX_VALUE;
  const boundaries = [minExcluded ? (min === 0 ? Number.MIN_VALUE : undefined) : min, maxExcluded ? undefined : max].filter(
    (v): v is number => v !== undefined,
  );
  return fc.oneof(
    { arbitrary: fc.constantFrom(...boundaries), weight: 1 },
    { arbitrary: fc.double({ min, max, minExcluded, maxExcluded, noNaN: true, noDefaultInfinity: true }), weight: 4 },
  );
}

type Overrides = Record<string, fc.Arbitrary<unknown>>;

/** Any value the schema accepts at `path` (dotted, `[]` for array items), with `overrides` by path. */
export function fromSchema(schema: JsonSchema, path: string, overrides: Overrides): fc.Arbitrary<unknown> {
  const override = overrides[path];
  if (override) return override;
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((s) => fromSchema(s, path, overrides)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'object': {
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, child] of Object.entries(schema.properties ?? {})) model[key] = fromSchema(child, path ? `${path}.${key}` : key, overrides);
      return fc.record(model, { requiredKeys: (schema.required ?? []) as never[] });
    }
    case 'array':
      return fc.array(fromSchema(schema.items ?? {}, `${path}.[]`, overrides), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? SMALL.arrayItems, SMALL.arrayItems),
      });
    case 'string':
      return fc.string({
        minLength: schema.minLength ?? 0,
        maxLength: Math.max(schema.minLength ?? 0, Math.min(schema.maxLength ?? SMALL.stringLength, SMALL.stringLength)),
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'number':
    case 'integer':
      return numberWithin(schema);
    default:
      throw new Error(`no generator for ${JSON.stringify(schema).slice(0, 80)} at ${path}`);
  }
}

const smallInteger = (path: string, max: number) => {
  const schema = schemaAtPath(path);
  return fc.oneof({ arbitrary: fc.integer({ min: schema.minimum ?? 0, max }), weight: 5 }, { arbitrary: fc.constant(schema.minimum ?? 0), weight: 1 });
};

const DEFAULT_FIELDS = schemaAtPath('territory.fields').default as string[];

/** A valid scenario file (as a plain JSON value) whose run is small. */
export const validScenarioInput: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    ticks: fc.integer({ min: 1, max: SMALL.ticks }),
    fields: fc.option(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: SMALL.fields }), { nil: undefined }),
    useList: fc.boolean(),
  })
  .chain(({ ticks, fields, useList }) => {
    const effectiveFields = fields ?? DEFAULT_FIELDS;
    const fire = fc.oneof(
      { arbitrary: fc.integer({ min: 1, max: ticks + 2 }), weight: 5 },
      { arbitrary: fc.constant(schemaAtPath('events.[].at').maximum!), weight: 1 },
    );
    const overrides: Overrides = {
      ticks: fc.constant(ticks),
      'territory.fields': fc.constant(fields ?? DEFAULT_FIELDS),
      'territory.needs': fc.array(numberWithin(schemaAtPath('territory.needs.[]')), { minLength: effectiveFields.length, maxLength: effectiveFields.length }),
      'organisations.count': fc.record({
        E: smallInteger('organisations.count.E', SMALL.perOrder),
        P: smallInteger('organisations.count.P', SMALL.perOrder),
        T: smallInteger('organisations.count.T', SMALL.perOrder),
      }),
      'organisations.list': useList
        ? fc.array(
            fromSchema(schemaAtPath('organisations.list.[]'), 'organisations.list.[]', {
              'organisations.list.[].field': fc.constantFrom(...effectiveFields),
              'organisations.list.[].name': fc.string({ minLength: 1, maxLength: 10 }),
            }),
            { maxLength: SMALL.list },
          )
        : fc.constant(undefined),
      'action.initial_members': fc.oneof(
        { arbitrary: fc.integer({ min: 0, max: 3 * SMALL.perOrder }), weight: 5 },
        { arbitrary: fc.constant(schemaAtPath('action.initial_members').maximum!), weight: 1 },
      ),
      'action.instruments': fc.shuffledSubarray([...(schemaAtPath('action.instruments.[]').enum as string[])]),
      'action.funding.ends_at': fc.oneof(fc.constant(null), fire),
      'events.[].at': fire,
    };
    return fromSchema(SCENARIO_SCHEMA, '', overrides).map((value) => {
      const input = value as Record<string, any>;
      // Fields that set the size of a run are always given, so a case never takes the (large) defaults.
      input.ticks = ticks;
      input.territory = { ...(input.territory ?? {}), ...(fields ? { fields } : {}) };
      input.organisations ??= {};
      if (input.organisations.list === undefined) delete input.organisations.list;
      input.organisations.count ??= { E: 1, P: 1, T: 1 };
      const { E, P, T } = input.organisations.count;
      if (!input.organisations.list && E + P + T < 2) input.organisations.count.T = 2;
      for (const entry of input.organisations.list ?? []) if (entry.leader) entry.member = true;
      return input;
    });
  });

/** Events pressed live (as the page's buttons do) before given ticks. */
export const liveEvents = (ticks: number): fc.Arbitrary<{ tick: number; event: SimEvent }[]> =>
  fc.array(
    fc.record({
      tick: fc.integer({ min: 0, max: ticks }),
      event: fc.record(
        { type: fc.constantFrom(...EVENT_TYPES), order: fc.constantFrom(...ORDERS), magnitude: fc.double({ min: 0, max: 1, noNaN: true }) },
        { requiredKeys: ['type'] },
      ),
    }),
    { maxLength: 4 },
  );

export const seeds = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constant(Number.MAX_SAFE_INTEGER), fc.maxSafeNat());

// ---------------------------------------------------------------------------------------
// Invalid inputs

const DELETE = Symbol('delete the field');
const UNKNOWN_KEY = Symbol('add an unknown field');

/** Nested arrays and objects, `depth` levels (beyond the reader's 200 for some). */
export const nested = (depth: number, leaf: unknown = 1): unknown => {
  let value = leaf;
  for (let k = 0; k < depth; k++) value = k % 2 ? [value] : { a: value };
  return value;
};

export const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    false,
    '',
    'nao',
    [],
    {},
    0,
    -1,
    0.5,
    1.5,
    -0,
    1e308,
    -1e308,
    2 ** 53 + 2,
    5e-324,
    1e21,
    100_001,
    1e9 + 1,
    DELETE,
    UNKNOWN_KEY,
  ),
  fc.string({ maxLength: 20 }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer({ min: 1_000, max: 100_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 1, max: 260 }).map((n) => nested(n)),
  fc.array(fc.constant({}), { minLength: 100, maxLength: 2_000 }),
);

type Path = (string | number)[];

function allPaths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, k) => allPaths(item, [...prefix, k], out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) allPaths(item, [...prefix, key], out);
  return out;
}

/** `input` with the value at one of its paths replaced, deleted, or given an unknown sibling. */
export function damage(input: unknown, pick: number, bad: unknown, typo: string): unknown {
  const root = structuredClone({ root: input });
  const paths = allPaths(root.root, ['root']);
  const path = paths[pick % paths.length]!;
  let parent: any = root;
  for (const segment of path.slice(0, -1)) parent = parent[segment];
  const last = path[path.length - 1]!;
  if (bad === DELETE) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (bad === UNKNOWN_KEY) {
    const target = parent[last];
    // An own property even for "__proto__", as JSON text would give.
    if (target && typeof target === 'object' && !Array.isArray(target))
      Object.defineProperty(target, typo, { value: 1, enumerable: true, writable: true, configurable: true });
    else parent[last] = { [typo]: target };
  } else parent[last] = bad;
  return root.root;
}

export const damagedScenario: fc.Arbitrary<unknown> = fc
  .tuple(
    validScenarioInput,
    fc.nat(),
    badValue,
    fc.constantFrom('tick', 'ticks ', 'actoin', 'governance', '__proto__', 'constructor', 'prototype', 'x'.repeat(500), 'organisation'),
  )
  .map(([input, pick, bad, typo]) => damage(input, pick, bad, typo));

const FRAGMENTS = [
  '1e400',
  '-1e400',
  '-',
  '"',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '\u0000',
  '\\u',
  '\\ud800',
  '\ud800',
  'NaN',
  'Infinity',
  '//',
  '/*',
  '\ufeff',
  'true',
  'nul',
  '0x10',
  '01',
  '.5',
  '1.',
  '\n',
  '\t',
  "'",
];

/** JSON text damaged at the character level: cut, or a fragment inserted or replacing some characters. */
export const damagedText = (text: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .tuple(text, fc.nat(), fc.nat({ max: 3 }), fc.constantFrom(...FRAGMENTS), fc.constantFrom('cut', 'insert', 'replace'))
    .map(([t, at, length, fragment, how]) => {
      const k = at % (t.length + 1);
      if (how === 'cut') return t.slice(0, k);
      return `${t.slice(0, k)}${fragment}${t.slice(how === 'replace' ? k + length : k)}`;
    });

/** Anything but valid JSON text (or rarely, by chance, valid JSON). */
export const junkText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes).toString('utf8')),
  fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  fc
    .integer({ min: 1, max: 100_000 })
    .chain((n) => fc.constantFrom('['.repeat(n), '{"a":'.repeat(n), `${'['.repeat(n)}${']'.repeat(n)}`, `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`)),
  fc.integer({ min: 1, max: 100 }).map((n) => `{"ticks": 1${'0'.repeat(n * 5)}}`),
  fc.constantFrom('', ' ', '\ufeff', 'null', '[]', '"scenario"', '42', 'true', '{}{}', '{"ticks":1,}', "{'ticks':1}", '{"ticks":1} trailing'),
);
