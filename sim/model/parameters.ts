/**
 * The model's constants as the engine reads them: the scenario's `model` section (every
 * constant a setting, documented in sim/scenario/modelConstants.ts), plus per-rung tables
 * derived once per run so that the hot loops index an array instead of naming a rung.
 */
import type { Scenario } from '../scenario/schema';
import { defaultModelSettings, type ModelSettings } from '../scenario/modelConstants';

/** Engagement rungs: 0 information exchange, 1 coordination, 2 cooperation, 3 joint operation. */
export const RUNG_COUNT = 4;
const RUNG_KEYS = ['information', 'coordination', 'cooperation', 'joint_operation'] as const;

export interface RungTables {
  /** Share of its own monthly budget a member puts into the action at each rung. */
  contribution: Float64Array;
  /** Synergy weight of a unit contributed at each rung. */
  synergy: Float64Array;
  /** Trust a member needs to hold (or climb to) each rung (0 for information exchange). */
  trustRequired: Float64Array;
}

export type ModelParameters = ModelSettings & { rungs: RungTables };

export function modelParameters(scenario: Pick<Scenario, 'model'>): ModelParameters {
  const { engagement } = scenario.model;
  const table = (values: Record<string, number>) => Float64Array.from(RUNG_KEYS, (key) => values[key] ?? 0);
  return {
    ...scenario.model,
    rungs: {
      contribution: table(engagement.contribution),
      synergy: table(engagement.synergy),
      trustRequired: table({ information: 0, ...engagement.trust_required }),
    },
  };
}

/** The parameters of a scenario that leaves `model` at its defaults. */
export function defaultModelParameters(): ModelParameters {
  return modelParameters({ model: defaultModelSettings() });
}
