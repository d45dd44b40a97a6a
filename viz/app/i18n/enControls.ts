/**
 * English texts of the run's controls (play, step, speed, the status lines) and of the live events
 * (their buttons and their list).
 */
import type { Order } from '../../sim';
import type { LIVE_EVENT_TYPES, Speed } from '../i18n';

export const enControls = {
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
};
