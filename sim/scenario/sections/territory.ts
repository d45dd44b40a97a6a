/**
 * The scenario's `territory` section: fields, their needs and how the action moves the
 * population outcome.
 */
import { z } from 'zod';
import { doc, share } from './fieldDoc';

export const territorySection = z
  .strictObject({
    fields: doc(z.array(z.string().min(1).max(100)).min(1).max(50).default(['health', 'education', 'housing', 'employment', 'food', 'transport']), {
      description: 'Names of the fields (domains) of the territory.',
      fr: 'Noms des champs (domaines) du territoire.',
    }),
    needs: doc(z.array(z.number().min(0).max(10)).optional(), {
      description: 'Relative need per field, same order as fields (default: 1 each).',
      fr: 'Besoin relatif par champ, dans l’ordre de fields (défaut : 1 chacun).',
    }),
    population_baseline: share(0.5, {
      description: 'Population outcome without any joint action (share of needs met).',
      fr: 'Résultat populationnel sans action commune (part des besoins comblés).',
    }),
    population_recovery: doc(z.number().min(0).max(1).default(0.02), {
      description: 'Monthly rate at which the population outcome returns to its baseline.',
      fr: 'Taux mensuel de retour du résultat populationnel vers sa valeur de base.',
      unit: '1 / month',
    }),
    population_noise: doc(z.number().min(0).max(0.2).default(0.002), {
      description: 'Standard deviation of monthly random variation of the population outcome (same draw with and without the action).',
      fr: 'Écart type de la variation aléatoire mensuelle du résultat populationnel (même tirage avec et sans l’action).',
    }),
    impact: doc(z.number().min(0).max(10).default(1), {
      description: 'How strongly the action’s realised output moves the population outcome.',
      fr: 'Force avec laquelle la production réalisée de l’action améliore le résultat populationnel.',
    }),
  })
  .prefault({});
