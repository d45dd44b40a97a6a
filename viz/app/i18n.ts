/** Every text the page shows, in English and French. Keys are shared so a missing one fails the type check. */
import type { TimeSeriesLabels } from '../charts/timeSeries';
import type { EventType } from '../../sim/index';

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

const en = {
  pageTitle: 'Interstice',
  documentTitle: 'Interstice – a partnership simulator',
  tagline: 'A simulator of partnerships between the State, the private sector and the third sector.',
  explain:
    'The chart follows one run of the default scenario month by month: does the joint action improve the population’s outcome, and what does it cost its members in efficiency?',
  language: 'Language',
  seed: 'Seed',
  seedHint: 'Same seed, same run. Change it to see another possible history.',
  play: 'Play',
  pause: 'Pause',
  step: 'Step',
  reset: 'Reset',
  keyboardHint: 'Space: play or pause.',
  month: (tick: number, horizon: number) => `Month ${tick} / ${horizon}`,
  loading: 'Starting the engine…',
  summary: (lifetime: number, survived: boolean, meanMembers: string) =>
    `Run finished. Lifetime: ${lifetime} months · survived: ${survived ? 'yes' : 'no'} · mean members: ${meanMembers}.`,
  issuesTitle: 'The scenario has problems and cannot run:',
  engineError: (message: string) => `The engine stopped: ${message}. Reload the page to start again.`,
  scenario: 'Scenario:',
  dataTable: 'Data table',
  chart: {
    title: 'Collective effectiveness and organisational efficiency',
    caption:
      'Blue (left axis): population outcome with the joint action minus without it; above 0 the action helps. ' +
      'Orange (right axis): members’ efficiency relative to working alone; 1 means no gain or loss. ' +
      'Grey dashed lines mark events (hover for details).',
    xAxis: 'Time (months)',
    yLeft: 'Collective effectiveness (outcome index, action − no action)',
    yRight: 'Organisational efficiency (1 = stand-alone)',
    effectiveness: 'Collective effectiveness',
    efficiency: 'Organisational efficiency',
    events: 'Events',
  },
  events: {
    budget_cut: 'budget cut',
    political_turnover: 'political turnover',
    leader_leaves: 'leader leaves',
    crisis: 'crisis',
    funding_ends: 'seed funding ends',
    absorption: 'absorption of a member',
  } satisfies Record<EventType, string> as Record<EventType, string>,
};

export type Dictionary = typeof en;

const fr: Dictionary = {
  pageTitle: 'Interstice',
  documentTitle: 'Interstice – un simulateur de partenariats',
  tagline: 'Un simulateur de partenariats entre l’État, le secteur privé et le tiers secteur.',
  explain:
    'Le graphique suit une simulation du scénario par défaut, mois par mois : l’action commune améliore-t-elle la situation de la population, et que coûte-t-elle en efficience à ses membres?',
  language: 'Langue',
  seed: 'Graine',
  seedHint: 'Même graine, même simulation. Changez-la pour voir une autre histoire possible.',
  play: 'Lancer',
  pause: 'Pause',
  step: 'Un mois',
  reset: 'Recommencer',
  keyboardHint: 'Espace : lancer ou mettre en pause.',
  month: (tick, horizon) => `Mois ${tick} / ${horizon}`,
  loading: 'Démarrage du moteur…',
  summary: (lifetime, survived, meanMembers) =>
    `Simulation terminée. Durée de vie : ${lifetime} mois · survie : ${survived ? 'oui' : 'non'} · membres en moyenne : ${meanMembers}.`,
  issuesTitle: 'Le scénario comporte des erreurs et ne peut pas être lancé :',
  engineError: (message) => `Le moteur s’est arrêté : ${message}. Rechargez la page pour recommencer.`,
  scenario: 'Scénario :',
  dataTable: 'Tableau des données',
  chart: {
    title: 'Efficacité collective et efficience organisationnelle',
    caption:
      'En bleu (axe de gauche) : situation de la population avec l’action commune moins sans elle; au-dessus de 0, l’action aide. ' +
      'En orange (axe de droite) : efficience des membres par rapport au travail en solo; 1 signifie ni gain ni perte. ' +
      'Les tirets gris marquent les événements (survoler pour le détail).',
    xAxis: 'Temps (mois)',
    yLeft: 'Efficacité collective (indice, action − sans action)',
    yRight: 'Efficience organisationnelle (1 = en solo)',
    effectiveness: 'Efficacité collective',
    efficiency: 'Efficience organisationnelle',
    events: 'Événements',
  },
  events: {
    budget_cut: 'compression budgétaire',
    political_turnover: 'alternance politique',
    leader_leaves: 'départ du leader',
    crisis: 'crise',
    funding_ends: 'fin du financement de démarrage',
    absorption: 'absorption d’un membre',
  },
};

export const DICTIONARIES: Record<Language, Dictionary> = { en, fr };

/** French when the browser prefers it, English otherwise. */
export function defaultLanguage(preferred: string | undefined): Language {
  return preferred?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** Chart labels for a language, event types translated (unknown ones shown as written). */
export function chartLabels(dict: Dictionary): TimeSeriesLabels {
  return { ...dict.chart, eventName: (type) => (dict.events as Partial<Record<string, string>>)[type] ?? type.replaceAll('_', ' ') };
}

/** Numbers as the language writes them (decimal comma in French). */
export function formatNumber(lang: Language, value: number, digits: number): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}
