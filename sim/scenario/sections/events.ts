/**
 * The scenario's scheduled `events` and random `hazards` with their monthly probabilities.
 */
import { z } from 'zod';
import { EVENT_TYPES, ORDERS } from '../enums';
import { doc } from './fieldDoc';

export const scheduledEvent = z.strictObject({
  at: doc(z.number().int().min(1).max(1e6), {
    description: 'Tick at which the event fires.',
    fr: 'Pas de temps auquel l’événement survient.',
    unit: 'months',
  }),
  type: z.enum(EVENT_TYPES).meta({ description: 'Kind of event.', fr: 'Type d’événement.' }),
  order: z.enum(ORDERS).optional().meta({
    description: 'Order hit by a budget cut (default E); ignored by other events.',
    fr: 'Ordre touché par une compression (défaut E); ignoré par les autres événements.',
  }),
  magnitude: z.number().min(0).max(1).optional().meta({
    description: 'Strength: budget share cut, or crisis salience (defaults 0.2 and 0.5).',
    fr: 'Intensité : part du budget coupée, ou saillance de la crise (défauts 0,2 et 0,5).',
  }),
});

export const hazard = (fallback: number, what: string, quoi: string) =>
  doc(z.number().min(0).max(1).default(fallback), {
    description: `Monthly probability of ${what}.`,
    // « de un départ » is elided to « d’un départ ».
    fr: `Probabilité mensuelle ${/^[aeiouyéèê]/i.test(quoi) ? 'd’' : 'de '}${quoi}.`,
    unit: 'probability / month',
  });

export const eventsSection = doc(z.array(scheduledEvent).max(10_000).default([]), {
  description: 'Events scheduled at given ticks.',
  fr: 'Événements programmés à des pas donnés.',
});

export const hazardsSection = z
  .strictObject({
    budget_cut: hazard(0.004, 'a budget cut to a random order', 'une compression budgétaire touchant un ordre au hasard'),
    political_turnover: hazard(0.02, 'political turnover (State priorities change)', 'une alternance politique (les priorités de l’État changent)'),
    leader_leaves: hazard(
      0.01,
      'the leader stepping down (its organisation stays; under facilitative leadership a trusted, long-standing member may take the role up: model.leadership.succession_*)',
      'un départ du leader (son organisation reste; sous un leadership facilitateur, un membre de confiance et de longue date peut reprendre le rôle : model.leadership.succession_*)',
    ),
    crisis: hazard(0.005, 'a crisis raising the salience of the problem', 'une crise qui rend le problème plus saillant'),
    absorption: hazard(0.002, 'a member being absorbed by another organisation', 'l’absorption d’un membre par une autre organisation'),
  })
  .prefault({})
  .meta({ description: 'Random events and their monthly probabilities.', fr: 'Événements aléatoires et leurs probabilités mensuelles.' });
