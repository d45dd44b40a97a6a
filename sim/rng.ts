/**
 * The one source of randomness of the engine: seedrandom's fast `alea` generator, split
 * into independent named streams. Each stream is seeded from the run seed and its own
 * name, so drawing more or fewer numbers in one stream (e.g. because a governance setting
 * changed who decides what) never shifts another stream: common random numbers for
 * paired comparisons.
 *
 * seedrandom seeds each stream (Baagoe's Mash hash of the seed string) and defines the
 * state format of checkpoints; the stream then steps alea itself, with the same arithmetic,
 * so it can fill a whole month's draws in one tight loop (`fill`) instead of one closure
 * call per draw. The numbers are seedrandom's, bit for bit (tests/model/rng.test.ts).
 */
import seedrandom from 'seedrandom';
import { cosTurns, log } from './math';

export const STREAM_NAMES = ['init', 'decisions', 'shocks', 'population'] as const;
export type StreamName = (typeof STREAM_NAMES)[number];

/** A uniform draw in [0, 1). */
export type Uniform = () => number;

export interface RandomStream {
  readonly name: StreamName;
  uniform: Uniform;
  /** Writes the next `count` uniforms to out[0 .. count): the same numbers `count` calls of uniform() give. */
  fill(out: Float64Array, count: number): void;
  /** Standard normal draw (Box–Muller; uses two uniforms, so stream alignment is fixed). */
  normal(): number;
  /** Internal state, for checkpoints. */
  state(): AleaState;
}

export type AleaState = seedrandom.State.Alea;
export type RandomStreams = Record<StreamName, RandomStream>;

/** 2^-32: alea's carry scale. */
const TWO_POW_MINUS_32 = 2.3283064365386963e-10;
/** alea's multiplier. */
const ALEA_MULTIPLIER = 2091639;

class AleaStream implements RandomStream {
  private c: number;
  private s0: number;
  private s1: number;
  private s2: number;
  readonly uniform: Uniform;

  constructor(
    readonly name: StreamName,
    start: AleaState,
  ) {
    this.c = start.c;
    this.s0 = start.s0;
    this.s1 = start.s1;
    this.s2 = start.s2;
    // A bound function so callers may pass `stream.uniform` around on its own.
    this.uniform = () => this.next();
  }

  private next(): number {
    const t = ALEA_MULTIPLIER * this.s0 + this.c * TWO_POW_MINUS_32;
    this.s0 = this.s1;
    this.s1 = this.s2;
    this.c = t | 0;
    return (this.s2 = t - this.c);
  }

  fill(out: Float64Array, count: number): void {
    let { c, s0, s1, s2 } = this;
    for (let k = 0; k < count; k++) {
      const t = ALEA_MULTIPLIER * s0 + c * TWO_POW_MINUS_32;
      s0 = s1;
      s1 = s2;
      c = t | 0;
      s2 = t - c;
      out[k] = s2;
    }
    this.c = c;
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
  }

  normal(): number {
    // 1 - u keeps the logarithm's argument in (0, 1].
    const u1 = 1 - this.next();
    const u2 = this.next();
    return Math.sqrt(-2 * log(u1)) * cosTurns(u2);
  }

  state(): AleaState {
    return { c: this.c, s0: this.s0, s1: this.s1, s2: this.s2 };
  }
}

/** seedrandom's alea seeded for this run and stream (or restored), as a starting state. */
function seededState(seed: number, name: StreamName, state?: AleaState): AleaState {
  return seedrandom.alea(`interstice:${seed}:${name}`, { state: state ?? true }).state();
}

export function createStreams(seed: number, states?: Partial<Record<StreamName, AleaState>>): RandomStreams {
  const streams = {} as RandomStreams;
  for (const name of STREAM_NAMES) streams[name] = new AleaStream(name, seededState(seed, name, states?.[name]));
  return streams;
}
