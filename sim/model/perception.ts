/**
 * Reading the milieu: organisations perceive the value of membership with noise and
 * delay (exponential smoothing with mean delay `behaviour.perception_delay`). Formal
 * arrangements steady perception: noise × (1 − steadiness × formality).
 */
import type { Scenario } from '../scenario/schema';
import type { Organisations } from './state';
import { WORK_TIE_SLOTS } from './state';
import type { ModelParameters } from './parameters';
import { formalityLevel } from './formality';

const SQRT12 = Math.sqrt(12);

export interface PerceptionSettings {
  /** Width of the uniform noise: the requested standard deviation × √12. */
  noiseScale: number;
  /** Share of the gap to the month's reading closed each month: 1 / mean delay. */
  smoothing: number;
}

export function perceptionSettings(scenario: Scenario, p: ModelParameters): PerceptionSettings {
  const { perception_delay, perception_noise } = scenario.behaviour;
  const steadiness = 1 - p.formality.steadiness * formalityLevel(scenario);
  return { noiseScale: perception_noise * steadiness * SQRT12, smoothing: 1 / perception_delay };
}

/**
 * Organisation i's reading of the month's true `value` of membership (members judge their
 * current rung, membershipValue; others joining at the coordination rung, joiningValue:
 * participation.ts passes the right one). `draw` is its
 * uniform for the month (every organisation has one, active or not, so stream alignment
 * never depends on state).
 */
export function perceive(orgs: Organisations, i: number, value: number, draw: number, settings: PerceptionSettings): void {
  const noise = (draw - 0.5) * settings.noiseScale;
  orgs.perceived[i] = orgs.perceived[i]! + settings.smoothing * (value + noise - orgs.perceived[i]!);
}

/** Perceived value blended with the mean perception of tied members, along relational and live work ties (influence). */
export function influencedValue(orgs: Organisations, i: number, influence: number, tick: number, lifetime: number): number {
  let sum = 0;
  let tiedMembers = 0;
  for (let k = orgs.tieStart[i]!; k < orgs.tieStart[i + 1]!; k++) {
    const j = orgs.ties[k]!;
    if (orgs.member[j]) {
      sum += orgs.perceived[j]!;
      tiedMembers++;
    }
  }
  const base = i * WORK_TIE_SLOTS;
  for (let s = base; s < base + WORK_TIE_SLOTS; s++) {
    const j = orgs.workTie[s]!;
    if (j >= 0 && orgs.member[j] && tick - orgs.workTieUsed[s]! <= lifetime) {
      sum += orgs.perceived[j]!;
      tiedMembers++;
    }
  }
  const own = orgs.perceived[i]!;
  return tiedMembers > 0 ? (1 - influence) * own + (influence * sum) / tiedMembers : own;
}
