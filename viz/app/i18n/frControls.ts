/**
 * Textes français des commandes de la simulation (lancer, avancer, vitesse, lignes d’état) et des
 * événements en direct (boutons et liste).
 */
import type { enControls } from './enControls';

export const frControls: typeof enControls = {
  runHeading: 'Simulation',
  seed: 'Graine',
  seedHint: 'Même graine, même simulation. Changez-la pour voir une autre histoire possible.',
  play: 'Lancer',
  pause: 'Pause',
  step: 'Un mois',
  reset: 'Recommencer',
  restart: 'Redémarrer le simulateur',
  speed: 'Vitesse',
  speeds: { slow: 'Lente (6 mois par seconde)', normal: 'Normale (1 mois par image)', fast: 'Rapide (4 mois par image)', max: 'Maximale' },
  keyboardHint: 'Clavier : Espace lance ou met en pause, → avance d’un mois, + et − changent la vitesse.',
  month: (tick, horizon) => `Mois ${tick} / ${horizon}`,
  monthB: (tick) => `simulation B : mois ${tick}`,
  loading: 'Démarrage du moteur…',
  summary: (lifetime, survived, meanMembers) =>
    `Simulation terminée. Durée de vie : ${lifetime} mois · survie : ${survived ? 'oui' : 'non'} · membres en moyenne : ${meanMembers}.`,
  summaryB: (lifetime, survived, meanMembers) =>
    `Simulation B terminée. Durée de vie : ${lifetime} mois · survie : ${survived ? 'oui' : 'non'} · membres en moyenne : ${meanMembers}.`,
  engineError: (message) =>
    `Le moteur s’est arrêté : ${message}. Appuyez sur « Redémarrer le simulateur » pour recommencer à partir du lien de cette simulation.`,

  liveHeading: 'Événements en direct',
  liveHint:
    'Un bouton fait survenir l’événement au mois suivant (dans les deux simulations en mode comparaison). Les événements en direct sont conservés quand vous recommencez ou changez un paramètre, et font partie du lien partagé.',
  liveButtons: {
    budget_cut: 'Compression budgétaire',
    leader_leaves: 'Départ du leader',
    political_turnover: 'Alternance politique',
    crisis: 'Crise',
    funding_ends: 'Fin du financement',
  },
  cutOrder: 'Ordre touché par la compression',
  orderNames: { E: 'État (E)', P: 'Privé (P)', T: 'Tiers secteur (T)' },
  fieldNames: {
    health: 'santé',
    education: 'éducation',
    housing: 'logement',
    employment: 'emploi',
    food: 'alimentation',
    transport: 'transport',
    environment: 'environnement',
    safety: 'sécurité',
    culture: 'culture',
    income: 'revenu',
    childhood: 'petite enfance',
    justice: 'justice',
  } as Record<string, string>,
  liveList: 'Événements en direct de cette simulation',
  liveNone: 'Aucun pour l’instant.',
  liveItem: (tick, name) => `Mois ${tick} : ${name}`,
  noEffect: '(sans effet : rien sur quoi agir)',
  cannotAct: {
    leader_leaves: 'Aucun leader dans cette simulation pour l’instant : personne ne peut partir.',
    funding_ends: 'Pas de financement de démarrage à faire cesser : il n’y en a pas, ou il a déjà pris fin.',
  },
  clearLive: 'Effacer les événements en direct',
};
