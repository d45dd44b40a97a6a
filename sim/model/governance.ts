/**
 * Governance modes (Provan & Kenis 2008): the share of pooled resources spent on
 * coordination grows with membership, fastest under shared governance; a lead
 * organisation or an NAO start with a fixed cost but grow slowly. An NAO past its
 * staff capacity becomes a bottleneck.
 */
import type { Scenario } from '../scenario/schema';
import type { ModelParameters } from './parameters';

export function coordinationShare(
  mode: Scenario['action']['governance'],
  members: number,
  knowledge: number,
  jointPlanning: boolean,
  p: ModelParameters,
): number {
  if (members <= 0) return 0;
  const { base, per_member } = p.coordination[mode];
  const planning = jointPlanning ? p.instruments.joint_planning.coordination_factor : 1;
  const share = ((base + per_member * (members - 1)) * planning) / (1 + p.knowledge.coordination_relief * knowledge);
  return Math.min(p.coordination.max_share, share);
}

/** Output multiplier: 1 until the NAO's capacity, then capacity / members. Other modes: 1. */
export function naoBottleneck(mode: Scenario['action']['governance'], members: number, capacity: number): number {
  return mode === 'nao' && members > capacity ? capacity / members : 1;
}
