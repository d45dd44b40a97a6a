/**
 * Sweep files: a base scenario, factors to vary, replications and a seed policy. The
 * single source of truth for sweep types, validation and the sweep JSON Schema.
 */
import { z } from 'zod';
import { NUMERIC_COLUMNS } from '../metrics/columns';

const numericRange = z
  .strictObject({
    from: z.number().meta({ description: 'First value.', fr: 'Première valeur.' }),
    to: z.number().meta({ description: 'Last value (included).', fr: 'Dernière valeur (incluse).' }),
    steps: z.number().int().min(2).max(1000).meta({ description: 'Number of evenly spaced values.', fr: 'Nombre de valeurs également espacées.' }),
    integer: z.boolean().default(false).meta({ description: 'Round each value to an integer.', fr: 'Arrondir chaque valeur à un entier.' }),
  })
  .meta({ description: 'Evenly spaced numeric values from `from` to `to`.', fr: 'Valeurs numériques également espacées de `from` à `to`.' });

const factorValues = z.union([z.array(z.unknown()).min(1).max(1000), numericRange]);

export const TICK_METRICS = NUMERIC_COLUMNS.filter((c) => c !== 'tick');

export const sweepSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Path of the JSON Schema (for editors).', fr: 'Chemin du schéma JSON (pour les éditeurs).' }),
    title: z.string().max(500).default('').meta({ description: 'What the sweep compares.', fr: 'Ce que le balayage compare.' }),
    scenario: z
      .union([z.string().min(1), z.record(z.string(), z.unknown())])
      .meta({
        description: 'Base scenario: a path relative to this file, or the scenario inline.',
        fr: 'Scénario de base : un chemin relatif à ce fichier, ou le scénario lui-même.',
      }),
    factors: z
      .record(z.string().min(1), factorValues)
      .default({})
      .meta({
        description: 'Scenario fields to vary, by dotted path (e.g. "action.governance"): a list of values or a numeric range. Settings are all combinations, the first factor varying slowest.',
        fr: 'Champs du scénario à faire varier, par chemin pointé (p. ex. « action.governance ») : une liste de valeurs ou un intervalle numérique. Les réglages sont toutes les combinaisons, le premier facteur variant le plus lentement.',
      }),
    replications: z.number().int().min(1).max(1_000_000).default(30).meta({ description: 'Runs per setting.', fr: 'Simulations par réglage.' }),
    seeds: z
      .strictObject({
        policy: z.enum(['paired', 'independent']).default('paired').meta({
          description: 'paired: replication r uses the same seed in every setting (common random numbers); independent: every run its own seed.',
          fr: 'paired : la réplication r utilise la même graine dans chaque réglage (nombres aléatoires communs); independent : une graine par simulation.',
        }),
        base: z.number().int().min(0).max(2 ** 40).default(1).meta({ description: 'Seed of the first replication.', fr: 'Graine de la première réplication.' }),
      })
      .prefault({}),
    metrics: z
      .array(z.enum(TICK_METRICS as unknown as [string, ...string[]]))
      .min(1)
      .default(['collective_effectiveness', 'organisational_efficiency', 'members', 'alive', 'trust_mean'])
      .meta({ description: 'Per-tick metrics summarised in ticks.csv.', fr: 'Indicateurs par pas résumés dans ticks.csv.' }),
    ticks: z.number().int().min(1).max(100_000).optional().meta({ description: 'Horizon override (months).', fr: 'Horizon imposé (mois).', unit: 'months' }),
  })
  .meta({ title: 'Interstice sweep', description: 'A sweep of the Interstice simulator: settings × replications.', fr: 'Un balayage du simulateur Interstice : réglages × réplications.' });

export type SweepFile = z.output<typeof sweepSchema>;
export type FactorValues = z.output<typeof factorValues>;

export function sweepJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(sweepSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}
