/**
 * Where the network chart puts each organisation: one sector of a ring per order (E, P,
 * T), by field then index within it, members on the inner ring and the others on the
 * outer one. Positions depend only on the organisation's order, field, index and
 * membership, so a chart moved to a new state of the same run keeps its layout. Above a
 * cap a fixed one-in-k sample is drawn (never without the leader), and ties are capped.
 */
import { symbol } from 'd3';
import { ORDER_SYMBOLS } from './palette';
import { r2 } from './svg';

export interface NetworkStructure {
  /** 0 = E, 1 = P, 2 = T. */
  order: ArrayLike<number>;
  field: ArrayLike<number>;
  tieStart: ArrayLike<number>;
  ties: ArrayLike<number>;
  names: readonly string[];
}

export interface NetworkState {
  active: ArrayLike<number>;
  member: ArrayLike<number>;
  rung: ArrayLike<number>;
  leader: ArrayLike<number>;
}

export interface NetworkData {
  structure: NetworkStructure;
  state: NetworkState;
  /** The scenario has a steward (an accountable body for the interstice). */
  steward: boolean;
}

export interface NetworkLayout {
  sample: number[];
  step: number;
  angle: Float64Array;
  tiePairs: [number, number][];
  tiesAmongSample: number;
  cx: number;
  cy: number;
  inner: number;
  outer: number;
}

/** The organisations drawn: every `step`-th one, plus any leader, so the leader is never sampled away. */
export function networkSample(count: number, leader: ArrayLike<number>, maxNodes: number): { sample: number[]; step: number } {
  const step = Math.max(1, Math.ceil(count / Math.max(1, maxNodes)));
  const sample: number[] = [];
  for (let i = 0; i < count; i++) if (i % step === 0 || leader[i]) sample.push(i);
  return { sample, step };
}

/** Each drawn organisation's angle: within its order's sector, by field then index, so fields form visible arcs. */
function anglesOf(structure: NetworkStructure, sample: readonly number[]): Float64Array {
  const byOrder: number[][] = [[], [], []];
  for (const i of sample) byOrder[structure.order[i]!]?.push(i);
  const angle = new Float64Array(structure.order.length);
  const gap = 0.18;
  byOrder.forEach((members, order) => {
    members.sort((a, b) => structure.field[a]! - structure.field[b]! || a - b);
    const start = (order * 2 * Math.PI) / 3 + gap / 2 - Math.PI / 2;
    const span = (2 * Math.PI) / 3 - gap;
    members.forEach((i, k) => (angle[i] = start + (span * (k + 0.5)) / members.length));
  });
  return angle;
}

/** The ties between two drawn organisations, the first `maxTies` of them kept, and how many there are. */
function tiesAmong(structure: NetworkStructure, sample: readonly number[], maxTies: number): { tiePairs: [number, number][]; tiesAmongSample: number } {
  const drawn = new Uint8Array(structure.order.length);
  for (const i of sample) drawn[i] = 1;
  const tiePairs: [number, number][] = [];
  let tiesAmongSample = 0;
  for (const i of sample) {
    for (let t = structure.tieStart[i]!; t < structure.tieStart[i + 1]!; t++) {
      const j = structure.ties[t]!;
      if (j <= i || !drawn[j]) continue;
      tiesAmongSample++;
      if (tiePairs.length < maxTies) tiePairs.push([i, j]);
    }
  }
  return { tiePairs, tiesAmongSample };
}

/** The layout of a network in a chart `width` × `height`, the rings below `top`. */
export function networkLayout(data: NetworkData, width: number, height: number, top: number, maxNodes: number, maxTies: number): NetworkLayout {
  const { sample, step } = networkSample(data.structure.order.length, data.state.leader, maxNodes);
  const outer = Math.min(width, height - top) / 2 - 28;
  return {
    sample,
    step,
    angle: anglesOf(data.structure, sample),
    ...tiesAmong(data.structure, sample, maxTies),
    cx: width / 2,
    cy: top + (height - top) / 2,
    inner: outer * 0.45,
    outer,
  };
}

/** Where organisation `i` sits: on the inner ring when a member, else on the outer one. */
export function position(layout: NetworkLayout, i: number, member: boolean): [number, number] {
  const radius = member ? layout.inner : layout.outer;
  return [r2(layout.cx + radius * Math.cos(layout.angle[i]!)), r2(layout.cy + radius * Math.sin(layout.angle[i]!))];
}

const symbolPaths = new Map<string, string>();
/** Path of an order's symbol at a size, cached: a few dozen distinct strings serve every node. */
export function symbolPath(order: number, area: number): string {
  const key = `${order}:${area}`;
  let d = symbolPaths.get(key);
  if (d === undefined) {
    d = symbol(ORDER_SYMBOLS[order] ?? ORDER_SYMBOLS[0], area).digits(2)()!;
    symbolPaths.set(key, d);
  }
  return d;
}
