/**
 * Trust in the joint action: built slowly by positive experiences, broken quickly by
 * negative ones (asymmetric updating). After as many positive as negative experiences
 * trust ends lower than it began, and recovering from a breach takes longer than the loss.
 */
import type { ModelParameters } from './parameters';

/** One experience: positive moves trust a share `model.trust.gain × gainFactor` of the way up, negative a share `model.trust.loss` of the way down. */
export function updateTrust(trust: number, positive: boolean, p: ModelParameters, gainFactor = 1): number {
  return trustAfter(trust, positive, Math.min(1, p.trust.gain * gainFactor), p.trust.loss);
}

/** updateTrust with the month's shares of the way up and down already worked out (the hot loop's form). */
export function trustAfter(trust: number, positive: boolean, gainShare: number, lossShare: number): number {
  return positive ? trust + gainShare * (1 - trust) : trust - lossShare * trust;
}
