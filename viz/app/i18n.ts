/**
 * Every text the page shows, in English and French. Keys are shared so a missing one
 * fails the type check. Scenario titles and lessons come from the scenario files, and
 * the hints under settings from the schema's descriptions (en) and `fr` meta.
 */
import type { TimeSeriesLabels, ChartEvent } from '../charts/timeSeries';
import type { PhaseLabels } from '../charts/phase';
import type { MembershipLabels } from '../charts/membership';
import type { GridLabels } from '../charts/grid';
import type { NetworkLabels } from '../charts/network';
import type { CounterfactualLabels } from '../charts/counterfactual';
import type { CompareLabels } from '../charts/compare';
import type { EventType, Order } from '../sim';

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Live events offered as buttons (the issue's list; absorption stays random or scheduled). */
export const LIVE_EVENT_TYPES = ['budget_cut', 'leader_leaves', 'political_turnover', 'crisis', 'funding_ends'] as const satisfies readonly EventType[];
export type Speed = 'slow' | 'normal' | 'fast' | 'max';
export type ChartKey = 'headline' | 'phase' | 'membership' | 'grid' | 'network' | 'outcome' | 'compare';

type Labels<T> = Omit<T, 'decimal' | 'eventName' | 'percent'>;

/** The analyst view (sweeps): static texts by `data-i18n="analysis.key"`, the rest from code. */
const enAnalysis = {
  heading: 'Analyse: compare settings over many runs',
  intro:
    'One run tells a story; a comparison needs many. Define a sweep (the settings to vary and how many seeded runs of each), run it here on every core of this computer, then compare the settings with confidence intervals, survival curves, paired differences and a sensitivity ranking. The same sweep runs on the command line and gives the same files.',
  designHeading: 'Sweep',
  title: 'Title',
  titlePlaceholder: 'What the sweep compares',
  base: 'Base scenario',
  baseCurrent: (name: string) => `The simulator’s current run: ${name}, with its settings`,
  factorsHeading: 'Factors: the settings to vary',
  factorsHint: 'The sweep runs every combination of the values, the first factor varying slowest. With no factor it runs the base scenario alone.',
  factorPicker: 'Setting to vary',
  addFactor: 'Add factor',
  otherFields: 'Other fields of the scenario',
  noFactors: 'No factor yet.',
  removeFactor: (name: string) => `Remove the factor ${name}`,
  valuesOf: (name: string) => `Values of ${name}`,
  mode: (name: string) => `How to give the values of ${name}`,
  modes: { list: 'List of values', range: 'Evenly spaced range' },
  listPlaceholder: 'e.g. 0.02 0.05 0.1',
  listHint: 'Numbers separated by spaces or semicolons (a comma between digits is a decimal mark).',
  from: 'From',
  to: 'To',
  steps: 'Steps',
  integer: 'Whole numbers',
  levels: (count: number, values: string) => `${count} value${count === 1 ? '' : 's'}: ${values}`,
  runsHeading: 'Runs and seeds',
  replications: 'Replications (runs per setting)',
  seedPolicy: 'Seeds',
  seedPolicies: { paired: 'Paired: replication r has the same seed in every setting', independent: 'Independent: every run its own seed' },
  seedBase: 'First seed',
  ticks: 'Horizon (months)',
  ticksPlaceholder: 'the scenario’s',
  metrics: 'Per-tick metrics to summarise (ticks.csv)',
  workers: 'Parallel workers',
  workersHint: (cores: number) => `This computer reports ${cores} core${cores === 1 ? '' : 's'}. The results do not depend on the number of workers.`,
  size: (settings: number, replications: number, runs: number) => `${settings} setting${settings === 1 ? '' : 's'} × ${replications} replication${replications === 1 ? '' : 's'} = ${runs} runs`,
  run: 'Run the sweep',
  cancel: 'Cancel',
  downloadSweep: 'Sweep as JSON',
  sweepHint: 'The JSON holds the base scenario inline: npm run -s sim -- sweep file.json --out DIR runs the same sweep on the command line (or on a cluster) and writes the same CSV files.',
  problemsTitle: 'The sweep cannot run:',
  problems: {
    noValues: (name: string) => `${name}: choose at least one value.`,
    badNumber: (name: string, text: string) => `${name}: “${text}” is not a number.`,
    badRange: (name: string) => `${name}: give a first value, a last value and at least 2 steps.`,
    tooManySteps: (name: string) => `${name}: at most 1,000 values.`,
    noMetrics: 'Choose at least one per-tick metric.',
    replications: 'Replications: a whole number from 1.',
    seedBase: 'First seed: a whole number from 0.',
    ticks: 'Horizon: a whole number of months from 1 to 100,000, or empty.',
    duplicate: (name: string) => `${name} is already a factor.`,
  },
  states: {
    idle: '',
    planning: 'Checking the sweep…',
    finishing: 'Summarising the runs…',
  },
  progress: (done: number, total: number, rate: string, eta: string) => `${done} / ${total} runs · ${rate} runs/s · about ${eta} left`,
  done: (runs: number, seconds: string, rate: string) => `Done: ${runs} runs in ${seconds} s (${rate} runs/s).`,
  cancelled: (done: number, total: number) => `Cancelled after ${done} of ${total} runs. The partial results were discarded: nothing below comes from this sweep.`,
  failed: (message: string) => `The sweep stopped: ${message}`,
  progressLabel: 'Progress of the sweep',

  resultsHeading: 'Results',
  noResults: 'Run a sweep to see its results here.',
  resultsSummary: (title: string, settings: number, replications: number, paired: boolean, first: number, last: number) =>
    `${title ? `${title}: ` : ''}${settings} setting${settings === 1 ? '' : 's'} × ${replications} replication${replications === 1 ? '' : 's'}, ${paired ? 'paired' : 'independent'} seeds ${first}–${last}.`,
  settingsTable: 'Settings and their outcomes (settings.csv: means with 95% intervals)',
  settingColumn: 'Setting',
  medianLifetime: 'Median lifetime (months)',
  beyondHorizon: 'over half survive',
  shown: 'Settings shown in the charts',
  shownHint: (max: number) => `At most ${max} at a time; the files hold every setting.`,
  metric: 'Metric',
  outcome: 'Outcome',
  files: 'Result files (the command line’s files, byte for byte)',
  downloadFile: (name: string) => name,
  sensitivityHeading: 'Sensitivity ranking (elementary effects)',
  sensitivityHint:
    'For each outcome, factors ranked by μ*, the mean absolute change of the outcome’s mean when the factor moves one step (levels scaled to 0–1). μ keeps the sign; a σ large against μ* means the factor interacts with others or acts non-linearly. The numbers of sensitivity.csv.',
  sensitivityNone: 'No factor varies: there is nothing to rank.',
  sensitivityColumns: { outcome: 'Outcome', rank: 'Rank', factor: 'Factor', muStar: 'μ*', mu: 'μ', sigma: 'σ', n: 'Effects' },
  noDifferences: 'Paired differences need paired seeds and at least two settings.',
  moreRows: (shown: number, total: number) => ` Showing the first ${shown} of ${total} settings; differences.csv has them all.`,
  bands: {
    title: (metric: string) => `${metric}: mean per setting with 95% confidence intervals`,
    caption: (replications: number) =>
      `Each line is the mean over the ${replications} replications of one setting, month by month; the shaded band around it is the 95% confidence interval of that mean (Student t). The numbers of ticks.csv.`,
    xAxis: 'Time (months)',
    band: '95% confidence interval',
  },
  survival: {
    title: 'Survival of the partnership per setting (Kaplan–Meier)',
    caption:
      'Each step line is the share of runs of one setting whose partnership has not yet dissolved, month by month (Kaplan–Meier estimate: a run still alive at the horizon is censored there). Where a line crosses the dotted line at one half is that setting’s median lifetime. The numbers of survival.csv.',
    xAxis: 'Time (months)',
    yAxis: 'Share of runs not yet dissolved',
    median: 'One half (median lifetime)',
  },
  forest: {
    title: (outcome: string) => `${outcome}: paired differences from the first setting`,
    caption: (reference: string) =>
      `Each row compares one setting with ${reference}, replication by replication on the same seeds: the square is the mean difference, the whiskers its 95% confidence interval. Filled: the interval excludes 0 (a clear difference at the 5% level for this one comparison); hollow: it includes 0. The numbers of differences.csv.`,
    xAxis: (reference: string, outcome: string) => `Difference from ${reference}: ${outcome}`,
    clear: 'Interval excludes 0',
    unclear: 'Interval includes 0',
  },
  metricLabels: {
    alive: 'Action alive (share of runs)',
    members: 'Members (organisations)',
    members_E: 'State members (organisations)',
    members_P: 'Private members (organisations)',
    members_T: 'Third-sector members (organisations)',
    fields_engaged: 'Fields engaged (count)',
    orders: 'Orders present (code: E 1, P 2, T 4, summed)',
    grid_row: 'Row of the grid (code 0–3)',
    collective_effectiveness: 'Collective effectiveness (share of needs met, action − no action)',
    organisational_efficiency: 'Organisational efficiency (1 = stand-alone)',
    efficiency_members: 'Members’ efficiency (1 = stand-alone)',
    efficiency_nonmembers: 'Non-members’ efficiency (1 = stand-alone)',
    population_outcome: 'Population outcome (share of needs met)',
    population_outcome_counterfactual: 'Population outcome without the action (share of needs met)',
    trust_mean: 'Mean trust of members (0–1)',
    knowledge_stock: 'Knowledge stock (0–2)',
    engagement_mean: 'Mean engagement rung of members (0–3)',
    coordination_cost_share: 'Coordination cost (share of pooled output)',
    joins: 'Joins (organisations a month)',
    leaves: 'Leaves (organisations a month)',
  } as Record<string, string>,
  outcomeLabels: {
    lifetime: 'Lifetime (months to the first dissolution)',
    survived: 'Alive at the horizon (share of runs)',
    cumulative_effectiveness: 'Cumulative effectiveness (share of needs met × months)',
    mean_efficiency: 'Mean efficiency of all organisations (1 = stand-alone)',
    mean_efficiency_members: 'Mean efficiency of members (1 = stand-alone)',
    final_population_outcome: 'Final population outcome (share of needs met)',
    mean_members: 'Mean members (organisations)',
  } as Record<string, string>,
  downloadChart: (title: string, format: string) => `Download “${title}” as ${format}`,
};

const en = {
  pageTitle: 'Interstice',
  documentTitle: 'Interstice – a partnership simulator',
  tagline: 'A simulator of partnerships between the State, the private sector and the third sector.',
  explain:
    'Pick a scenario, press Play and watch a joint action form, grow or fall apart, month by month. The headline chart shows the tension at its heart: what the action does for the population (collective effectiveness) against what it costs its members (organisational efficiency).',
  language: 'Language',
  skipToCharts: 'Skip to the charts',
  views: 'Views',
  viewSimulator: 'Simulator',
  viewAnalysis: 'Analyse',

  scenarioHeading: 'Scenario',
  scenarioPicker: 'Bundled scenario',
  yourFile: (name: string) => `Your file: ${name}`,
  description: 'The situation',
  lesson: 'Lesson',
  loadFile: 'Load your own scenario file (.json)',
  dropHint: 'You can also drop a scenario file anywhere on the page.',
  dropHere: 'Drop the scenario file to load it',
  fileTooBig: (limit: string) => `This file is too large (more than ${limit}).`,
  fileUnreadable: 'This file could not be read.',
  issuesTitle: 'The scenario has problems and cannot run (the previous run is kept):',
  issuesTitleB: 'Run B',

  runHeading: 'Run',
  seed: 'Seed',
  seedHint: 'Same seed, same run. Change it to see another possible history.',
  play: 'Play',
  pause: 'Pause',
  step: 'Step',
  reset: 'Reset',
  speed: 'Speed',
  speeds: { slow: 'Slow (6 months a second)', normal: 'Normal (1 month a frame)', fast: 'Fast (4 months a frame)', max: 'Maximum' } satisfies Record<Speed, string>,
  keyboardHint: 'Keyboard: Space plays or pauses, → steps one month, + and − change the speed.',
  month: (tick: number, horizon: number) => `Month ${tick} / ${horizon}`,
  monthB: (tick: number) => `run B: month ${tick}`,
  loading: 'Starting the engine…',
  summary: (lifetime: number, survived: boolean, meanMembers: string) =>
    `Run finished. Lifetime: ${lifetime} months · survived: ${survived ? 'yes' : 'no'} · mean members: ${meanMembers}.`,
  summaryB: (lifetime: number, survived: boolean, meanMembers: string) =>
    `Run B finished. Lifetime: ${lifetime} months · survived: ${survived ? 'yes' : 'no'} · mean members: ${meanMembers}.`,
  engineError: (message: string) => `The engine stopped: ${message}. Reload the page to start again.`,

  liveHeading: 'Live events',
  liveHint: 'A button makes the event happen at the next month (in both runs in compare mode). Live events are kept when you reset or change a setting, and are part of the shared link.',
  liveButtons: {
    budget_cut: 'Budget cut',
    leader_leaves: 'Leader leaves',
    political_turnover: 'Political turnover',
    crisis: 'Crisis',
    funding_ends: 'Funding ends',
  } satisfies Record<(typeof LIVE_EVENT_TYPES)[number], string>,
  cutOrder: 'Order hit by the cut',
  orderNames: { E: 'State (E)', P: 'Private (P)', T: 'Third sector (T)' } satisfies Record<Order, string>,
  liveList: 'Live events of this run',
  liveNone: 'None yet.',
  liveItem: (tick: number, name: string) => `Month ${tick}: ${name}`,
  noEffect: '(no effect: nothing to act on)',
  clearLive: 'Clear live events',

  settingsHeading: 'Settings',
  settingsHint: 'Changing a setting restarts the run with the same seed.',
  compareToggle: 'Compare two settings (same seed, side by side)',
  compareHint: 'Run B copies run A except where you change it: change one setting in column B to see the one difference that matters.',
  setting: 'Setting',
  runA: 'Run A',
  runB: 'Run B',
  runBLabel: (label: string) => `Run B: ${label}`,
  never: 'never',
  settingLabels: {
    ticks: 'Horizon',
    'action.arrangement': 'Arrangement',
    'action.governance': 'Governance',
    'action.nao_capacity': 'NAO capacity',
    'action.leadership': 'Leadership',
    'action.steward': 'Steward (accountable body)',
    'action.evaluation': 'Evaluation',
    'action.participation': 'Participation',
    'action.target_specificity': 'Target specificity',
    'action.instruments': 'Instruments',
    'action.funding.grant': 'Seed grant',
    'action.funding.ends_at': 'Grant ends at',
    'action.initial_members': 'Founding members',
    'behaviour.mentality': 'Mentality',
    'organisations.count.E': 'State organisations (E)',
    'organisations.count.P': 'Private organisations (P)',
    'organisations.count.T': 'Third-sector organisations (T)',
  } as Record<string, string>,
  enumLabels: {
    informal: 'Informal network',
    agreement: 'Agreement',
    committee: 'Steering committee',
    joint_body: 'Joint body with a board',
    shared: 'Shared',
    lead: 'Lead organisation',
    nao: 'Network administrative organisation (NAO)',
    none: 'None',
    facilitative: 'Facilitative',
    linear: 'Linear',
    developmental: 'Developmental',
    voluntary: 'Voluntary',
    mandated: 'Mandated',
    mixed: 'Mixed (each order’s own horizon)',
    manager: 'Manager (short term)',
    investor: 'Investor (long term)',
    pooled_fund: 'Pooled fund',
    shared_data: 'Shared data',
    joint_planning: 'Joint planning',
    co_location: 'Co-location',
  } as Record<string, string>,
  units: {
    months: 'months',
    'share of contributions covered': 'share of contributions covered',
  } as Record<string, string>,
  yes: 'yes',
  no: 'no',

  chartsHeading: 'Charts',
  downloadSvg: 'SVG',
  downloadPng: 'PNG',
  downloadChart: (title: string, format: string) => `Download “${title}” as ${format}`,
  eventsList: 'Events on the time axis',
  eventSources: { scheduled: 'scheduled', random: 'random', live: 'live' } as Record<string, string>,
  moreEvents: (count: number) => `… and ${count} more months with events (the CSV download has them all).`,
  dataTable: 'Data table of the headline chart',
  dataTableEvery: (step: number) => `One row every ${step} months; the CSV download has every month.`,
  monthColumn: 'Month',
  compareSummary: 'Summary of the two runs',
  summaryColumns: { measure: 'Measure', lifetime: 'Lifetime (months)', survived: 'Alive at the end', meanMembers: 'Mean members', cumulative: 'Cumulative effectiveness', meanEfficiency: 'Mean efficiency (all organisations)', meanEfficiencyMembers: 'Mean efficiency of members' },

  shareHeading: 'Share and export',
  shareLink: 'Link to this run',
  shareHint: 'The link holds the scenario, your settings, the seed, the live events and the language: opening it replays the identical run.',
  copyLink: 'Copy link',
  linkCopied: 'Link copied.',
  copyFailed: 'Copy the link from the field.',
  downloadCsv: 'Run as CSV',
  downloadCsvB: 'Run B as CSV',
  downloadScenario: 'Scenario as JSON',
  downloadScenarioB: 'Scenario B as JSON',
  scenarioExportHint: 'The JSON includes your settings and your live events (as scheduled events), so the command line reproduces the run: npm run sim -- run file.json --seed N.',
  badLink: (reason: string) => `This link could not be used and nothing from it was run: ${reason} The default scenario is shown instead.`,
  badLinkReasons: {
    version: 'it comes from another version of the page.',
    checksum: 'it was changed or cut short (its check code does not match).',
    format: 'a part of it is malformed.',
    scenario: 'it names a scenario this page does not have.',
    file: 'the scenario it carries cannot be read.',
    invalid: 'the scenario it carries is not valid.',
  } as Record<string, string>,

  chart: {
    title: 'Collective effectiveness and organisational efficiency',
    caption:
      'Blue, solid (left axis): population outcome with the joint action minus without it; above 0 the action helps. ' +
      'Vermillion, dashed (right axis): organisations’ efficiency relative to working alone; 1 means no gain or loss. ' +
      'Numbered vertical lines mark events (solid: live events you triggered); the list below names them.',
    xAxis: 'Time (months)',
    yLeft: 'Collective effectiveness (outcome index, action − no action)',
    yRight: 'Organisational efficiency (1 = stand-alone)',
    effectiveness: 'Collective effectiveness',
    efficiency: 'Organisational efficiency',
    events: 'Event',
    liveEvents: 'Live event',
  } satisfies Labels<TimeSeriesLabels>,
  phase: {
    title: 'Phase trajectory: efficiency against effectiveness',
    caption:
      'Each point is a month: across, organisational efficiency (1 = stand-alone); up, collective effectiveness (0 = no difference). ' +
      'Colour runs from dark blue (early) to yellow (late); the circle is the start, the square the latest month. Up and to the left: the population gains while organisations pay.',
    xAxis: 'Organisational efficiency (1 = stand-alone)',
    yAxis: 'Collective effectiveness (outcome index)',
    time: 'Month',
    start: 'Start',
    now: 'Latest month',
  } satisfies Labels<PhaseLabels>,
  membership: {
    title: 'Members by order, joins and leaves',
    caption:
      'Top: members of the joint action each month, stacked by order (E State, P private, T third sector; letters at the right edge). ' +
      'Bottom: organisations that joined (bars up) and left (bars down) that month.',
    xAxis: 'Time (months)',
    yMembers: 'Members (organisations)',
    yFlows: 'Joins ↑ / leaves ↓',
    orders: ['E – State', 'P – Private', 'T – Third sector'],
    joins: 'Joins',
    leaves: 'Leaves',
  } satisfies Labels<MembershipLabels>,
  grid: {
    title: 'The intersectoral grid: where the partnership has been',
    caption:
      'Rows: how many fields the members work in; columns: which orders are among the members (E State, P private, T third sector). ' +
      'The percentage and the shading give the share of months spent in each cell; the thick outline is the current cell.',
    rows: ['One field', 'Several fields', 'Trans-field'],
    rowAxis: 'Fields engaged',
    columnAxis: 'Orders among members',
    share: 'Share of months',
    current: 'Now',
    empty: (percent: string) => `Months with no members: ${percent}`,
  } satisfies Labels<GridLabels>,
  network: {
    title: 'Network of organisations',
    caption:
      'Each mark is an organisation: circle E (State), square P (private), triangle T (third sector), one sector of the ring each. ' +
      'Members are filled and sit on the inner ring (bigger = deeper engagement); non-members are hollow on the outer ring. ' +
      'Lines are relational ties (dark between two members). The ringed member is the leader; a diamond at the centre is the steward.',
    orders: ['E – State', 'P – Private', 'T – Third sector'],
    member: 'Member (filled)',
    nonMember: 'Non-member (hollow)',
    absorbed: 'Absorbed',
    leader: 'Leader (ring)',
    steward: 'Steward',
    tie: 'Tie',
    counts: (members: number, organisations: number) => `${members} members of ${organisations} organisations`,
    sampled: (shown: number, total: number, step: number, tiesShown: number, tiesTotal: number) =>
      `Showing 1 organisation in ${step} (${shown} of ${total}, leader included)${tiesShown < tiesTotal ? ` and ${tiesShown} of ${tiesTotal} ties among them` : ''}, so the page stays responsive.`,
  } satisfies Labels<NetworkLabels>,
  outcome: {
    title: 'Population outcome with and without the joint action',
    caption:
      'Solid line: the population outcome (share of needs met) in this run; dashed line: the same territory, same random shocks, without the joint action. ' +
      'The shaded gap between them is the collective effectiveness of the headline chart.',
    xAxis: 'Time (months)',
    yAxis: 'Population outcome (share of needs met)',
    withAction: 'With the action',
    withoutAction: 'Without the action (counterfactual)',
    gap: 'Difference made by the action',
  } satisfies Labels<CounterfactualLabels>,
  compare: {
    title: 'Compare: the same seed under two settings',
    caption:
      'Both runs use the same seed, so they share every random shock; only the settings listed for run B differ. ' +
      'Top: collective effectiveness (0 = no difference for the population); bottom: organisational efficiency (1 = stand-alone). Solid: run A; dashed: run B.',
    xAxis: 'Time (months)',
    effectiveness: 'Collective effectiveness',
    efficiency: 'Organisational efficiency',
    runA: 'Run A',
    runB: 'Run B',
  } satisfies Labels<CompareLabels>,
  sameAsA: 'same settings as A',
  analysis: enAnalysis,
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

const frAnalysis: typeof enAnalysis = {
  heading: 'Analyser : comparer des paramétrages sur de nombreuses simulations',
  intro:
    'Une simulation raconte une histoire; une comparaison en demande beaucoup. Définissez un balayage (les paramètres à faire varier et le nombre de simulations de chacun, avec leurs graines), lancez-le ici sur tous les cœurs de cet ordinateur, puis comparez les paramétrages avec des intervalles de confiance, des courbes de survie, des différences appariées et un classement de sensibilité. Le même balayage tourne en ligne de commande et donne les mêmes fichiers.',
  designHeading: 'Balayage',
  title: 'Titre',
  titlePlaceholder: 'Ce que le balayage compare',
  base: 'Scénario de base',
  baseCurrent: (name) => `La simulation en cours dans le simulateur : ${name}, avec ses paramètres`,
  factorsHeading: 'Facteurs : les paramètres à faire varier',
  factorsHint: 'Le balayage parcourt toutes les combinaisons de valeurs, le premier facteur variant le plus lentement. Sans facteur, il simule le scénario de base seul.',
  factorPicker: 'Paramètre à faire varier',
  addFactor: 'Ajouter le facteur',
  otherFields: 'Autres champs du scénario',
  noFactors: 'Aucun facteur pour l’instant.',
  removeFactor: (name) => `Retirer le facteur ${name}`,
  valuesOf: (name) => `Valeurs de ${name}`,
  mode: (name) => `Comment donner les valeurs de ${name}`,
  modes: { list: 'Liste de valeurs', range: 'Intervalle régulier' },
  listPlaceholder: 'p. ex. 0,02 0,05 0,1',
  listHint: 'Nombres séparés par des espaces ou des points-virgules (une virgule entre deux chiffres est une virgule décimale).',
  from: 'De',
  to: 'À',
  steps: 'Nombre de valeurs',
  integer: 'Nombres entiers',
  levels: (count, values) => `${count} valeur${count > 1 ? 's' : ''} : ${values}`,
  runsHeading: 'Simulations et graines',
  replications: 'Réplications (simulations par paramétrage)',
  seedPolicy: 'Graines',
  seedPolicies: { paired: 'Appariées : la réplication r a la même graine dans chaque paramétrage', independent: 'Indépendantes : une graine par simulation' },
  seedBase: 'Première graine',
  ticks: 'Horizon (mois)',
  ticksPlaceholder: 'celui du scénario',
  metrics: 'Indicateurs mensuels à résumer (ticks.csv)',
  workers: 'Processus en parallèle',
  workersHint: (cores) => `Cet ordinateur indique ${cores} cœur${cores > 1 ? 's' : ''}. Les résultats ne dépendent pas du nombre de processus.`,
  size: (settings, replications, runs) => `${settings} paramétrage${settings > 1 ? 's' : ''} × ${replications} réplication${replications > 1 ? 's' : ''} = ${runs} simulations`,
  run: 'Lancer le balayage',
  cancel: 'Annuler',
  downloadSweep: 'Balayage en JSON',
  sweepHint: 'Le JSON contient le scénario de base : npm run -s sim -- sweep fichier.json --out DOSSIER lance le même balayage en ligne de commande (ou sur une grappe de calcul) et écrit les mêmes fichiers CSV.',
  problemsTitle: 'Le balayage ne peut pas être lancé :',
  problems: {
    noValues: (name) => `${name} : choisissez au moins une valeur.`,
    badNumber: (name, text) => `${name} : « ${text} » n’est pas un nombre.`,
    badRange: (name) => `${name} : indiquez une première valeur, une dernière et au moins 2 valeurs.`,
    tooManySteps: (name) => `${name} : 1 000 valeurs au plus.`,
    noMetrics: 'Choisissez au moins un indicateur mensuel.',
    replications: 'Réplications : un nombre entier à partir de 1.',
    seedBase: 'Première graine : un nombre entier à partir de 0.',
    ticks: 'Horizon : un nombre entier de mois de 1 à 100 000, ou rien.',
    duplicate: (name) => `${name} est déjà un facteur.`,
  },
  states: {
    idle: '',
    planning: 'Vérification du balayage…',
    finishing: 'Synthèse des simulations…',
  },
  progress: (done, total, rate, eta) => `${done} / ${total} simulations · ${rate} simulations/s · encore environ ${eta}`,
  done: (runs, seconds, rate) => `Terminé : ${runs} simulations en ${seconds} s (${rate} simulations/s).`,
  cancelled: (done, total) => `Annulé après ${done} simulations sur ${total}. Les résultats partiels ont été écartés : rien ci-dessous ne vient de ce balayage.`,
  failed: (message) => `Le balayage s’est arrêté : ${message}`,
  progressLabel: 'Avancement du balayage',

  resultsHeading: 'Résultats',
  noResults: 'Lancez un balayage pour voir ses résultats ici.',
  resultsSummary: (title, settings, replications, paired, first, last) =>
    `${title ? `${title} : ` : ''}${settings} paramétrage${settings > 1 ? 's' : ''} × ${replications} réplication${replications > 1 ? 's' : ''}, graines ${paired ? 'appariées' : 'indépendantes'} ${first} à ${last}.`,
  settingsTable: 'Paramétrages et résultats (settings.csv : moyennes et intervalles à 95 %)',
  settingColumn: 'Paramétrage',
  medianLifetime: 'Durée de vie médiane (mois)',
  beyondHorizon: 'plus de la moitié survit',
  shown: 'Paramétrages affichés dans les graphiques',
  shownHint: (max) => `${max} au plus à la fois; les fichiers contiennent tous les paramétrages.`,
  metric: 'Indicateur',
  outcome: 'Résultat',
  files: 'Fichiers de résultats (ceux de la ligne de commande, octet pour octet)',
  downloadFile: (name) => name,
  sensitivityHeading: 'Classement de sensibilité (effets élémentaires)',
  sensitivityHint:
    'Pour chaque résultat, les facteurs classés par μ*, la variation absolue moyenne de la moyenne du résultat quand le facteur avance d’un cran (niveaux ramenés entre 0 et 1). μ garde le signe; un σ grand devant μ* signale des interactions avec d’autres facteurs ou un effet non linéaire. Les nombres de sensitivity.csv.',
  sensitivityNone: 'Aucun facteur ne varie : il n’y a rien à classer.',
  sensitivityColumns: { outcome: 'Résultat', rank: 'Rang', factor: 'Facteur', muStar: 'μ*', mu: 'μ', sigma: 'σ', n: 'Effets' },
  noDifferences: 'Les différences appariées demandent des graines appariées et au moins deux paramétrages.',
  moreRows: (shown, total) => ` Affichage des ${shown} premiers paramétrages sur ${total}; differences.csv les contient tous.`,
  bands: {
    title: (metric) => `${metric} : moyenne par paramétrage et intervalles de confiance à 95 %`,
    caption: (replications) =>
      `Chaque ligne est la moyenne des ${replications} réplications d’un paramétrage, mois par mois; la bande ombrée autour est l’intervalle de confiance à 95 % de cette moyenne (t de Student). Les nombres de ticks.csv.`,
    xAxis: 'Temps (mois)',
    band: 'Intervalle de confiance à 95 %',
  },
  survival: {
    title: 'Survie du partenariat par paramétrage (Kaplan–Meier)',
    caption:
      'Chaque ligne en escalier est la part des simulations d’un paramétrage dont le partenariat ne s’est pas encore dissous, mois par mois (estimateur de Kaplan–Meier : une simulation encore en vie à l’horizon y est censurée). Là où une ligne croise le pointillé à la moitié se lit la durée de vie médiane du paramétrage. Les nombres de survival.csv.',
    xAxis: 'Temps (mois)',
    yAxis: 'Part des simulations pas encore dissoutes',
    median: 'Moitié (durée de vie médiane)',
  },
  forest: {
    title: (outcome) => `${outcome} : différences appariées avec le premier paramétrage`,
    caption: (reference) =>
      `Chaque ligne compare un paramétrage à ${reference}, réplication par réplication sur les mêmes graines : le carré est la différence moyenne, les moustaches son intervalle de confiance à 95 %. Plein : l’intervalle exclut 0 (une différence nette au seuil de 5 % pour cette seule comparaison); vide : il contient 0. Les nombres de differences.csv.`,
    xAxis: (reference, outcome) => `Différence avec ${reference} : ${outcome}`,
    clear: 'Intervalle excluant 0',
    unclear: 'Intervalle contenant 0',
  },
  metricLabels: {
    alive: 'Action en vie (part des simulations)',
    members: 'Membres (organisations)',
    members_E: 'Membres de l’État (organisations)',
    members_P: 'Membres privés (organisations)',
    members_T: 'Membres du tiers secteur (organisations)',
    fields_engaged: 'Champs engagés (nombre)',
    orders: 'Ordres présents (code : E 1, P 2, T 4, additionnés)',
    grid_row: 'Ligne de la grille (code 0 à 3)',
    collective_effectiveness: 'Efficacité collective (part des besoins comblés, action − sans action)',
    organisational_efficiency: 'Efficience organisationnelle (1 = en solo)',
    efficiency_members: 'Efficience des membres (1 = en solo)',
    efficiency_nonmembers: 'Efficience des non-membres (1 = en solo)',
    population_outcome: 'Situation de la population (part des besoins comblés)',
    population_outcome_counterfactual: 'Situation de la population sans l’action (part des besoins comblés)',
    trust_mean: 'Confiance moyenne des membres (0 à 1)',
    knowledge_stock: 'Stock de connaissances (0 à 2)',
    engagement_mean: 'Échelon d’engagement moyen des membres (0 à 3)',
    coordination_cost_share: 'Coût de coordination (part de la production mise en commun)',
    joins: 'Adhésions (organisations par mois)',
    leaves: 'Départs (organisations par mois)',
  },
  outcomeLabels: {
    lifetime: 'Durée de vie (mois jusqu’à la première dissolution)',
    survived: 'En vie à l’horizon (part des simulations)',
    cumulative_effectiveness: 'Efficacité cumulée (part des besoins comblés × mois)',
    mean_efficiency: 'Efficience moyenne de toutes les organisations (1 = en solo)',
    mean_efficiency_members: 'Efficience moyenne des membres (1 = en solo)',
    final_population_outcome: 'Situation finale de la population (part des besoins comblés)',
    mean_members: 'Membres en moyenne (organisations)',
  },
  downloadChart: (title, format) => `Télécharger « ${title} » en ${format}`,
};

const fr: Dictionary = {
  pageTitle: 'Interstice',
  documentTitle: 'Interstice – un simulateur de partenariats',
  tagline: 'Un simulateur de partenariats entre l’État, le secteur privé et le tiers secteur.',
  explain:
    'Choisissez un scénario, lancez la simulation et regardez une action commune se former, grandir ou se défaire, mois après mois. Le graphique principal montre la tension qui l’habite : ce que l’action apporte à la population (efficacité collective) et ce qu’elle coûte à ses membres (efficience organisationnelle).',
  language: 'Langue',
  skipToCharts: 'Aller aux graphiques',
  views: 'Vues',
  viewSimulator: 'Simulateur',
  viewAnalysis: 'Analyser',

  scenarioHeading: 'Scénario',
  scenarioPicker: 'Scénario fourni',
  yourFile: (name) => `Votre fichier : ${name}`,
  description: 'La situation',
  lesson: 'Leçon',
  loadFile: 'Charger votre propre fichier de scénario (.json)',
  dropHint: 'Vous pouvez aussi déposer un fichier de scénario n’importe où sur la page.',
  dropHere: 'Déposez le fichier de scénario pour le charger',
  fileTooBig: (limit) => `Ce fichier est trop volumineux (plus de ${limit}).`,
  fileUnreadable: 'Ce fichier n’a pas pu être lu.',
  issuesTitle: 'Le scénario comporte des erreurs et ne peut pas être lancé (la simulation précédente est conservée) :',
  issuesTitleB: 'Simulation B',

  runHeading: 'Simulation',
  seed: 'Graine',
  seedHint: 'Même graine, même simulation. Changez-la pour voir une autre histoire possible.',
  play: 'Lancer',
  pause: 'Pause',
  step: 'Un mois',
  reset: 'Recommencer',
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
  engineError: (message) => `Le moteur s’est arrêté : ${message}. Rechargez la page pour recommencer.`,

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
  clearLive: 'Effacer les événements en direct',

  settingsHeading: 'Paramètres',
  settingsHint: 'Changer un paramètre relance la simulation avec la même graine.',
  compareToggle: 'Comparer deux paramétrages (même graine, côte à côte)',
  compareHint: 'La simulation B reprend A sauf là où vous la changez : changez un paramètre dans la colonne B pour voir la différence qui compte.',
  setting: 'Paramètre',
  runA: 'Simulation A',
  runB: 'Simulation B',
  runBLabel: (label) => `Simulation B : ${label}`,
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
  units: {
    months: 'mois',
    'share of contributions covered': 'part des contributions couverte',
  },
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
      'En bleu, trait plein (axe de gauche) : situation de la population avec l’action commune moins sans elle; au-dessus de 0, l’action aide. ' +
      'En vermillon, tirets (axe de droite) : efficience des organisations par rapport au travail en solo; 1 signifie ni gain ni perte. ' +
      'Les lignes verticales numérotées marquent les événements (trait plein : événements déclenchés en direct); la liste en dessous les nomme.',
    xAxis: 'Temps (mois)',
    yLeft: 'Efficacité collective (indice, action − sans action)',
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
    yAxis: 'Efficacité collective (indice)',
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
    effectiveness: 'Efficacité collective',
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
};

export const DICTIONARIES: Record<Language, Dictionary> = { en, fr };

/** French when the browser prefers it, English otherwise. */
export function defaultLanguage(preferred: string | undefined): Language {
  return preferred?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

const decimalMark = (lang: Language) => (lang === 'fr' ? ',' : '.');

const formats = new Map<string, Intl.NumberFormat>();
/** Number formats are costly to create and a frame may format hundreds of numbers: one per style, kept. */
function numberFormat(lang: Language, digits: number, percent: boolean): Intl.NumberFormat {
  const key = `${lang}:${digits}:${percent}`;
  let format = formats.get(key);
  if (!format) {
    const locale = lang === 'fr' ? 'fr-CA' : 'en-CA';
    format = percent
      ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits })
      : new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits });
    formats.set(key, format);
  }
  return format;
}

/** Numbers as the language writes them (decimal comma in French). */
export function formatNumber(lang: Language, value: number, digits: number): string {
  return numberFormat(lang, digits, false).format(value);
}

export function formatPercent(lang: Language, share: number): string {
  return numberFormat(lang, 0, true).format(share);
}

/** An event's display name: its type, with the order hit by a budget cut. */
export function eventName(dict: Dictionary, event: Pick<ChartEvent, 'type' | 'order'>): string {
  const name = (dict.events as Partial<Record<string, string>>)[event.type] ?? event.type.replaceAll('_', ' ');
  return event.order ? `${name} (${event.order})` : name;
}

/** Labels of every chart in one language. */
export function chartLabels(dict: Dictionary, lang: Language) {
  const decimal = decimalMark(lang);
  return {
    headline: { ...dict.chart, decimal, eventName: (event: ChartEvent) => eventName(dict, event) } satisfies TimeSeriesLabels,
    phase: { ...dict.phase, decimal } satisfies PhaseLabels,
    membership: dict.membership satisfies MembershipLabels,
    grid: { ...dict.grid, percent: (share: number) => formatPercent(lang, share) } satisfies GridLabels,
    network: dict.network satisfies NetworkLabels,
    outcome: { ...dict.outcome, decimal } satisfies CounterfactualLabels,
    compare: { ...dict.compare, decimal } satisfies CompareLabels,
  };
}
export type ChartLabels = ReturnType<typeof chartLabels>;
