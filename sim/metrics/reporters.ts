/**
 * The per-tick columns as reporters (Mesa's DataCollector idea): each column of the output
 * contract (columns.ts, docs/model.md §8.1) is a name, a unit and a function of the state
 * at the end of the month. The engine calls `recordMonth` once per tick; a new column is
 * one entry here and one name in TICK_COLUMNS (a test checks they match, in order).
 */
import type { Aggregates } from '../model/aggregates';
import { gridRowCode } from '../model/grid';
import type { MembershipChange } from '../model/membership';
import type { ModelParameters } from '../model/parameters';
import type { ActionState, Territory } from '../model/state';
import type { MetricRecorder, NumericColumn } from './columns';

/** What the reporters read at the end of a month. */
export interface MonthState {
  tick: number;
  agg: Aggregates;
  action: ActionState;
  territory: Territory;
  change: MembershipChange;
  p: ModelParameters;
}

export interface Reporter {
  name: NumericColumn;
  unit: string;
  report(s: MonthState): number;
}

const perMember = (sum: number, members: number) => (members > 0 ? sum / members : 0);

export const REPORTERS: readonly Reporter[] = [
  { name: 'tick', unit: 'month', report: (s) => s.tick },
  { name: 'alive', unit: '0/1', report: (s) => (s.action.alive ? 1 : 0) },
  { name: 'members', unit: 'organisations', report: (s) => s.agg.members },
  { name: 'members_E', unit: 'organisations', report: (s) => s.agg.membersByOrder[0]! },
  { name: 'members_P', unit: 'organisations', report: (s) => s.agg.membersByOrder[1]! },
  { name: 'members_T', unit: 'organisations', report: (s) => s.agg.membersByOrder[2]! },
  { name: 'fields_engaged', unit: 'fields', report: (s) => s.agg.fieldsEngaged },
  { name: 'orders', unit: 'code (grid.ts)', report: (s) => s.agg.ordersMask },
  { name: 'grid_row', unit: 'code (grid.ts)', report: (s) => gridRowCode(s.agg.fieldsEngaged, s.territory.fieldCount, s.p.grid.trans_field_share) },
  { name: 'collective_effectiveness', unit: 'share of needs met', report: (s) => s.territory.population - s.territory.populationCounterfactual },
  {
    name: 'organisational_efficiency',
    unit: 'own output per cost',
    report: (s) => (s.agg.active > 0 ? (s.agg.efficiencyMembers + s.agg.efficiencyNonMembers) / s.agg.active : 0),
  },
  { name: 'efficiency_members', unit: 'own output per cost', report: (s) => perMember(s.agg.efficiencyMembers, s.agg.members) },
  { name: 'efficiency_nonmembers', unit: 'own output per cost', report: (s) => perMember(s.agg.efficiencyNonMembers, s.agg.active - s.agg.members) },
  { name: 'population_outcome', unit: 'share of needs met', report: (s) => s.territory.population },
  { name: 'population_outcome_counterfactual', unit: 'share of needs met', report: (s) => s.territory.populationCounterfactual },
  { name: 'trust_mean', unit: '0–1', report: (s) => perMember(s.agg.trustSum, s.agg.members) },
  { name: 'knowledge_stock', unit: 'stock', report: (s) => s.action.knowledge },
  { name: 'engagement_mean', unit: 'rung (0–3)', report: (s) => perMember(s.agg.rungSum, s.agg.members) },
  { name: 'coordination_cost_share', unit: 'share of pooled resources', report: (s) => s.agg.coordinationShare },
  { name: 'joins', unit: 'organisations / month', report: (s) => s.change.joins },
  { name: 'leaves', unit: 'organisations / month', report: (s) => s.change.leaves },
  { name: 'leader', unit: '0/1', report: (s) => (s.agg.leaderPresent ? 1 : 0) },
];

/** Writes one row: every reporter's value at the end of the month. */
export function recordMonth(recorder: MetricRecorder, state: MonthState): void {
  const row = recorder.nextRow();
  const columns = recorder.raw;
  for (const reporter of REPORTERS) columns[reporter.name][row] = reporter.report(state);
}
