/**
 * The concept → mechanism map of docs/model.md §9 (the design brief's §2) as data: for each concept
 * of the source deck, the mechanism that represents it, where it lives, and the values
 * that switch it off, with a scenario and an output in which switching it off makes a
 * measurable difference (tests/model/conceptMap.test.ts runs each, paired seed for seed).
 * A concept whose mechanism changed nothing when switched off would be a label, not a
 * mechanism. The outputs measured are conceptMeasures.ts's.
 */
import { cumulativeEffectiveness, engagement, knowledge, lateEfficiency, lifetime, meanMembers, trust, type ConceptMeasure } from './conceptMeasures';

export interface ConceptRow {
  concept: string;
  mechanism: string;
  where: string;
  /** Scenario file (relative to scenarios/) in which the mechanism is exercised. */
  scenario: string;
  /** Scenario paths and the values that switch the mechanism off. */
  off: Record<string, unknown>;
  /** The output that changes, per run (conceptMeasures.ts). */
  measure: ConceptMeasure;
}

export const CONCEPT_MAP: ConceptRow[] = [
  {
    concept: 'orders E / P / T',
    mechanism: 'one order per organisation with its profile; complementarity across orders raises output; multi-order work is what broader targets need',
    where: 'init.ts generatePopulation; synergy.ts complementarity, reachFactor',
    scenario: 'default.json',
    off: { 'model.grid.order_complementarity': 0 },
    measure: cumulativeEffectiveness,
  },
  {
    concept: 'fields',
    mechanism: 'F named fields with needs; complementarity across fields; a target needs fields; the population outcome is per field',
    where: 'state.ts createTerritory; synergy.ts; population.ts',
    scenario: 'default.json',
    off: { 'model.grid.field_complementarity': 0 },
    measure: cumulativeEffectiveness,
  },
  {
    concept: 'intersectoral grid (3 × 7)',
    mechanism:
      'the cell (fields engaged × orders present) sets the diversity that raises coordination needs and the trust a rung requires, against the complementarity and reach it brings',
    where: 'synergy.ts diversity; governance.ts coordinate; participation.ts',
    scenario: 'default.json',
    off: { 'model.grid.coordination_diversity': 0, 'model.grid.trust_diversity': 0 },
    measure: engagement,
  },
  {
    concept: 'voluntary participation (partnership stake)',
    mechanism: 'members leave when the value they perceive falls below their outside option, with a seeded draw; non-members join on invitation',
    where: 'participation.ts decideParticipation',
    scenario: 'default.json',
    off: { 'behaviour.exit_rate': 0 },
    measure: meanMembers,
  },
  {
    concept: 'arrangements (dispositifs)',
    mechanism: 'formality raises the cost of exit (concave), costs overhead (convex) and steadies perception',
    where: 'participation.ts (exit); valuation.ts participationOverhead; perception.ts',
    scenario: 'validation/formality-committee.json',
    off: { 'model.formality.exit_cost': 0, 'model.formality.overhead': 0, 'model.formality.steadiness': 0 },
    measure: lifetime,
  },
  {
    concept: 'governance mode',
    mechanism:
      'shared: relations member to member, limited span; lead organisation: a hub with capacity and legitimacy; NAO: staff paid from pooled resources serving a limited number of members',
    where: 'governance.ts coordinate',
    scenario: 'large-network-nao.json',
    off: { 'model.coordination.nao_staff_cost': 0, 'model.coordination.relation_cost': 0 },
    measure: cumulativeEffectiveness,
  },
  {
    concept: 'targets (cibles)',
    mechanism: 'specificity sets the fields and orders needed, the delay and reach of results, how visible they are, and how interdependent members are',
    where: 'synergy.ts; valuation.ts observability',
    scenario: 'validation/targets-broad.json',
    off: { 'model.targets.broad_extra_delay': 0 },
    measure: cumulativeEffectiveness,
  },
  {
    concept: 'objects (objets): engagement rungs',
    mechanism: 'deeper rungs combine resources better (synergy), cost more and need more trust',
    where: 'aggregates.ts; participation.ts',
    scenario: 'evaluation-developmental.json',
    off: { 'model.engagement.synergy.information': 1, 'model.engagement.synergy.cooperation': 1, 'model.engagement.synergy.joint_operation': 1 },
    measure: engagement,
  },
  {
    concept: 'instruments: pooled fund',
    mechanism: 'moves money to needed fields the action lacks and saves transaction costs, in proportion to the share pooled',
    where: 'aggregates.ts; governance.ts',
    scenario: 'instrument-pooled-fund.json',
    off: { 'model.instruments.pooled_fund.reallocation': 0, 'model.instruments.pooled_fund.transaction_relief': 0 },
    measure: cumulativeEffectiveness,
  },
  {
    concept: 'instruments: shared data',
    mechanism: 'measures and reports results (observability) and speeds up learning',
    where: 'valuation.ts observability; learning.ts',
    scenario: 'instrument-shared-data.json',
    off: { 'model.instruments.shared_data.observability': 0, 'model.instruments.shared_data.knowledge_growth': 1 },
    measure: lifetime,
  },
  {
    concept: 'instruments: joint planning',
    mechanism: 'raises the complementarity gains between fields and orders',
    where: 'synergy.ts complementarity',
    scenario: 'instrument-joint-planning.json',
    off: { 'model.instruments.joint_planning.complementarity': 0 },
    measure: cumulativeEffectiveness,
  },
  {
    concept: 'instruments: co-location',
    mechanism: 'faster trust building and more work ties',
    where: 'participation.ts trustGainFactor; ties.ts',
    scenario: 'instrument-co-location.json',
    off: { 'model.instruments.co_location.trust_gain': 1, 'model.instruments.co_location.tie_formation': 1 },
    measure: trust,
  },
  {
    concept: 'resources, many intangible',
    mechanism: 'contributions count in proportion to trust; knowledge; ties',
    where: 'aggregates.ts; trust.ts; learning.ts; ties.ts',
    scenario: 'default.json',
    off: { 'model.output.trust_floor': 1 },
    measure: cumulativeEffectiveness,
  },
  {
    concept: 'managerial stake: efficiency from the margin',
    mechanism: 'output is multiplied by complementarity between members of different fields and orders',
    where: 'synergy.ts complementarity; aggregates.ts',
    scenario: 'evaluation-developmental.json',
    off: { 'model.grid.field_complementarity': 0, 'model.grid.order_complementarity': 0 },
    measure: cumulativeEffectiveness,
  },
  {
    concept: 'managerial stake: complex-dynamics evaluation',
    mechanism:
      'members see the measured share of results (observability); the rest, only their own realised, attributable results; developmental evaluation brings the rest into view',
    where: 'valuation.ts observability, updateValuationContext',
    scenario: 'evaluation-linear.json',
    off: { 'model.evaluation.observability_base': 1 },
    measure: lifetime,
  },
  {
    concept: 'institutional stake: no body for the interstices (steward)',
    mechanism: 'a steward keeps knowledge through departures and dissolution, measures and reports results, convenes re-formation',
    where: 'learning.ts; valuation.ts observability; membership.ts maybeReform',
    scenario: 'steward.json',
    off: {
      'model.knowledge.steward_retention': 0,
      'model.knowledge.steward_factor': 1,
      'model.evaluation.observability_steward': 0,
      'model.reform.steward_factor': 1,
    },
    measure: knowledge,
  },
  {
    concept: 'cumulative learning',
    mechanism: 'the knowledge stock lowers coordination cost, raises output, makes climbing easier and gives newcomers a head start in trust',
    where: 'learning.ts; governance.ts; aggregates.ts; participation.ts; membership.ts',
    scenario: 'steward.json',
    off: { 'model.knowledge.output_gain': 0, 'model.knowledge.coordination_relief': 0, 'model.knowledge.climb_boost': 0, 'model.knowledge.trust_headstart': 0 },
    measure: cumulativeEffectiveness,
  },
  {
    concept: 'reading the milieu',
    mechanism: 'organisations perceive the value of membership with noise and delay',
    where: 'perception.ts perceive',
    scenario: 'default.json',
    off: { 'behaviour.perception_noise': 0 },
    measure: meanMembers,
  },
  {
    concept: 'billiards, not archery',
    mechanism: 'satisfied members invite tied organisations; tied members influence judgements; joint work at deep rungs creates work ties that fade unused',
    where: 'aggregates.ts (inviters); perception.ts influencedValue; ties.ts',
    scenario: 'default.json',
    off: { 'behaviour.invitation_rate': 0 },
    measure: meanMembers,
  },
  {
    concept: 'collaborative leadership',
    mechanism:
      'a facilitative leader makes slightly disappointing months positive experiences and defuses worse ones, reports results and convenes; leadership is handed on to a trusted long-standing member',
    where: 'leadership.ts; trust.ts monthExperience; valuation.ts observability; aggregates.ts (invitations)',
    scenario: 'leadership-rescue.json',
    off: { 'model.leadership.facilitation': 0, 'model.leadership.mediation': 0, 'model.leadership.observability': 0, 'model.leadership.convening': 0 },
    measure: lifetime,
  },
  {
    concept: 'tenure and commitment',
    mechanism: 'long-standing members have built commitment: they leave less',
    where: 'participation.ts (exit)',
    scenario: 'default.json',
    off: { 'model.commitment.weight': 0 },
    measure: meanMembers,
  },
  {
    concept: 'motivation: collective effectiveness vs organisational efficiency',
    mechanism: 'α weighs the collective return of the member’s own work against its own costs',
    where: 'valuation.ts membershipValue',
    scenario: 'default.json',
    off: { 'organisations.orders.E.alpha': 0, 'organisations.orders.P.alpha': 0, 'organisations.orders.T.alpha': 0 },
    measure: meanMembers,
  },
  {
    concept: 'investor vs manager mentality',
    mechanism: 'the horizon weight counts trust still to be built and the capacity deep work will build; capacity raises own efficiency later',
    where: 'valuation.ts membershipValue; capacity.ts',
    scenario: 'mentality-investor.json',
    off: { 'model.valuation.horizon_half_weight': 100_000 },
    measure: lateEfficiency,
  },
  {
    concept: 'mandated participation',
    mechanism: 'members cannot leave; a mandate crowds out motivation (α) and trust building',
    where: 'participation.ts; valuation.ts (motivation)',
    scenario: 'mandated.json',
    off: { 'model.mandate.motivation_factor': 1, 'model.mandate.trust_factor': 1 },
    measure: engagement,
  },
  {
    concept: 'funding (seed grant)',
    mechanism: 'the grant pays its share of contributions and of coordination costs; when it ends members bear them',
    where: 'aggregates.ts; valuation.ts',
    scenario: 'seed-funding-sustained.json',
    off: { 'action.funding.grant': 0 },
    measure: meanMembers,
  },
  {
    concept: 'population responsibility',
    mechanism:
      'per-field outcomes with a delayed effect of realised output, against a counterfactual with the same draws; visible results raise the action’s salience (accountability)',
    where: 'population.ts; valuation.ts (accountability)',
    scenario: 'evaluation-developmental.json',
    off: { 'model.population.accountability': 0 },
    measure: meanMembers,
  },
];
