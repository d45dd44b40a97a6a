/**
 * A checkpoint (see `Simulation.checkpoint` in sim/model/simulation.ts) as JSON text, to
 * save a run to a file and continue it later or elsewhere, byte-identically.
 *
 * Plain JSON cannot hold typed arrays, infinities (an organisation that never left has
 * `leftAt = -Infinity`), NaN or the sign of -0; all are encoded exactly here: typed arrays
 * as `{ "$typed": "Float64Array", "base64": ... }` (their bytes, little-endian), special
 * numbers as `{ "$number": "-Infinity" }` (base64 through btoa/atob, so it runs in Node and in
 * browsers alike). Reading is data only: typed arrays are made from
 * a fixed list of constructors, never from a name looked up at run time, and the result is
 * checked against the scenario it is restored with before any tick runs.
 */
import { CHECKPOINT_FORMAT, createSimulation, type Checkpoint } from '../model/simulation';
import { EVENT_TYPES, ORDERS, type Scenario } from '../scenario/schema';
import { STREAM_NAMES, streamStateProblem } from '../rng';
import { WORK_TIE_SLOTS } from '../model/state';
import { PLAYED_CHOICES } from '../model/played';

const TYPED = {
  Float64Array,
  Float32Array,
  Int32Array,
  Uint32Array,
  Int16Array,
  Uint16Array,
  Int8Array,
  Uint8Array,
} as const;
type TypedName = keyof typeof TYPED;
type Typed = InstanceType<(typeof TYPED)[TypedName]>;

const SPECIAL_NUMBERS: Record<string, number> = { '-0': -0, Infinity: Infinity, '-Infinity': -Infinity, NaN: NaN };
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function checkpointToJson(checkpoint: Checkpoint): string {
  if (!LITTLE_ENDIAN) throw new Error('checkpoints as JSON need a little-endian machine');
  return JSON.stringify(checkpoint, (_key, value: unknown) => {
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      const name = value.constructor.name;
      if (!Object.hasOwn(TYPED, name)) throw new Error(`cannot store a ${name} in a checkpoint`);
      return { $typed: name, base64: toBase64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)) };
    }
    if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))) {
      return { $number: Object.is(value, -0) ? '-0' : String(value) };
    }
    return value;
  });
}

/** Base64 of bytes, in chunks (a call's arguments are limited). */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let k = 0; k < bytes.length; k += 0x8000) binary += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
  return btoa(binary);
}

/** Bytes of base64 text already checked against the base64 alphabet and length. */
function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let k = 0; k < binary.length; k++) bytes[k] = binary.charCodeAt(k);
  return bytes;
}

class CheckpointError extends Error {}

function decodeTyped(value: Record<string, unknown>): Typed {
  const name = value.$typed;
  const base64 = value.base64;
  if (Object.keys(value).length !== 2 || typeof name !== 'string' || !Object.hasOwn(TYPED, name) || typeof base64 !== 'string') {
    throw new CheckpointError('a typed array entry is malformed');
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0) throw new CheckpointError('a typed array is not valid base64');
  const bytes = fromBase64(base64);
  const Type = TYPED[name as TypedName];
  if (bytes.length % Type.BYTES_PER_ELEMENT !== 0) throw new CheckpointError(`a ${name} has a partial element`);
  const copy = new ArrayBuffer(bytes.length);
  new Uint8Array(copy).set(bytes);
  return new Type(copy);
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const isTyped = (value: unknown): value is Typed => ArrayBuffer.isView(value) && !(value instanceof DataView);

const kindOf = (value: unknown): string => (Array.isArray(value) ? 'Array' : isTyped(value) ? value.constructor.name : value === null ? 'null' : typeof value);

/**
 * The shape the engine itself gives a checkpoint of this scenario (field names and kinds),
 * taken from a two-organisation run of it: cheap, and always in step with the engine.
 */
function referenceCheckpoint(scenario: Scenario): Checkpoint {
  const tiny: Scenario = {
    ...scenario,
    ticks: 1,
    organisations: { ...scenario.organisations, list: undefined, count: { E: 1, P: 1, T: 0 } },
  };
  return createSimulation(tiny, 0).checkpoint();
}

/** Checks a checkpoint's shape and that it fits `scenario`: fields, kinds, lengths, indices and codes in range. */
export function checkpointProblems(checkpoint: Checkpoint, scenario: Scenario): string[] {
  const problems: string[] = [];
  const c = checkpoint as unknown as Record<string, unknown>;
  if (c.format !== CHECKPOINT_FORMAT) {
    const version = /^interstice-checkpoint-(\d+)$/.exec(String(c.format))?.[1];
    const current = Number(CHECKPOINT_FORMAT.split('-').pop());
    const hint = version !== undefined && Number(version) < current ? ' (a checkpoint from an earlier version of the model: re-run from the scenario)' : '';
    problems.push(`format: expected "${CHECKPOINT_FORMAT}", received ${JSON.stringify(c.format)}${hint}`);
  }
  if (typeof c.seed !== 'number' || !Number.isSafeInteger(c.seed)) problems.push('seed: expected an integer');
  if (typeof c.tick !== 'number' || !Number.isSafeInteger(c.tick) || c.tick < 0) problems.push('tick: expected an integer >= 0');
  for (const key of ['streams', 'organisations', 'action', 'territory', 'columns']) {
    if (!isObject(c[key])) problems.push(`${key}: expected an object`);
  }
  for (const key of ['events', 'pendingLiveEvents']) if (!Array.isArray(c[key])) problems.push(`${key}: expected an array`);
  if (problems.length > 0) return problems;

  // Exactly the engine's fields, each of the engine's kind (number, boolean, Float64Array, ...).
  const reference = referenceCheckpoint(scenario) as unknown as Record<string, Record<string, unknown>>;
  for (const part of ['streams', 'organisations', 'action', 'territory', 'columns']) {
    const mine = c[part] as Record<string, unknown>;
    const theirs = reference[part]!;
    const keys = Object.keys(mine);
    const wanted = Object.keys(theirs);
    // A field that is null at the start may hold a number later, and the other way round.
    const compatible = (a: string, b: string) => a === b || (a === 'null' && b === 'number') || (a === 'number' && b === 'null');
    if (keys.length !== wanted.length || keys.some((k) => !Object.hasOwn(theirs, k) || !compatible(kindOf(mine[k]), kindOf(theirs[k])))) {
      problems.push(`${part}: expected the fields ${wanted.map((k) => `${k} (${kindOf(theirs[k])})`).join(', ')}`);
    }
  }
  if (problems.length > 0) return problems;
  for (const name of STREAM_NAMES) {
    const problem = streamStateProblem((checkpoint.streams as Record<string, unknown>)[name]);
    if (problem) problems.push(`streams.${name}: expected ${problem}`);
  }
  const isEvent = (e: unknown) =>
    isObject(e) &&
    (EVENT_TYPES as readonly unknown[]).includes(e.type) &&
    (e.order === undefined || (ORDERS as readonly unknown[]).includes(e.order)) &&
    (e.magnitude === undefined || (typeof e.magnitude === 'number' && e.magnitude >= 0 && e.magnitude <= 1));
  if (!checkpoint.events.every((e) => isEvent(e) && typeof e.tick === 'number')) problems.push('events: expected fired events');
  if (!checkpoint.pendingLiveEvents.every(isEvent)) problems.push('pendingLiveEvents: expected events');
  const isPlayed = (d: unknown) => isObject(d) && Number.isSafeInteger(d.organisation) && (PLAYED_CHOICES as readonly unknown[]).includes(d.choice);
  if (c.pendingPlayed !== undefined && !(Array.isArray(c.pendingPlayed) && c.pendingPlayed.every(isPlayed)))
    problems.push('pendingPlayed: expected played decisions');

  const organisations = checkpoint.organisations as Record<string, ArrayLike<number>>;
  const n = organisations.order!.length;
  const expectedCount = scenario.organisations.list
    ? scenario.organisations.list.length
    : scenario.organisations.count.E + scenario.organisations.count.P + scenario.organisations.count.T;
  if (n !== expectedCount) problems.push(`organisations: ${n} in the checkpoint, ${expectedCount} in the scenario`);
  for (const [name, column] of Object.entries(organisations)) {
    const wanted = name === 'tieStart' ? n + 1 : name === 'ties' ? column.length : name === 'workTie' || name === 'workTieUsed' ? n * WORK_TIE_SLOTS : n;
    if (column.length !== wanted) problems.push(`organisations.${name}: ${column.length} entries, expected ${wanted}`);
  }
  if (problems.length > 0) return problems;
  const inRange = (name: string, limit: number) => {
    const column = organisations[name]!;
    for (let k = 0; k < column.length; k++) {
      const v = column[k]!;
      if (!(v >= 0 && v < limit)) return problems.push(`organisations.${name}[${k}] = ${v}, expected 0 to ${limit - 1}`);
    }
    return 0;
  };
  inRange('order', 3);
  inRange('field', scenario.territory.fields.length);
  inRange('ties', n);
  const workTie = organisations.workTie!;
  for (let k = 0; k < workTie.length; k++) {
    if (!(workTie[k]! >= -1 && workTie[k]! < n && Number.isInteger(workTie[k]))) {
      problems.push(`organisations.workTie[${k}] = ${workTie[k]}, expected -1 to ${n - 1}`);
      break;
    }
  }
  const tieStart = organisations.tieStart!;
  for (let i = 0; i < n; i++) if (!(tieStart[i]! <= tieStart[i + 1]!)) problems.push(`organisations.tieStart is not increasing at ${i}`);
  if (tieStart[0] !== 0 || tieStart[n] !== organisations.ties!.length) problems.push('organisations.tieStart does not span organisations.ties');
  for (const [name, column] of Object.entries(checkpoint.columns)) {
    if (column.length !== checkpoint.tick) problems.push(`columns.${name}: expected ${checkpoint.tick} recorded rows, received ${column.length}`);
  }
  return problems.slice(0, 20);
}

/** Reads a checkpoint saved by checkpointToJson and checks it fits `scenario`. Never throws for bad input. */
export function checkpointFromJson(text: string, scenario: Scenario): { ok: true; checkpoint: Checkpoint } | { ok: false; problems: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(text, (_key, v: unknown) => {
      if (isObject(v) && Object.hasOwn(v, '$typed')) return decodeTyped(v);
      if (isObject(v) && Object.hasOwn(v, '$number')) {
        const special = typeof v.$number === 'string' && Object.hasOwn(SPECIAL_NUMBERS, v.$number) ? SPECIAL_NUMBERS[v.$number] : undefined;
        if (special === undefined || Object.keys(v).length !== 1) throw new CheckpointError('a special number is malformed');
        return special;
      }
      return v;
    });
  } catch (error) {
    return { ok: false, problems: [error instanceof CheckpointError ? error.message : `not valid JSON (${(error as Error).message})`] };
  }
  if (!isObject(value)) return { ok: false, problems: ['expected a checkpoint object'] };
  const checkpoint = value as unknown as Checkpoint;
  const problems = checkpointProblems(checkpoint, scenario);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, checkpoint };
}
