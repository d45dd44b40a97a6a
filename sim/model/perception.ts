/**
 * Reading the milieu: organisations perceive the value of membership with noise and
 * delay (exponential smoothing with mean delay `behaviour.perception_delay`). Formal
 * arrangements steady perception; shared data sharpens it.
 */
import type { Scenario } from '../scenario/schema';
import type { Organisations } from './state';
import { membershipValue, type ValuationContext } from './valuation';
import { FORMALITY_STEADINESS, INSTRUMENT_EFFECTS } from './parameters';
import { ARRANGEMENTS } from '../scenario/enums';

const SQRT12 = Math.sqrt(12);

/**
 * `draws[i]` is organisation i's uniform for this month: one per organisation, active or
 * not, so stream alignment never depends on state.
 */
export function updatePerceptions(orgs: Organisations, ctx: ValuationContext, scenario: Scenario, draws: Float64Array): void {
  const { perception_delay, perception_noise } = scenario.behaviour;
  const steadiness = FORMALITY_STEADINESS[ARRANGEMENTS.indexOf(scenario.action.arrangement)] ?? 1;
  const sharpness = scenario.action.instruments.includes('shared_data') ? INSTRUMENT_EFFECTS.shared_data.noiseFactor : 1;
  // Uniform noise scaled to the requested standard deviation.
  const noiseScale = perception_noise * steadiness * sharpness * SQRT12;
  const smoothing = 1 / perception_delay;
  for (let i = 0; i < orgs.count; i++) {
    const noise = (draws[i]! - 0.5) * noiseScale;
    if (!orgs.active[i]) continue;
    // Members judge their current rung; others judge joining at the coordination rung.
    const value = membershipValue(orgs, i, orgs.member[i] ? orgs.rung[i]! : 1, ctx);
    orgs.perceived[i] = orgs.perceived[i]! + smoothing * (value + noise - orgs.perceived[i]!);
  }
}

/** Perceived value blended with the mean perception of tied members (influence along ties). */
export function influencedValue(orgs: Organisations, i: number, influence: number): number {
  let sum = 0;
  let tiedMembers = 0;
  for (let k = orgs.tieStart[i]!; k < orgs.tieStart[i + 1]!; k++) {
    const j = orgs.ties[k]!;
    if (orgs.member[j]) {
      sum += orgs.perceived[j]!;
      tiedMembers++;
    }
  }
  const own = orgs.perceived[i]!;
  return tiedMembers > 0 ? (1 - influence) * own + (influence * sum) / tiedMembers : own;
}
