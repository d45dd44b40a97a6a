/**
 * Governance modes (Provan & Kenis 2008) as structures, not a cost table: coordination
 * is work that relations need, and each mode organises the relations differently.
 *
 *   need per relation   ν = relation_cost × (1 + coordination_diversity × δ)      (δ: synergy.ts diversity)
 *   shared              every member keeps a relation with every other, as far as it can
 *                       (relation_span relations at most, S):
 *                         χ = ν min(m − 1, S)(1 − tie_relief × tied share),  quality = min(1, S / (m − 1))
 *   lead organisation   every member keeps one relation, with the hub; the hub carries
 *                       (m − 1)(1 + coordination_diversity × δ) relations on its own capacity
 *                       (lead_capacity × its budget) and is accepted by those tied to it:
 *                         χ = ν (1 − tie_relief × tied to the lead),
 *                         quality = min(1, capacity / load) × (floor + (1 − floor) × tied to the lead)
 *   NAO                 every member keeps one relation, with the staff; the staff cost
 *                       (nao_staff_cost × nao_capacity) is paid from pooled resources and the
 *                       staff serves nao_capacity members a month:
 *                         χ = ν + staff / pooled,  quality = min(1, capacity / (m (1 + coordination_diversity × δ)))
 *
 * Knowledge divides χ by 1 + relief × K; a pooled fund saves transaction costs in
 * proportion to the share pooled. χ is at most max_share.
 */
import type { Scenario } from '../scenario/schema';
import type { ModelParameters } from './parameters';

export interface CoordinationInput {
  members: number;
  diversity: number;
  /** Share of the other members each member is tied to, on average (shared governance). */
  tiedShare: number;
  /** Share of the other members tied to the lead organisation (lead governance). */
  leadTiedShare: number;
  /** The lead organisation's monthly budget (lead governance). */
  leadBudget: number;
  naoCapacity: number;
  /** Resources put in by members this month (budget units): the NAO's staff is paid from them. */
  pooled: number;
  knowledge: number;
  /** Share of contributions made at cooperation or above (pooled fund's reach). */
  pooledShare: number;
  pooledFund: boolean;
}

export interface Coordination {
  /** Share of pooled resources coordination takes. */
  share: number;
  /** How well the action is coordinated, 0 … 1 (multiplies output). */
  quality: number;
  /** How much of its capacity the lead organisation's hub uses, 0 … 1 (its cost scales with it). */
  leadLoad: number;
}

export function allocateCoordination(): Coordination {
  return { share: 0, quality: 1, leadLoad: 0 };
}

export function coordinate(mode: Scenario['action']['governance'], input: CoordinationInput, p: ModelParameters, out: Coordination): Coordination {
  const c = p.coordination;
  const m = input.members;
  out.leadLoad = 0;
  if (m <= 1) {
    out.share = 0;
    out.quality = 1;
    return out;
  }
  const need = 1 + p.grid.coordination_diversity * input.diversity;
  const perRelation = c.relation_cost * need;
  let share: number;
  let quality = 1;
  if (mode === 'shared') {
    const span = c.relation_span;
    share = perRelation * Math.min(m - 1, span) * (1 - c.tie_relief * input.tiedShare);
    quality = m - 1 <= span ? 1 : span / (m - 1);
  } else if (mode === 'lead') {
    share = perRelation * (1 - c.tie_relief * input.leadTiedShare);
    const load = (m - 1) * need;
    const capacity = c.lead_capacity * input.leadBudget;
    const served = capacity >= load ? 1 : capacity / load;
    quality = served * (c.legitimacy_floor + (1 - c.legitimacy_floor) * input.leadTiedShare);
    out.leadLoad = capacity > 0 ? Math.min(1, load / capacity) : 1;
  } else {
    const staff = c.nao_staff_cost * input.naoCapacity;
    share = perRelation + (input.pooled > 0 ? staff / input.pooled : c.max_share);
    const load = m * need;
    quality = input.naoCapacity >= load ? 1 : input.naoCapacity / load;
  }
  share /= 1 + p.knowledge.coordination_relief * input.knowledge;
  if (input.pooledFund) share *= 1 - p.instruments.pooled_fund.transaction_relief * input.pooledShare;
  out.share = Math.min(c.max_share, Math.max(0, share));
  out.quality = quality;
  return out;
}
