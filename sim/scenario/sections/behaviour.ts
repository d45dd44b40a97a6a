/**
 * The scenario's `behaviour` section: mentality and how organisations perceive and decide.
 */
import { z } from 'zod';
import { MENTALITIES } from '../enums';
import { doc, share } from './fieldDoc';

export const behaviourSection = z
  .strictObject({
    mentality: doc(z.enum(MENTALITIES).default('mixed'), {
      description:
        'mixed: each order’s horizon; manager: everyone judges on short-term net returns; investor: everyone accepts early costs for later collective returns.',
      fr: '« mixed » (mixte) : horizon de chaque ordre; « manager » (gestionnaire) : rendement net à court terme; « investor » (investisseur) : coûts précoces acceptés pour des retombées collectives ultérieures.',
    }),
    manager_horizon: doc(z.number().min(1).max(240).default(3), {
      description: 'Horizon of a manager mentality.',
      fr: 'Horizon d’une mentalité de gestionnaire.',
      unit: 'months',
    }),
    investor_horizon: doc(z.number().min(1).max(240).default(48), {
      description: 'Horizon of an investor mentality.',
      fr: 'Horizon d’une mentalité d’investisseur.',
      unit: 'months',
    }),
    perception_delay: doc(z.number().min(1).max(60).default(3), {
      description: 'Mean delay with which organisations perceive the value of the action.',
      fr: 'Délai moyen de perception de la valeur de l’action.',
      unit: 'months',
    }),
    perception_noise: doc(z.number().min(0).max(1).default(0.01), {
      description: 'Noise in perceived value.',
      fr: 'Bruit dans la valeur perçue.',
      unit: 'share of own budget / month',
    }),
    decision_temperature: doc(z.number().positive().max(1).default(0.015), {
      description: 'Randomness of join/leave decisions (smaller = more deterministic).',
      fr: 'Part de hasard des décisions d’adhésion et de départ (plus petit = plus déterministe).',
      unit: 'share of own budget / month',
    }),
    exit_rate: share(0.15, {
      description:
        'Highest monthly probability of leaving, reached by a member that values the action far below its outside option (half of it at indifference; lowered by trust, formality, a pooled fund, leading).',
      fr: 'Probabilité mensuelle maximale de départ, atteinte par un membre qui juge l’action bien en deçà de son option extérieure (la moitié à l’indifférence; réduite par la confiance, la formalité, un fonds commun, le leadership).',
    }),
    invitation_rate: share(0.04, {
      description: 'Monthly probability that a member invites a tied non-member.',
      fr: 'Probabilité mensuelle qu’un membre invite un non-membre auquel il est lié.',
    }),
    influence: share(0.3, {
      description: 'Weight of tied members’ satisfaction in an organisation’s decision.',
      fr: 'Poids de la satisfaction des membres liés dans la décision d’une organisation.',
    }),
  })
  .prefault({});
