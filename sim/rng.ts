/**
 * The one source of randomness of the engine: seedrandom's fast `alea` generator, split
 * into independent named streams. Each stream is seeded from the run seed and its own
 * name, so drawing more or fewer numbers in one stream (e.g. because a governance setting
 * changed who decides what) never shifts another stream: common random numbers for
 * paired comparisons.
 *
 * Why lanes: one alea step waits on the previous one (a float→int→float carry chain of
 * ~20 cycles), so a single generator gives one number per ~7 ns however tight the loop.
 * Each stream is therefore four alea generators ("lanes", seeded by seedrandom from
 * `interstice:<seed>:<name>:<lane>`) taken in turn: draw m comes from lane m mod 4. The
 * four carry chains run side by side, and a month's decision draws cost ~2 ns each.
 * `fill` and repeated `uniform()` give the same sequence (tests/model/rng.test.ts).
 */
import seedrandom from 'seedrandom';
import { cosTurns, log } from './math';

export const STREAM_NAMES = ['init', 'decisions', 'shocks', 'population', 'ties'] as const;
export type StreamName = (typeof STREAM_NAMES)[number];

/** Lanes per stream. */
export const LANES = 4;

/** A uniform draw in [0, 1). */
export type Uniform = () => number;

/** seedrandom's alea state. */
export type AleaState = seedrandom.State.Alea;

/** A stream's state: its lanes' alea states, and the lane of the next draw. */
export interface StreamState {
  lanes: AleaState[];
  next: number;
}

export interface RandomStream {
  readonly name: StreamName;
  uniform: Uniform;
  /** Writes the next `count` uniforms to out[0 .. count): the numbers `count` calls of uniform() would give. */
  fill(out: Float64Array, count: number): void;
  /** Standard normal draw (Box–Muller; uses two uniforms, so stream alignment is fixed). */
  normal(): number;
  /** Internal state, for checkpoints. */
  state(): StreamState;
}

export type RandomStreams = Record<StreamName, RandomStream>;

/** 2^-32: alea's carry scale. */
const TWO_POW_MINUS_32 = 2.3283064365386963e-10;
/** alea's multiplier. */
const ALEA_MULTIPLIER = 2091639;
/** Per lane in `s`: s0, s1, s2, c. */
const STRIDE = 4;

class LanedAlea implements RandomStream {
  private readonly s = new Float64Array(LANES * STRIDE);
  /** Lane of the next draw. */
  private lane = 0;
  readonly uniform: Uniform;

  constructor(
    readonly name: StreamName,
    start: StreamState,
  ) {
    start.lanes.forEach((lane, l) => this.s.set([lane.s0, lane.s1, lane.s2, lane.c], l * STRIDE));
    this.lane = start.next;
    // A bound function so callers may pass `stream.uniform` around on its own.
    this.uniform = () => this.next();
  }

  private next(): number {
    const s = this.s;
    const o = this.lane * STRIDE;
    const t = ALEA_MULTIPLIER * s[o]! + s[o + 3]! * TWO_POW_MINUS_32;
    s[o] = s[o + 1]!;
    s[o + 1] = s[o + 2]!;
    const c = t | 0;
    s[o + 3] = c;
    this.lane = (this.lane + 1) % LANES;
    return (s[o + 2] = t - c);
  }

  fill(out: Float64Array, count: number): void {
    let k = 0;
    while (k < count && this.lane !== 0) out[k++] = this.next();
    const s = this.s;
    let a0 = s[0]!,
      a1 = s[1]!,
      a2 = s[2]!,
      ac = s[3]!;
    let b0 = s[4]!,
      b1 = s[5]!,
      b2 = s[6]!,
      bc = s[7]!;
    let c0 = s[8]!,
      c1 = s[9]!,
      c2 = s[10]!,
      cc = s[11]!;
    let d0 = s[12]!,
      d1 = s[13]!,
      d2 = s[14]!,
      dc = s[15]!;
    // Four independent carry chains per iteration: the processor overlaps them.
    for (; k + LANES <= count; k += LANES) {
      const ta = ALEA_MULTIPLIER * a0 + ac * TWO_POW_MINUS_32;
      const tb = ALEA_MULTIPLIER * b0 + bc * TWO_POW_MINUS_32;
      const tc = ALEA_MULTIPLIER * c0 + cc * TWO_POW_MINUS_32;
      const td = ALEA_MULTIPLIER * d0 + dc * TWO_POW_MINUS_32;
      a0 = a1;
      a1 = a2;
      ac = ta | 0;
      a2 = ta - ac;
      b0 = b1;
      b1 = b2;
      bc = tb | 0;
      b2 = tb - bc;
      c0 = c1;
      c1 = c2;
      cc = tc | 0;
      c2 = tc - cc;
      d0 = d1;
      d1 = d2;
      dc = td | 0;
      d2 = td - dc;
      out[k] = a2;
      out[k + 1] = b2;
      out[k + 2] = c2;
      out[k + 3] = d2;
    }
    s[0] = a0;
    s[1] = a1;
    s[2] = a2;
    s[3] = ac;
    s[4] = b0;
    s[5] = b1;
    s[6] = b2;
    s[7] = bc;
    s[8] = c0;
    s[9] = c1;
    s[10] = c2;
    s[11] = cc;
    s[12] = d0;
    s[13] = d1;
    s[14] = d2;
    s[15] = dc;
    while (k < count) out[k++] = this.next();
  }

  normal(): number {
    // 1 - u keeps the logarithm's argument in (0, 1].
    const u1 = 1 - this.next();
    const u2 = this.next();
    return Math.sqrt(-2 * log(u1)) * cosTurns(u2);
  }

  state(): StreamState {
    const lanes: AleaState[] = [];
    for (let l = 0; l < LANES; l++) {
      const o = l * STRIDE;
      lanes.push({ c: this.s[o + 3]!, s0: this.s[o]!, s1: this.s[o + 1]!, s2: this.s[o + 2]! });
    }
    return { lanes, next: this.lane };
  }
}

/** The seed string of one lane, hashed by seedrandom (Baagoe's Mash) into alea's starting state. */
export const laneSeed = (seed: number, name: StreamName, lane: number) => `interstice:${seed}:${name}:${lane}`;

function seededState(seed: number, name: StreamName): StreamState {
  const lanes: AleaState[] = [];
  for (let l = 0; l < LANES; l++) lanes.push(seedrandom.alea(laneSeed(seed, name, l), { state: true }).state());
  return { lanes, next: 0 };
}

export function createStreams(seed: number, states?: Partial<Record<StreamName, StreamState>>): RandomStreams {
  const streams = {} as RandomStreams;
  for (const name of STREAM_NAMES) streams[name] = new LanedAlea(name, states?.[name] ?? seededState(seed, name));
  return streams;
}

/** Why `state` is not a stream state, or undefined when it is one. */
export function streamStateProblem(state: unknown): string | undefined {
  const expected = `{ lanes: ${LANES} generator states { c, s0, s1, s2 } of finite numbers, next: a lane 0–${LANES - 1} }`;
  if (typeof state !== 'object' || state === null) return expected;
  const { lanes, next } = state as Partial<StreamState>;
  const keys = Object.keys(state).sort().join(',');
  const isAlea = (lane: unknown) =>
    typeof lane === 'object' &&
    lane !== null &&
    Object.keys(lane).sort().join(',') === 'c,s0,s1,s2' &&
    Object.values(lane).every((v) => typeof v === 'number' && Number.isFinite(v));
  const ok =
    keys === 'lanes,next' && Array.isArray(lanes) && lanes.length === LANES && lanes.every(isAlea) && Number.isInteger(next) && next! >= 0 && next! < LANES;
  return ok ? undefined : expected;
}
