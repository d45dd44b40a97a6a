/**
 * The one source of randomness of the engine: seedrandom's fast `alea` generator, split
 * into independent named streams. Each stream is seeded from the run seed and its own
 * name, so drawing more or fewer numbers in one stream (e.g. because a governance setting
 * changed who decides what) never shifts another stream: common random numbers for
 * paired comparisons.
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
  /** Standard normal draw (Box–Muller; uses two uniforms, so stream alignment is fixed). */
  normal(): number;
  /** Internal state, for checkpoints. */
  state(): AleaState;
}

export type AleaState = seedrandom.State.Alea;
export type RandomStreams = Record<StreamName, RandomStream>;

function makeStream(seed: number, name: StreamName, state?: AleaState): RandomStream {
  const prng = seedrandom.alea(`interstice:${seed}:${name}`, { state: state ?? true });
  const uniform: Uniform = () => prng();
  return {
    name,
    uniform,
    normal() {
      // 1 - u keeps the logarithm's argument in (0, 1].
      const u1 = 1 - prng();
      const u2 = prng();
      return Math.sqrt(-2 * log(u1)) * cosTurns(u2);
    },
    state: () => prng.state(),
  };
}

export function createStreams(seed: number, states?: Partial<Record<StreamName, AleaState>>): RandomStreams {
  const streams = {} as RandomStreams;
  for (const name of STREAM_NAMES) streams[name] = makeStream(seed, name, states?.[name]);
  return streams;
}
