/**
 * Trust in the joint action, updated in log-odds by each month's experience: a positive
 * one adds `model.trust.gain` (× the month's gain factor: co-location, a mandate), a
 * negative one takes `model.trust.loss`. With loss > gain, trust is slow to build and
 * quick to break: after as many positive as negative experiences it ends lower, and
 * winning back a breach takes loss / gain positive experiences per negative one. In
 * log-odds the update is symmetric when loss = gain, whatever the level (no drift toward 0.5).
 *
 * A facilitative leader changes which months are experienced as positive, not how much one
 * experience weighs (Vangen & Huxham 2003: leaders nurture the trust-building loop by making
 * the joint work's value visible and by handling conflicts): a month whose perceived value
 * falls short of zero by at most `facilitation` is still positive; one short by at most
 * `mediation` more is defused (neutral: no trust moves). Trust stays asymmetric under a
 * leader: what changes is how many positive and negative experiences members have.
 */
import { exp } from '../math';
import type { ModelParameters } from './parameters';

/** A member's experience of a month: positive, neutral (defused by a leader) or negative. */
// biome-ignore lint/suspicious/noConstEnum: inlined as numbers in the month's loop over members (participation.ts), no object lookup
export const enum Experience {
  Negative = -1,
  Neutral = 0,
  Positive = 1,
}

/**
 * What a month is to a member: positive after a visible win or when its perceived value of
 * membership is at least 0 (at least −facilitation with a facilitative leader), negative
 * below that (below −(facilitation + mediation) with a leader), neutral in between.
 */
export function monthExperience(perceived: number, visibleWin: boolean, leaderPresent: boolean, p: ModelParameters): Experience {
  if (visibleWin) return Experience.Positive;
  const positiveFrom = leaderPresent ? -p.leadership.facilitation : 0;
  if (perceived >= positiveFrom) return Experience.Positive;
  return leaderPresent && perceived >= positiveFrom - p.leadership.mediation ? Experience.Neutral : Experience.Negative;
}

/** Trust is kept strictly inside (0, 1) so that its log-odds stay finite. */
const EDGE = 1e-6;

export function trustAfter(trust: number, positive: boolean, gainStep: number, lossStep: number): number {
  return trustAfterOdds(trust, positive ? exp(gainStep) : exp(-lossStep));
}

/**
 * The same update with the odds factor e^step computed once for the month: adding a step
 * to the log-odds multiplies the odds, T' = T f / (1 − T + T f), without a logarithm per member.
 */
export function trustAfterOdds(trust: number, oddsFactor: number): number {
  const t = trust < EDGE ? EDGE : trust > 1 - EDGE ? 1 - EDGE : trust;
  // A factor that overflowed (extreme constants) is as good as a very large one.
  const raised = t * (oddsFactor < 1e300 ? oddsFactor : 1e300);
  return raised / (1 - t + raised);
}

/** One experience with default factors (gain × gainFactor, loss × lossFactor). */
export function updateTrust(trust: number, positive: boolean, p: ModelParameters, gainFactor = 1, lossFactor = 1): number {
  return trustAfter(trust, positive, p.trust.gain * gainFactor, p.trust.loss * lossFactor);
}
