/**
 * Trust in the joint action: built slowly by positive experiences, broken quickly by
 * negative ones (asymmetric updating). After as many positive as negative experiences
 * trust ends lower than it began, and recovering from a breach takes longer than the loss.
 */
import { TRUST_GAIN, TRUST_LOSS } from './parameters';

/** One experience: positive moves trust a share `TRUST_GAIN × gainFactor` of the way up, negative a share `TRUST_LOSS` of the way down. */
export function updateTrust(trust: number, positive: boolean, gainFactor = 1): number {
  if (positive) return trust + Math.min(1, TRUST_GAIN * gainFactor) * (1 - trust);
  return trust - TRUST_LOSS * trust;
}
