/** Textes français de la page. */
import { unitsIn } from '../../../sim/scenario/units';
import type { Dictionary } from './en';
import { frAnalysis } from './frAnalysis';
import { formatIssueFr } from './issuesFr';
import type { TimeSeriesLabels } from '../../charts/timeSeries';
import type { PhaseLabels } from '../../charts/phase';
import type { MembershipLabels } from '../../charts/membership';
import type { GridLabels } from '../../charts/grid';
import type { NetworkLabels } from '../../charts/network';
import type { CounterfactualLabels } from '../../charts/counterfactual';
import type { CompareLabels } from '../../charts/compare';
import type { EventType, Order } from '../../sim';
import type { Labels, LIVE_EVENT_TYPES, Speed } from '../i18n';


export const fr: Dictionary = {
  pageTitle: 'Interstice',
  documentTitle: 'Interstice – un simulateur de partenariats',
  tagline: 'Un simulateur de partenariats entre l’État, le secteur privé et le tiers secteur.',
  explain:
    'Choisissez un scénario, lancez la simulation et regardez une action commune se former, grandir ou se défaire, mois après mois. Le graphique principal montre la tension qui l’habite : ce que l’action apporte à la population (efficacité collective) et ce qu’elle coûte à ses membres (efficience organisationnelle).',
  language: 'Langue',
  presentation: 'Mise en page de présentation',
  largerText: 'Texte agrandi',
  chooserLabel: 'Graphique à côté du principal',
  chooser: { membership: 'Membres', outcome: 'Population', phase: 'Phases', grid: 'Grille', network: 'Réseau', compare: 'Comparaison A/B' },
  skipToCharts: 'Aller aux graphiques',
  views: 'Vues',
  viewSimulator: 'Simulateur',
  viewAnalysis: 'Analyser',

  scenarioHeading: 'Scénario',
  scenarioPicker: 'Scénario fourni',
  yourFile: (name) => `Votre fichier : ${name}`,
  description: 'La situation',
  lesson: 'Leçon',
  notice: 'À remarquer',
  tryNext: 'À essayer',
  comparePair: (what: string) => `Comparer avec sa paire (B : ${what})`,
  modelLink: 'Comment fonctionne le modèle (description du modèle)',
  noneList: 'aucun',
  loadFile: 'Charger votre propre fichier de scénario (.json)',
  dropHint: 'Vous pouvez aussi déposer un fichier de scénario n’importe où sur la page.',
  editorSummary: 'Modifier le scénario en JSON',
  editorHint: 'Le scénario de la simulation en cours, tel qu’un fichier le contiendrait. Ctrl+Espace liste les champs et les valeurs que le schéma permet; survolez un champ pour sa signification; les problèmes sont soulignés avec les messages de la ligne de commande.',
  editorLabel: 'Fichier de scénario (JSON)',
  editorRun: 'Lancer ce scénario',
  editorDownload: 'Télécharger en JSON',
  editorReload: 'Repartir de la simulation en cours',
  editorLoading: 'Chargement de l’éditeur…',
  editorOk: 'Aucun problème : le scénario peut être lancé.',
  editorProblems: (count: number) => (count === 1 ? '1 problème (souligné) : le scénario ne peut pas encore être lancé.' : `${count} problèmes (soulignés) : le scénario ne peut pas encore être lancé.`),
  editorFileName: 'scenario-modifie.json',
  dropHere: 'Déposez le fichier de scénario pour le charger',
  fileTooBig: (limit) => `Ce fichier est trop volumineux (plus de ${limit}).`,
  fileUnreadable: 'Ce fichier n’a pas pu être lu.',
  issuesTitle: 'Le scénario comporte des erreurs et ne peut pas être lancé (la simulation précédente est conservée) :',
  issuesTitleB: 'Simulation B',
  formatIssue: formatIssueFr,

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
  engineError: (message) => `Le moteur s’est arrêté : ${message}. Appuyez sur « Redémarrer le simulateur » pour recommencer à partir du lien de cette simulation.`,

  liveHeading: 'Événements en direct',
  liveHint: 'Un bouton fait survenir l’événement au mois suivant (dans les deux simulations en mode comparaison). Les événements en direct sont conservés quand vous recommencez ou changez un paramètre, et font partie du lien partagé.',
  liveButtons: {
    budget_cut: 'Compression budgétaire',
    leader_leaves: 'Départ du leader',
    political_turnover: 'Alternance politique',
    crisis: 'Crise',
    funding_ends: 'Fin du financement',
  },
  cutOrder: 'Ordre touché par la compression',
  orderNames: { E: 'État (E)', P: 'Privé (P)', T: 'Tiers secteur (T)' },
  liveList: 'Événements en direct de cette simulation',
  liveNone: 'Aucun pour l’instant.',
  liveItem: (tick, name) => `Mois ${tick} : ${name}`,
  noEffect: '(sans effet : rien sur quoi agir)',
  cannotAct: {
    leader_leaves: 'Aucun leader dans cette simulation pour l’instant : personne ne peut partir.',
    funding_ends: 'Aucun financement de démarrage dans cette simulation (aucun, ou il a pris fin).',
  },
  clearLive: 'Effacer les événements en direct',

  settingsHeading: 'Paramètres',
  settingsHint: 'Changer un paramètre relance la simulation avec la même graine.',
  advancedSettings: 'Avancé : les constantes du modèle',
  advancedSettingsHint:
    'Chaque constante des formes fonctionnelles du modèle, par sous-modèle (leur sens et leurs valeurs par défaut : docs/model.md, « Sous-modèles »). Changez-en une pour voir à quel point un résultat en dépend; le rapport de validation (docs/validation.md) nomme les constantes sous lesquelles chaque fait stylisé ne tient plus.',
  compareToggle: 'Comparer deux paramétrages (même graine, côte à côte)',
  compareHint: 'La simulation B reprend A sauf là où vous la changez : changez un paramètre dans la colonne B pour voir la différence qui compte.',
  setting: 'Paramètre',
  runA: 'Simulation A',
  runB: 'Simulation B',
  runBLabel: (label) => `Simulation B : ${label}`,
  slider: 'curseur',
  settingRefused: (label: string, problem: string) => `${label} : ${problem}. La simulation reste inchangée tant que la valeur n’est pas corrigée.`,
  never: 'jamais',
  settingLabels: {
    ticks: 'Horizon',
    'action.arrangement': 'Dispositif',
    'action.governance': 'Gouvernance',
    'action.nao_capacity': 'Capacité de l’OAR',
    'action.leadership': 'Leadership',
    'action.steward': 'Instance responsable de l’interstice',
    'action.evaluation': 'Évaluation',
    'action.participation': 'Participation',
    'action.target_specificity': 'Spécificité des cibles',
    'action.instruments': 'Instruments',
    'action.funding.grant': 'Subvention de démarrage',
    'action.funding.ends_at': 'Fin de la subvention au mois',
    'action.initial_members': 'Membres fondateurs',
    'behaviour.mentality': 'Mentalité',
    'organisations.count.E': 'Organisations de l’État (E)',
    'organisations.count.P': 'Organisations privées (P)',
    'organisations.count.T': 'Organisations du tiers secteur (T)',
  },
  enumLabels: {
    informal: 'Réseau informel',
    agreement: 'Entente',
    committee: 'Comité directeur',
    joint_body: 'Instance conjointe avec conseil',
    shared: 'Partagée',
    lead: 'Organisation pilote',
    nao: 'Organisation administrative de réseau (OAR)',
    none: 'Aucun',
    facilitative: 'Facilitateur',
    linear: 'Linéaire',
    developmental: 'Développementale',
    voluntary: 'Volontaire',
    mandated: 'Obligatoire',
    mixed: 'Mixte (horizon propre à chaque ordre)',
    manager: 'Gestionnaire (court terme)',
    investor: 'Investisseur (long terme)',
    pooled_fund: 'Fonds commun',
    shared_data: 'Données partagées',
    joint_planning: 'Planification conjointe',
    co_location: 'Colocalisation',
  },
  units: unitsIn('fr'),
  yes: 'oui',
  no: 'non',

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
  summaryColumns: { measure: 'Mesure', lifetime: 'Durée de vie (mois)', survived: 'En vie à la fin', meanMembers: 'Membres en moyenne', cumulative: 'Efficacité cumulée', meanEfficiency: 'Efficience moyenne (toutes les organisations)', meanEfficiencyMembers: 'Efficience moyenne des membres' },

  shareHeading: 'Partager et exporter',
  shareLink: 'Lien vers cette simulation',
  shareHint: 'Le lien contient le scénario, vos paramètres, la graine, les événements en direct et la langue : l’ouvrir rejoue exactement la même simulation.',
  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié.',
  copyFailed: 'Copiez le lien depuis le champ.',
  downloadCsv: 'Simulation en CSV',
  downloadCsvB: 'Simulation B en CSV',
  downloadScenario: 'Scénario en JSON',
  downloadScenarioB: 'Scénario B en JSON',
  scenarioExportHint: 'Le JSON inclut vos paramètres et vos événements en direct (comme événements programmés) : la ligne de commande reproduit la simulation avec npm run sim -- run fichier.json --seed N.',
  badLink: (reason) => `Ce lien n’a pas pu être utilisé et rien n’en a été exécuté : ${reason} Le scénario par défaut est affiché à la place.`,
  badLinkReasons: {
    version: 'il provient d’une autre version de la page.',
    checksum: 'il a été modifié ou tronqué (son code de contrôle ne correspond pas).',
    format: 'une partie en est mal formée.',
    scenario: 'il désigne un scénario que cette page ne connaît pas.',
    file: 'le scénario qu’il contient est illisible.',
    invalid: 'le scénario qu’il contient n’est pas valide.',
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
    orders: ['E – État', 'P – Privé', 'T – Tiers secteur'],
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
    orders: ['E – État', 'P – Privé', 'T – Tiers secteur'],
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
  analysis: frAnalysis,
  events: {
    budget_cut: 'compression budgétaire',
    political_turnover: 'alternance politique',
    leader_leaves: 'départ du leader',
    crisis: 'crise',
    funding_ends: 'fin du financement de démarrage',
    absorption: 'absorption d’un membre',
  },
  story: {
    dissolved: 'partenariat dissous',
    reformed: 'partenariat reformé',
    leader_new: 'nouveau leader',
    leader_gone: 'plus de leader',
  },
  storyNow: {
    dissolved: (tick: number) => `Mois ${tick} : le partenariat s’est dissous, trop peu de membres sont restés`,
    reformed: (tick: number, members: number) => `Mois ${tick} : le partenariat s’est reformé avec ${members} membres`,
    leader_new: (tick: number) => `Mois ${tick} : un membre a pris le leadership`,
    leader_gone: (tick: number) => `Mois ${tick} : le partenariat a perdu son leader`,
  },
  standing: (members: number, points: string) => `${members} ${members <= 1 ? 'membre' : 'membres'} · efficacité collective ${points} points de besoins comblés`,
  noPartnership: (since: number) => `Aucun partenariat depuis le mois ${since}`,
};
