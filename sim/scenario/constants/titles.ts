/** What each group of model constants is about, in English and French. */
import type { MODEL_CONSTANTS } from '../modelConstants';

/** What each submodel's group of constants is about (JSON Schema descriptions, docs, the settings form). */
export const MODEL_GROUP_TITLES: Record<keyof typeof MODEL_CONSTANTS, { description: string; fr: string }> = {
  engagement: {
    description: 'Engagement rungs: contributions, synergy, trust required, moves between rungs.',
    fr: 'Échelons d’engagement : contributions, synergie, confiance exigée, passages d’un échelon à l’autre.',
  },
  grid: {
    description: 'The intersectoral grid: what diversity of fields and orders yields, and what it costs.',
    fr: 'La grille intersectorielle : ce que rapporte la diversité des champs et des ordres, et ce qu’elle coûte.',
  },
  formality: {
    description: 'Formality of the arrangement: exit cost, overhead, steadiness.',
    fr: 'Formalité du dispositif : coût de sortie, frais, stabilité.',
  },
  coordination: {
    description: 'Coordination by governance structure: relations, hub capacity, staff.',
    fr: 'Coordination selon la structure de gouvernance : relations, capacité du pivot, personnel.',
  },
  output: { description: 'Collective output: scale, trust, coverage.', fr: 'Production collective : échelle, confiance, couverture.' },
  targets: { description: 'Targets: scope and delay of results.', fr: 'Cibles : portée et délai des résultats.' },
  population: { description: 'Population outcome and accountability to the population.', fr: 'Résultat populationnel et redevabilité envers la population.' },
  evaluation: { description: 'Evaluation regime: hope, observability of results.', fr: 'Régime d’évaluation : espoir, observabilité des résultats.' },
  trust: { description: 'Trust: gains, losses, loyalty, visible wins.', fr: 'Confiance : gains, pertes, loyauté, victoires visibles.' },
  commitment: { description: 'Commitment built by tenure.', fr: 'Engagement bâti par l’ancienneté.' },
  leadership: {
    description: 'Facilitative leadership: trust building, mediation, succession.',
    fr: 'Leadership facilitateur : construction de la confiance, médiation, succession.',
  },
  valuation: {
    description: 'Value of membership: private benefit, interdependence, horizon.',
    fr: 'Valeur de l’adhésion : bénéfice privé, interdépendance, horizon.',
  },
  capacity: {
    description: 'Capacity members build in deep joint work (investment).',
    fr: 'Capacité que les membres bâtissent dans le travail conjoint poussé (investissement).',
  },
  mandate: { description: 'Mandated participation (crowding out of motivation).', fr: 'Participation obligatoire (éviction de la motivation).' },
  recruitment: { description: 'Recruitment of new members.', fr: 'Recrutement de nouveaux membres.' },
  ties: { description: 'Work ties the action builds between its members.', fr: 'Liens de travail que l’action noue entre ses membres.' },
  knowledge: { description: 'Cumulative learning: the knowledge stock.', fr: 'Apprentissage cumulatif : le savoir accumulé.' },
  reform: { description: 'Re-formation of a dissolved action.', fr: 'Reformation d’une action dissoute.' },
  shocks: { description: 'Events: budget cuts, crises, political turnover.', fr: 'Événements : compressions, crises, alternance politique.' },
  steward: { description: 'The steward (accountable body for the interstice).', fr: 'L’instance responsable de l’interstice.' },
  organisations: { description: 'Spread of individual attributes at initialisation.', fr: 'Dispersion des attributs individuels à l’initialisation.' },
  instruments: { description: 'Instruments: effects and running costs.', fr: 'Instruments : effets et coûts de fonctionnement.' },
};
