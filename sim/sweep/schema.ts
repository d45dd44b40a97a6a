/**
 * Sweep files: a base scenario, factors to vary, replications and a seed policy. The
 * single source of truth for sweep types, validation and the sweep JSON Schema.
 */
import { z } from 'zod';
import { NUMERIC_COLUMNS } from '../metrics/columns';
import { DESIGN_TYPES, type DesignType } from './designTypes';

const numericRange = z
  .strictObject({
    from: z.number().meta({ description: 'First value.', fr: 'Première valeur.' }),
    to: z.number().meta({ description: 'Last value (included).', fr: 'Dernière valeur (incluse).' }),
    steps: z.number().int().min(2).max(1000).optional().meta({
      description: 'Number of evenly spaced values (grid design only; the other designs draw values between from and to).',
      fr: 'Nombre de valeurs également espacées (plan en grille seulement; les autres plans tirent des valeurs entre from et to).',
    }),
    integer: z.boolean().default(false).meta({ description: 'Round each value to an integer.', fr: 'Arrondir chaque valeur à un entier.' }),
  })
  .meta({
    description: 'Numeric values from `from` to `to`: evenly spaced in a grid design, drawn between them in the other designs.',
    fr: 'Valeurs numériques de `from` à `to` : également espacées dans un plan en grille, tirées entre les deux dans les autres plans.',
  });

export { DESIGN_TYPES, type DesignType };

const design = z
  .strictObject({
    type: z.enum(DESIGN_TYPES).default('grid').meta({
      description:
        "grid: every combination of the factors' values; morris: elementary-effects screening along random trajectories (Morris 1991, Campolongo et al. 2007); sobol: first-order and total variance-based indices (Saltelli sampling, Jansen estimators); latin_hypercube: an exploratory sample that covers each factor's range evenly.",
      fr: "grid : toutes les combinaisons des valeurs des facteurs; morris : criblage par effets élémentaires le long de trajectoires aléatoires (Morris 1991, Campolongo et al. 2007); sobol : indices de variance du premier ordre et totaux (échantillonnage de Saltelli, estimateurs de Jansen); latin_hypercube : un échantillon exploratoire qui couvre également l'étendue de chaque facteur.",
    }),
    trajectories: z.number().int().min(2).max(1000).optional().meta({
      description: 'morris: number of trajectories r (default 10); settings = r × (factors + 1).',
      fr: 'morris : nombre de trajectoires r (10 par défaut); réglages = r × (facteurs + 1).',
    }),
    levels: z.number().int().min(4).max(20).multipleOf(2).optional().meta({
      description: "morris: levels p of each factor's grid, even (default 4).",
      fr: 'morris : niveaux p de la grille de chaque facteur, pair (4 par défaut).',
    }),
    candidates: z.number().int().min(0).max(2000).optional().meta({
      description:
        'morris: random trajectories drawn to choose the r most spread out from (Campolongo et al. 2007; default 10 × r up to 500; 0 keeps r random trajectories).',
      fr: 'morris : trajectoires aléatoires tirées pour y choisir les r plus dispersées (Campolongo et al. 2007; 10 × r par défaut, au plus 500; 0 garde r trajectoires aléatoires).',
    }),
    samples: z.number().int().min(2).max(100_000).optional().meta({
      description:
        'sobol: base samples N (default 64; a power of two keeps the Sobol sequence balanced; settings = N × (factors + 2)); latin_hypercube: points (default 50).',
      fr: 'sobol : échantillons de base N (64 par défaut; une puissance de deux garde la suite de Sobol équilibrée; réglages = N × (facteurs + 2)); latin_hypercube : points (50 par défaut).',
    }),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 40)
      .optional()
      .meta({
        description: "Seed of the design's sampling and bootstrap (not of the runs; default 1).",
        fr: "Graine de l'échantillonnage et du bootstrap du plan (pas des simulations; 1 par défaut).",
      }),
    bootstrap: z.number().int().min(0).max(100_000).optional().meta({
      description: 'morris and sobol: bootstrap resamples for the 95% intervals of μ* and of the indices (default 1000; 0: none).',
      fr: 'morris et sobol : rééchantillonnages bootstrap pour les intervalles à 95 % de μ* et des indices (1000 par défaut; 0 : aucun).',
    }),
  })
  .prefault({})
  .meta({
    description: 'How settings are chosen from the factors (default: the full grid).',
    fr: 'Comment les réglages sont choisis à partir des facteurs (par défaut : la grille complète).',
  });

const factorValues = z.union([z.array(z.unknown()).min(1).max(1000), numericRange]);

export const TICK_METRICS = NUMERIC_COLUMNS.filter((c) => c !== 'tick');

export const sweepSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Path of the JSON Schema (for editors).', fr: 'Chemin du schéma JSON (pour les éditeurs).' }),
    title: z.string().max(500).default('').meta({ description: 'What the sweep compares.', fr: 'Ce que le balayage compare.' }),
    scenario: z.union([z.string().min(1), z.record(z.string(), z.unknown())]).meta({
      description: 'Base scenario: a path relative to this file, or the scenario inline.',
      fr: 'Scénario de base : un chemin relatif à ce fichier, ou le scénario lui-même.',
    }),
    factors: z.record(z.string().min(1), factorValues).default({}).meta({
      description:
        'Scenario fields to vary, by dotted path (e.g. "action.governance"): a list of values or a numeric range. In a grid design, settings are all combinations, the first factor varying slowest.',
      fr: 'Champs du scénario à faire varier, par chemin pointé (p. ex. « action.governance ») : une liste de valeurs ou un intervalle numérique. Dans un plan en grille, les réglages sont toutes les combinaisons, le premier facteur variant le plus lentement.',
    }),
    design,
    replications: z.number().int().min(1).max(1_000_000).default(30).meta({ description: 'Runs per setting.', fr: 'Simulations par réglage.' }),
    seeds: z
      .strictObject({
        policy: z.enum(['paired', 'independent']).default('paired').meta({
          description: 'paired: replication r uses the same seed in every setting (common random numbers); independent: every run its own seed.',
          fr: 'paired : la réplication r utilise la même graine dans chaque réglage (nombres aléatoires communs); independent : une graine par simulation.',
        }),
        base: z
          .number()
          .int()
          .min(0)
          .max(2 ** 40)
          .default(1)
          .meta({ description: 'Seed of the first replication.', fr: 'Graine de la première réplication.' }),
      })
      .prefault({}),
    metrics: z
      .array(z.enum(TICK_METRICS as unknown as [string, ...string[]]))
      .min(1)
      .default(['collective_effectiveness', 'organisational_efficiency', 'members', 'alive', 'trust_mean'])
      .meta({ description: 'Per-tick metrics summarised in ticks.csv.', fr: 'Indicateurs par pas résumés dans ticks.csv.' }),
    ticks: z.number().int().min(1).max(100_000).optional().meta({ description: 'Horizon override (months).', fr: 'Horizon imposé (mois).', unit: 'months' }),
  })
  .meta({
    title: 'Interstice sweep',
    description: 'A sweep of the Interstice simulator: settings × replications.',
    fr: 'Un balayage du simulateur Interstice : réglages × réplications.',
  });

export type SweepFile = z.output<typeof sweepSchema>;
export type FactorValues = z.output<typeof factorValues>;
export type NumericRange = z.output<typeof numericRange>;
export type SweepDesign = z.output<typeof design>;

export function sweepJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(sweepSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}
