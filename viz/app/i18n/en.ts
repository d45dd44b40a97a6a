/** English texts of the page (the keys every language must provide). */
import { DEFAULT_LABELS } from '../../charts/timeSeries';
import { DEFAULT_PHASE_LABELS } from '../../charts/phase';
import { DEFAULT_MEMBERSHIP_LABELS } from '../../charts/membership';
import { DEFAULT_GRID_LABELS } from '../../charts/grid';
import { DEFAULT_NETWORK_LABELS } from '../../charts/network';
import { DEFAULT_COUNTERFACTUAL_LABELS } from '../../charts/counterfactual';
import { DEFAULT_COMPARE_LABELS } from '../../charts/compare';
import { formatIssue, type EventType, type Order, type ScenarioIssue } from '../../sim';
import type { Labels, LIVE_EVENT_TYPES, Speed } from '../i18n';
import type { StoryKind } from '../series';
import { enAnalysis } from './enAnalysis';
import { unitsIn } from '../../../sim/scenario/units';

export { enAnalysis };

/** A chart's labels without the formatters that depend on the language (chartLabels adds them). */
function texts<T extends object>(labels: T): Labels<T> {
  const { decimal: _decimal, eventName: _eventName, percent: _percent, ...rest } = labels as T & { decimal?: unknown; eventName?: unknown; percent?: unknown };
  return rest as Labels<T>;
}

export const en = {
  pageTitle: 'Interstice',
  documentTitle: 'Interstice – a partnership simulator',
  tagline: 'A simulator of partnerships between the State, the private sector and the third sector.',
  explain:
    'Pick a scenario, press Play and watch a joint action form, grow or fall apart, month by month. The headline chart shows the tension at its heart: what the action does for the population (collective effectiveness) against what it costs its members (organisational efficiency).',
  language: 'Language',
  presentation: 'Presentation layout',
  largerText: 'Larger text',
  chooserLabel: 'Chart beside the headline',
  chooser: {
    membership: 'Members',
    outcome: 'Population',
    phase: 'Phase',
    grid: 'Grid',
    network: 'Network',
    compare: 'Compare A/B',
    membershipB: 'Members B',
    gridB: 'Grid B',
    networkB: 'Network B',
  } as Record<string, string>,
  skipToCharts: 'Skip to the charts',
  views: 'Views',
  viewSimulator: 'Simulator',
  viewAnalysis: 'Analyse',

  scenarioHeading: 'Scenario',
  scenarioPicker: 'Bundled scenario',
  yourFile: (name: string) => `Your file: ${name}`,
  description: 'The situation',
  lesson: 'Lesson',
  notice: 'What to notice',
  tryNext: 'Things to try',
  comparePair: (what: string) => `Compare with its pair (B: ${what})`,
  modelLink: 'How the model works (model description)',
  noneList: 'none',
  loadFile: 'Load your own scenario file (.json)',
  dropHint: 'You can also drop a scenario file anywhere on the page, or a classroom journal (.jsonl) to see a class’s run.',
  editorSummary: 'Edit the scenario as JSON',
  editorHint:
    'The current run’s scenario, as a file would hold it. Ctrl+Space lists the fields and values the schema allows; hover a field for its meaning; problems are underlined with the command line’s messages.',
  editorLabel: 'Scenario file (JSON)',
  editorRun: 'Run this scenario',
  editorDownload: 'Download as JSON',
  editorReload: 'Start again from the current run',
  editorLoading: 'Loading the editor…',
  editorOk: 'No problems: the scenario can run.',
  editorProblems: (count: number) =>
    count === 1 ? '1 problem (underlined): the scenario cannot run yet.' : `${count} problems (underlined): the scenario cannot run yet.`,
  editorFileName: 'edited-scenario.json',
  dropHere: 'Drop the scenario file to load it',
  fileTooBig: (limit: string) => `This file is too large (more than ${limit}).`,
  fileUnreadable: 'This file could not be read.',
  journalUnreadable: (line: number) => `This classroom journal cannot be opened: line ${line} is not what a journal holds (or no month was played).`,
  classRun: (decisions: number, months: number) =>
    `This run replays a class: ${decisions} decisions made by students over ${months} months, from its journal (the same scenario, seed and live events). Settings you change here apply to the same decisions.`,
  issuesTitle: 'The scenario has problems and cannot run (the previous run is kept):',
  issuesTitleB: 'Run B',
  /** One problem of a scenario, on one line (the command line's wording). */
  formatIssue: formatIssue as (issue: ScenarioIssue) => string,

  runHeading: 'Run',
  seed: 'Seed',
  seedHint: 'Same seed, same run. Change it to see another possible history.',
  play: 'Play',
  pause: 'Pause',
  step: 'Step',
  reset: 'Reset',
  restart: 'Restart the simulator',
  speed: 'Speed',
  speeds: { slow: 'Slow (6 months a second)', normal: 'Normal (1 month a frame)', fast: 'Fast (4 months a frame)', max: 'Maximum' } satisfies Record<
    Speed,
    string
  >,
  keyboardHint: 'Keyboard: Space plays or pauses, → steps one month, + and − change the speed.',
  month: (tick: number, horizon: number) => `Month ${tick} / ${horizon}`,
  monthB: (tick: number) => `run B: month ${tick}`,
  loading: 'Starting the engine…',
  summary: (lifetime: number, survived: boolean, meanMembers: string) =>
    `Run finished. Lifetime: ${lifetime} months · survived: ${survived ? 'yes' : 'no'} · mean members: ${meanMembers}.`,
  summaryB: (lifetime: number, survived: boolean, meanMembers: string) =>
    `Run B finished. Lifetime: ${lifetime} months · survived: ${survived ? 'yes' : 'no'} · mean members: ${meanMembers}.`,
  engineError: (message: string) => `The engine stopped: ${message}. Press “Restart the simulator” to start again from this run’s link.`,

  liveHeading: 'Live events',
  liveHint:
    'A button makes the event happen at the next month (in both runs in compare mode). Live events are kept when you reset or change a setting, and are part of the shared link.',
  liveButtons: {
    budget_cut: 'Budget cut',
    leader_leaves: 'Leader leaves',
    political_turnover: 'Political turnover',
    crisis: 'Crisis',
    funding_ends: 'Funding ends',
  } satisfies Record<(typeof LIVE_EVENT_TYPES)[number], string>,
  cutOrder: 'Order hit by the cut',
  orderNames: { E: 'State (E)', P: 'Private (P)', T: 'Third sector (T)' } satisfies Record<Order, string>,
  /** The fields of the bundled scenarios; a scenario's other fields are shown as it writes them. */
  fieldNames: {
    health: 'health',
    education: 'education',
    housing: 'housing',
    employment: 'employment',
    food: 'food',
    transport: 'transport',
    environment: 'environment',
    safety: 'safety',
    culture: 'culture',
    income: 'income',
    childhood: 'early childhood',
    justice: 'justice',
  } as Record<string, string>,
  liveList: 'Live events of this run',
  liveNone: 'None yet.',
  liveItem: (tick: number, name: string) => `Month ${tick}: ${name}`,
  noEffect: '(no effect: nothing to act on)',
  cannotAct: {
    leader_leaves: 'No leader in this run now: nobody to leave.',
    funding_ends: 'No seed funding in this run (none, or it has ended).',
  } as Record<string, string>,
  clearLive: 'Clear live events',

  settingsHeading: 'Settings',
  settingsHint: 'Changing a setting restarts the run with the same seed.',
  advancedSettings: 'Advanced: the model’s constants',
  advancedSettingsHint:
    'Every constant of the model’s functional forms, by submodel (their meaning and defaults: docs/model.md, “Submodels”). Change one to see how much a result depends on it; the validation report (docs/validation.md) lists the constants under which each stylized fact breaks.',
  compareToggle: 'Compare two settings (same seed, side by side)',
  compareHint: 'Run B copies run A except where you change it: change one setting in column B to see the one difference that matters.',
  setting: 'Setting',
  runA: 'Run A',
  runB: 'Run B',
  runBLabel: (label: string) => `Run B: ${label}`,
  slider: 'slider',
  numberExpected: 'expected a number, received nothing',
  /** A setting's value refused, under the field: its label, then what was expected and found. */
  settingRefused: (label: string, problem: string) => `${label}: ${problem}. The run is unchanged until the value is corrected.`,
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
  settingHints: {
    ticks: 'How long the run lasts.',
    'action.arrangement': 'How formal the partnership is: informal network, agreement, steering committee, or joint body with a board.',
    'action.governance':
      'Who coordinates: all members together (shared), one lead organisation, or a network administrative organisation (NAO) with its own staff.',
    'action.nao_capacity': 'Members an NAO can coordinate each month before it becomes a bottleneck.',
    'action.leadership': 'Facilitative: the most collectively minded founder builds trust, defuses conflicts and reports results. None: no one leads.',
    'action.steward': 'A body accountable for the partnership keeps what it learns and reports its collective results.',
    'action.evaluation': 'Linear: each member judges on what it can attribute to itself, right away. Developmental: delayed and shared effects count.',
    'action.participation': 'Voluntary: members may leave. Mandated: they cannot, and nobody else joins.',
    'action.target_specificity': '1 = specific targets (quick, visible, narrow); 0 = broad targets (need more fields, pay off later).',
    'action.instruments': 'Tools the partnership uses, each with a cost and a benefit where it fits.',
    'action.funding.grant': 'Share of members’ contributions a seed grant pays.',
    'action.funding.ends_at': 'Month at which the grant ends (empty: never).',
    'action.initial_members': 'Founding members, drawn at random (at least one per order when possible).',
    'behaviour.mentality':
      'Manager: judges on this year’s net return. Investor: accepts early costs for later collective returns. Mixed: each order’s own horizon.',
    'organisations.count.E': 'State organisations in the territory.',
    'organisations.count.P': 'Private organisations in the territory.',
    'organisations.count.T': 'Third-sector organisations in the territory.',
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
  units: unitsIn('en'),
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
  differenceBA: 'B − A',
  summaryColumns: {
    measure: 'Measure',
    lifetime: 'Lifetime (months)',
    survived: 'Alive at the end',
    meanMembers: 'Mean members',
    cumulative: 'Cumulative effectiveness (point-months of needs met)',
    meanEfficiency: 'Mean efficiency (all organisations)',
    meanEfficiencyMembers: 'Mean efficiency of members',
  },

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
  scenarioExportHint:
    'The JSON includes your settings and your live events (as scheduled events), so the command line reproduces the run: npm run sim -- run file.json --seed N.',
  badLink: (reason: string) => `This link could not be used and nothing from it was run: ${reason} The default scenario is shown instead.`,
  badLinkReasons: {
    version: 'it comes from another version of the page.',
    checksum: 'it was changed or cut short (its check code does not match).',
    format: 'a part of it is malformed.',
    scenario: 'it names a scenario this page does not have.',
    file: 'the scenario it carries cannot be read.',
    invalid: 'the scenario it carries is not valid.',
  } as Record<string, string>,

  // Charts' own English labels are the defaults in their files; only what the page words differently is here.
  chart: {
    ...texts(DEFAULT_LABELS),
    caption:
      'Blue, solid (left axis): population outcome with the joint action minus without it, in points of needs met (1 point = 1 % of the needs); above 0 the action helps. ' +
      'Vermillion, dashed (right axis): organisations’ efficiency relative to working alone; 1 means no gain or loss. ' +
      'Numbered vertical lines mark events (solid: live events you triggered); the list below names them.',
  },
  phase: {
    ...texts(DEFAULT_PHASE_LABELS),
    caption:
      'Each point is a month: across, organisational efficiency (1 = stand-alone); up, collective effectiveness (0 = no difference). ' +
      'Colour runs from dark blue (early) to yellow (late); the circle is the start, the square the latest month. Up and to the left: the population gains while organisations pay.',
  },
  membership: texts(DEFAULT_MEMBERSHIP_LABELS),
  grid: texts(DEFAULT_GRID_LABELS),
  network: {
    ...texts(DEFAULT_NETWORK_LABELS),
    leader: 'Leader (ring)',
    counts: (members: number, organisations: number) => `${members} members of ${organisations} organisations`,
    sampled: (shown: number, total: number, step: number, tiesShown: number, tiesTotal: number) =>
      `Showing 1 organisation in ${step} (${shown} of ${total}, leader included)${tiesShown < tiesTotal ? ` and ${tiesShown} of ${tiesTotal} ties among them` : ''}, so the page stays responsive.`,
  },
  outcome: texts(DEFAULT_COUNTERFACTUAL_LABELS),
  compare: {
    ...texts(DEFAULT_COMPARE_LABELS),
    caption:
      'Both runs use the same seed, so they share every random shock; only the settings listed for run B differ. ' +
      'Top: collective effectiveness (0 = no difference for the population); bottom: organisational efficiency (1 = stand-alone). Solid: run A; dashed: run B.',
  },
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
  /** What the run's state tells (series.ts), marked like events. */
  story: {
    dissolved: 'partnership dissolved',
    reformed: 'partnership re-formed',
    leader_new: 'new leader',
    leader_gone: 'leader gone',
  } satisfies Record<StoryKind, string>,
  /** The status line under the month: the latest turn of the story, or how the partnership stands. */
  storyNow: {
    dissolved: (tick: number) => `Month ${tick}: the partnership dissolved, too few members stayed`,
    reformed: (tick: number, members: number) => `Month ${tick}: the partnership re-formed with ${members} members`,
    leader_new: (tick: number) => `Month ${tick}: a member took on the leadership`,
    leader_gone: (tick: number) => `Month ${tick}: the partnership lost its leader`,
  } satisfies Record<StoryKind, (tick: number, members: number) => string>,
  standing: (members: number, points: string) => `${members} ${members === 1 ? 'member' : 'members'} · collective effectiveness ${points} points of needs met`,
  noPartnership: (since: number) => `No partnership since month ${since}`,
  notFormed: 'No partnership: too few organisations joined to form one',
};

export type Dictionary = typeof en;
