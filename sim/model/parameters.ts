/**
 * Structural constants of the model: the functional forms' coefficients that are not
 * scenario settings. Each is documented in docs/model.md (section "Submodels") with the
 * reason for its value. Indexes follow the enums of the scenario schema.
 */

/** Engagement rungs: 0 information exchange, 1 coordination, 2 cooperation, 3 joint operation. */
export const RUNG_COUNT = 4;
/** Share of its own monthly budget a member puts into the action at each rung. */
export const RUNG_CONTRIBUTION = [0.01, 0.03, 0.06, 0.1] as const;
/** Synergy weight of a unit contributed at each rung: deeper engagement combines resources better. */
export const RUNG_SYNERGY = [0.4, 1.0, 1.6, 2.2] as const;
/** Trust a member needs to hold (or climb to) each rung. */
export const RUNG_TRUST_REQUIRED = [0, 0.3, 0.5, 0.7] as const;
/** Monthly probability of moving one rung up (when worth it) or down (when not). */
export const RUNG_UP_RATE = 0.1;
export const RUNG_DOWN_RATE = 0.1;

/** Fields engaged at or above this share of all fields make the action trans-field (grid row). */
export const TRANS_FIELD_SHARE = 0.75;

/** Arrangement formality, indexed informal, agreement, committee, joint_body. */
export const FORMALITY_OVERHEAD = [0, 0.002, 0.006, 0.016] as const;
export const FORMALITY_EXIT_FACTOR = [1, 0.75, 0.55, 0.45] as const;
/** Multiplies perception noise: formal bodies make decisions steadier. */
export const FORMALITY_STEADINESS = [1, 0.8, 0.65, 0.5] as const;

/** Coordination cost as a share of pooled resources: base + per additional member. */
export const COORDINATION = {
  shared: { base: 0, perMember: 0.02 },
  lead: { base: 0.05, perMember: 0.008 },
  nao: { base: 0.12, perMember: 0.003 },
} as const;
export const COORDINATION_MAX_SHARE = 0.9;
/** Extra monthly cost (share of budget) borne by the lead organisation. */
export const LEAD_ORGANISATION_COST = 0.01;

/** Collective output per unit of effective contribution. */
export const OUTPUT_SCALE = 1.5;
/** Complementarity gains across fields and across orders ("efficiency from the margin"). */
export const FIELD_COMPLEMENTARITY = 0.8;
export const ORDER_COMPLEMENTARITY = 0.5;
/** Effective contribution = contribution × (TRUST_FLOOR + (1 − TRUST_FLOOR) × trust). */
export const TRUST_FLOOR = 0.4;

/**
 * Return per unit contributed that founders hope for before any result is realised. Under
 * linear evaluation members judge by the better of this hope and the realised return; the
 * hope fades with time constant HOPE_DECAY (months) if results do not confirm it.
 */
export const RETURN_PRIOR = 1;
export const HOPE_DECAY = 12;
/**
 * Small wins: a month in which the realised return rises by at least WIN_THRESHOLD is a
 * visible result, a positive experience for every member whatever its own balance.
 */
export const WIN_THRESHOLD = 0.02;

/** Output penalty for missing fields: coverage ^ COVERAGE_EXPONENT. */
export const COVERAGE_EXPONENT = 1.5;
/** Share of the population that fully specific targets reach (broad targets reach all of it). */
export const SPECIFIC_SCOPE = 0.5;

/** Delay of realised results: SPECIFIC_DELAY for specific targets up to SPECIFIC_DELAY + BROAD_EXTRA_DELAY. */
export const SPECIFIC_DELAY = 6;
export const BROAD_EXTRA_DELAY = 30;
/** Population impact per unit of realised output relative to the territory's total budget. */
export const POPULATION_IMPACT_SCALE = 0.05;
/** Population drop per unit of crisis magnitude. */
export const CRISIS_POPULATION_DROP = 0.03;
export const SALIENCE_DECAY = 0.95;

/** Trust: slow to build, quick to break. */
export const TRUST_GAIN = 0.03;
export const TRUST_LOSS = 0.08;
/** Trusting members give the action the benefit of the doubt: exit probability × (1 − TRUST_LOYALTY × trust). */
export const TRUST_LOYALTY = 0.6;
export const LEADER_TRUST_BOOST = 2.5;
export const LEADER_COST = 0.01;
export const LEADER_VISIBILITY = 0.012;
export const LEADER_EXIT_FACTOR = 0.3;
export const LEADER_DEPARTURE_TRUST_LOSS = 0.15;

/** Private benefit of membership (information, contacts) as a share of own budget. */
export const PRIVATE_BENEFIT = 0.004;
/**
 * Interdependence: when a target needs many fields, no organisation can reach it alone, so
 * its outside option is worth less: × (1 − INTERDEPENDENCE_DISCOUNT × share of fields needed
 * beyond the first).
 */
export const INTERDEPENDENCE_DISCOUNT = 0.6;

/** Linear evaluation attributes only part of the realised collective output to each member. */
export const LINEAR_ATTRIBUTION = 0.5;
export const LINEAR_ATTRIBUTION_WITH_STEWARD = 0.65;
/**
 * Specific targets make results visible and attributable: linear evaluation's attribution is
 * multiplied by (TARGET_VISIBILITY_BASE + specificity), 1 at the default specificity 0.5.
 */
export const TARGET_VISIBILITY_BASE = 0.5;
/** Horizon H weighs potential returns by H / (H + HORIZON_HALF_WEIGHT). */
export const HORIZON_HALF_WEIGHT = 24;

/** Mandated members gain trust more slowly and climb rungs less (crowding out of motivation). */
export const MANDATED_TRUST_FACTOR = 0.5;
export const MANDATED_RUNG_UP_FACTOR = 0.3;

/** Invitation-free discovery of the action, per month; multiplied by LEADER_DISCOVERY_FACTOR with a visible leader. */
export const SPONTANEOUS_JOIN_RATE = 0.002;
export const LEADER_DISCOVERY_FACTOR = 2;
/** Months before an organisation that left may join again. */
export const REJOIN_COOLDOWN = 12;

/** Knowledge stock: growth rate, ceiling, effects. */
export const KNOWLEDGE_GROWTH = 0.03;
export const KNOWLEDGE_MAX = 2;
export const STEWARD_KNOWLEDGE_FACTOR = 1.5;
export const STEWARD_RETENTION = 0.9;
export const DISSOLVED_KNOWLEDGE_DECAY = 0.995;
export const KNOWLEDGE_COORDINATION_RELIEF = 0.5;
export const KNOWLEDGE_OUTPUT_GAIN = 0.3;
export const KNOWLEDGE_TRUST_HEADSTART = 0.15;
/** Members at which knowledge growth reaches half its rate: growth × m / (m + KNOWLEDGE_HALF_MEMBERS). */
export const KNOWLEDGE_HALF_MEMBERS = 5;
/** A re-formed action with at least this knowledge starts at the cooperation rung. */
export const REFORM_DEEP_KNOWLEDGE = 0.1;

/** Re-formation after dissolution. */
export const REFORM_RATE = 0.02;
export const STEWARD_REFORM_FACTOR = 3;
export const REFORM_MIN_GAP = 6;
export const REFORM_FOUNDERS = 3;

/** Budget cuts hit fixed costs: efficiency × (1 − FIXED_COST_SHARE × (1 / budgetFactor − 1)). */
export const FIXED_COST_SHARE = 0.15;
export const BUDGET_FLOOR = 0.2;
export const DEFAULT_CUT = 0.2;
export const DEFAULT_CRISIS = 0.5;
export const TURNOVER_TRUST_FACTOR = 0.85;
/** After political turnover the State's priority multiplier is drawn uniformly in [MIN, MIN + SPAN). */
export const TURNOVER_PRIORITY_MIN = 0.5;
export const TURNOVER_PRIORITY_SPAN = 1;
/** A steward's running cost, shared by members as a share of their budget per month. */
export const STEWARD_COST = 0.002;

/** Spread of individual attributes around their order's value (init). */
export const PRODUCTIVITY_SPREAD = 0.1;
export const ALPHA_SPREAD = 0.1;
/** Sigma of the log of individual outside options (lognormal, mean kept). */
export const OUTSIDE_OPTION_LOG_SPREAD = 0.3;

/** Instruments: documented effects on costs and synergy. */
export const INSTRUMENT_EFFECTS = {
  pooled_fund: { synergyDeep: 1.2, exitFactor: 0.85, cost: 0 },
  shared_data: { knowledgeGrowth: 1.5, noiseFactor: 0.7, cost: 0.002 },
  joint_planning: { coordinationFactor: 0.8, cost: 0.002 },
  co_location: { trustGain: 1.3, cost: 0.004 },
} as const;
