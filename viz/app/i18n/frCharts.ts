/**
 * Textes français de la section des graphiques : ce qui les entoure (téléchargements, liste des
 * événements, tableau des données, résumé de la comparaison), puis les libellés et la légende de
 * chaque graphique.
 */
import type { enCharts } from './enCharts';

/** The three orders as the membership and network legends name them. */
const ORDER_LEGEND: readonly [string, string, string] = ['E – État', 'P – Privé', 'T – Tiers secteur'];

export const frCharts: typeof enCharts = {
  chartsHeading: 'Graphiques',
  downloadSvg: 'SVG',
  downloadPng: 'PNG',
  downloadChart: (title, format) => `Télécharger « ${title} » en ${format}`,
  eventsList: 'Événements sur l’axe du temps',
  eventSources: { scheduled: 'programmé', random: 'aléatoire', live: 'en direct' },
  moreEvents: (count) => `… et ${count} autres mois avec des événements (le fichier CSV les contient tous).`,
  dataTable: 'Tableau des données du graphique principal',
  dataTableEvery: (step) => `Une ligne tous les ${step} mois; le fichier CSV contient tous les mois.`,
  monthColumn: 'Mois',
  compareSummary: 'Résumé des deux simulations',
  differenceBA: 'B − A',
  summaryColumns: {
    measure: 'Mesure',
    lifetime: 'Durée de vie (mois)',
    survived: 'En vie à la fin',
    meanMembers: 'Membres en moyenne',
    cumulative: 'Efficacité cumulée (points de besoins comblés × mois)',
    meanEfficiency: 'Efficience moyenne (toutes les organisations)',
    meanEfficiencyMembers: 'Efficience moyenne des membres',
  },
  chart: {
    title: 'Efficacité collective et efficience organisationnelle',
    caption:
      'En bleu, trait plein (axe de gauche) : situation de la population avec l’action commune moins sans elle, en points de besoins comblés (1 point = 1 % des besoins); au-dessus de 0, l’action aide. ' +
      'En vermillon, tirets (axe de droite) : efficience des organisations par rapport au travail en solo; 1 signifie ni gain ni perte. ' +
      'Les lignes verticales numérotées marquent les événements (trait plein : événements déclenchés en direct); la liste en dessous les nomme.',
    xAxis: 'Temps (mois)',
    yLeft: 'Efficacité collective (points de besoins comblés)',
    yRight: 'Efficience organisationnelle (1 = en solo)',
    effectiveness: 'Efficacité collective',
    efficiency: 'Efficience organisationnelle',
    events: 'Événement',
    liveEvents: 'Événement en direct',
  },
  phase: {
    title: 'Trajectoire : efficience et efficacité',
    caption:
      'Chaque point est un mois : à l’horizontale, l’efficience organisationnelle (1 = en solo); à la verticale, l’efficacité collective (0 = aucune différence). ' +
      'La couleur va du bleu foncé (début) au jaune (fin); le cercle marque le départ, le carré le dernier mois. En haut à gauche : la population y gagne pendant que les organisations paient.',
    xAxis: 'Efficience organisationnelle (1 = en solo)',
    yAxis: 'Efficacité collective (points de besoins comblés)',
    time: 'Mois',
    start: 'Départ',
    now: 'Dernier mois',
  },
  membership: {
    title: 'Membres par ordre, adhésions et départs',
    caption:
      'En haut : membres de l’action commune chaque mois, empilés par ordre (E État, P privé, T tiers secteur; lettres au bord droit). ' +
      'En bas : organisations qui ont adhéré (barres vers le haut) et qui sont parties (barres vers le bas) ce mois-là.',
    xAxis: 'Temps (mois)',
    yMembers: 'Membres (organisations)',
    yFlows: 'Adhésions ↑ / départs ↓',
    orders: ORDER_LEGEND,
    joins: 'Adhésions',
    leaves: 'Départs',
  },
  grid: {
    title: 'La grille intersectorielle : où le partenariat est passé',
    caption:
      'Lignes : nombre de champs où travaillent les membres; colonnes : ordres présents parmi les membres (E État, P privé, T tiers secteur). ' +
      'Le pourcentage et la teinte donnent la part des mois passés dans chaque case; le contour épais marque la case actuelle.',
    rows: ['Un champ', 'Plusieurs champs', 'Transversal'],
    rowAxis: 'Champs engagés',
    columnAxis: 'Ordres parmi les membres',
    share: 'Part des mois',
    current: 'Maintenant',
    empty: (percent) => `Mois sans membres : ${percent}`,
  },
  network: {
    title: 'Réseau des organisations',
    caption:
      'Chaque marque est une organisation : cercle E (État), carré P (privé), triangle T (tiers secteur), chacun dans un secteur de l’anneau. ' +
      'Les membres sont pleins, sur l’anneau intérieur (plus grands = engagement plus profond); les non-membres sont vides, sur l’anneau extérieur. ' +
      'Les lignes sont les liens relationnels (foncées entre deux membres). Le membre cerclé est le leader; un losange au centre représente l’instance responsable.',
    orders: ORDER_LEGEND,
    member: 'Membre (plein)',
    nonMember: 'Non-membre (vide)',
    absorbed: 'Absorbée',
    leader: 'Leader (cercle)',
    steward: 'Instance responsable',
    tie: 'Lien',
    counts: (members, organisations) => `${members} membres sur ${organisations} organisations`,
    sampled: (shown, total, step, tiesShown, tiesTotal) =>
      `Affichage d’une organisation sur ${step} (${shown} sur ${total}, leader compris)${tiesShown < tiesTotal ? ` et de ${tiesShown} liens sur ${tiesTotal} entre elles` : ''}, pour que la page reste fluide.`,
  },
  outcome: {
    title: 'Situation de la population avec et sans l’action commune',
    caption:
      'Trait plein : la situation de la population (part des besoins comblés) dans cette simulation; tirets : le même territoire, avec les mêmes chocs aléatoires, sans l’action commune. ' +
      'L’écart ombré entre les deux est l’efficacité collective du graphique principal.',
    xAxis: 'Temps (mois)',
    yAxis: 'Situation de la population (part des besoins comblés)',
    withAction: 'Avec l’action',
    withoutAction: 'Sans l’action (contrefactuel)',
    gap: 'Différence due à l’action',
  },
  compare: {
    title: 'Comparaison : la même graine, deux paramétrages',
    caption:
      'Les deux simulations utilisent la même graine et subissent donc les mêmes chocs aléatoires; seuls les paramètres indiqués pour la simulation B diffèrent. ' +
      'En haut : efficacité collective (0 = aucune différence pour la population); en bas : efficience organisationnelle (1 = en solo). Trait plein : A; tirets : B.',
    xAxis: 'Temps (mois)',
    effectiveness: 'Efficacité collective (points)',
    efficiency: 'Efficience organisationnelle',
    runA: 'Simulation A',
    runB: 'Simulation B',
  },
  sameAsA: 'mêmes paramètres que A',
};
