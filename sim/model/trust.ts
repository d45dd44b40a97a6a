/**
 * Trust in the joint action: built slowly by positive experiences, broken quickly by
 * negative ones (asymmetric updating). After as many positive as negative experiences
 * trust ends lower than it began, and recovering from a breach takes longer than the loss.
 */
import type { ModelParameters } from './parameters';

/** One experience: positive moves trust a share `model.trust.gain × gainFactor` of the way up, negative a share `model.trust.loss` of the way down. */
export function updateTrust(trust: number, positive: boolean, p: ModelParameters, gainFactor = 1): number {
  if (positive) return trust + Math.min(1, p.trust.gain * gainFactor) * (1 - trust);
  return trust - p.trust.loss * trust;
}
