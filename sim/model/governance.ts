/**
 * Governance modes (Provan & Kenis 2008): the share of pooled resources spent on
 * coordination grows with membership, fastest under shared governance; a lead
 * organisation or an NAO start with a fixed cost but grow slowly. An NAO past its
 * staff capacity becomes a bottleneck.
 */
import type { Scenario } from '../scenario/schema';
import {
  COORDINATION,
  COORDINATION_MAX_SHARE,
  INSTRUMENT_EFFECTS,
  KNOWLEDGE_COORDINATION_RELIEF,
} from './parameters';

export function coordinationShare(
  mode: Scenario['action']['governance'],
  members: number,
  knowledge: number,
  jointPlanning: boolean,
): number {
  if (members <= 0) return 0;
  const { base, perMember } = COORDINATION[mode];
  const planning = jointPlanning ? INSTRUMENT_EFFECTS.joint_planning.coordinationFactor : 1;
  const share = ((base + perMember * (members - 1)) * planning) / (1 + KNOWLEDGE_COORDINATION_RELIEF * knowledge);
  return Math.min(COORDINATION_MAX_SHARE, share);
}

/** Output multiplier: 1 until the NAO's capacity, then capacity / members. Other modes: 1. */
export function naoBottleneck(mode: Scenario['action']['governance'], members: number, capacity: number): number {
  return mode === 'nao' && members > capacity ? capacity / members : 1;
}
