/**
 * The enumerations of the scenario format, without zod: the engine imports these, so it
 * runs (and its workers start) without loading the validation library.
 */

export const ORDERS = ['E', 'P', 'T'] as const;
export type Order = (typeof ORDERS)[number];

export const ARRANGEMENTS = ['informal', 'agreement', 'committee', 'joint_body'] as const;
export const GOVERNANCE_MODES = ['shared', 'lead', 'nao'] as const;
export const EVALUATION_REGIMES = ['linear', 'developmental'] as const;
export const PARTICIPATION_MODES = ['voluntary', 'mandated'] as const;
export const MENTALITIES = ['mixed', 'manager', 'investor'] as const;
export const LEADERSHIP_STYLES = ['none', 'facilitative'] as const;
export const INSTRUMENTS = ['pooled_fund', 'shared_data', 'joint_planning', 'co_location'] as const;
export const EVENT_TYPES = ['budget_cut', 'political_turnover', 'leader_leaves', 'crisis', 'funding_ends', 'absorption'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
/** Events a person may set off during a run (the page's buttons, the classroom's instructor); absorption is left to chance. */
export const LIVE_EVENT_TYPES = ['budget_cut', 'leader_leaves', 'political_turnover', 'crisis', 'funding_ends'] as const satisfies readonly EventType[];
