/**
 * Trust in the joint action, updated in log-odds: a good month adds `model.trust.gain`
 * (× the month's gain factor: a facilitative leader, co-location, a mandate), a bad month
 * takes `model.trust.loss` (× (1 − mediation) with a leader). With loss > gain, trust is
 * slow to build and quick to break: after as many good as bad months it ends lower, and
 * winning back a breach takes loss / gain good months per bad month. In log-odds the
 * update is symmetric when loss = gain, whatever the level (no drift toward 0.5).
 */
import { exp } from '../math';
import type { ModelParameters } from './parameters';

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
