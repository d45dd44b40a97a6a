/**
 * Textes français du cadre de la page : titre, accroche, langue et mise en page, choix du
 * graphique, les deux vues.
 */
import type { enPage } from './enPage';

export const frPage: typeof enPage = {
  pageTitle: 'Interstice',
  documentTitle: 'Interstice – un simulateur de partenariats',
  tagline: 'Un simulateur de partenariats entre l’État, le secteur privé et le tiers secteur.',
  explain:
    'Choisissez un scénario, lancez la simulation et regardez une action commune se former, grandir ou se défaire, mois après mois. Le graphique principal montre la tension qui l’habite : ce que l’action apporte à la population (efficacité collective) et ce qu’elle coûte à ses membres (efficience organisationnelle).',
  language: 'Langue',
  presentation: 'Mode présentation',
  largerText: 'Texte agrandi',
  chooserLabel: 'Graphique à côté du principal',
  chooser: {
    membership: 'Membres',
    outcome: 'Population',
    phase: 'Phases',
    grid: 'Grille',
    network: 'Réseau',
    compare: 'Comparaison A/B',
    membershipB: 'Membres B',
    gridB: 'Grille B',
    networkB: 'Réseau B',
  },
  skipToCharts: 'Aller aux graphiques',
  views: 'Vues',
  viewSimulator: 'Simulateur',
  viewAnalysis: 'Analyser',
};
