/**
 * What the page says about the run it shows, in words, from the run's data: the story line,
 * the live events that cannot act now and why, run B's name and file suffix in compare
 * mode, a scenario's pair, and a setting's problems without their path. Pure functions of
 * their arguments (the app passes its current state), so each can be read and tested alone.
 */
import { formatPoints, type Dictionary, type Language } from './i18n';
import type { Lane } from './lanes';
import type { SimEvent, Scenario, ScenarioIssue } from '../sim';
import { isSettingPath, type Overrides } from './setup';
import { describeSettings } from './settingText';
import { slug } from './exportFiles';
import { withoutLocation } from '../../sim/scenario/issues';

/** Months a turn of the story stays on the status line. */
export const STORY_MONTHS = 12;

/** The latest turn of the run's story while it is recent (a year), else how the partnership stands. */
export function storyLine(dict: Dictionary, lang: Language, lane: Lane): string {
  const s = lane.series;
  if (s.length === 0) return '';
  const last = s.lastStory();
  if (last && s.tick - last.tick < STORY_MONTHS) return dict.storyNow[last.type](last.tick, last.members);
  const row = s.length - 1;
  if (!s.column('alive')[row]) {
    const dissolved = [...s.story].reverse().find((m) => m.type === 'dissolved');
    return dissolved ? dict.noPartnership(dissolved.tick) : dict.notFormed;
  }
  return dict.standing(s.column('members')[row]!, formatPoints(lang, s.column('collective_effectiveness')[row]!));
}

/** Live events that cannot act in any run now, with the reason (a leader to lose, funding to end). */
export function cannotAct(dict: Dictionary, lanes: readonly Lane[], pending: readonly SimEvent[]): Partial<Record<string, string>> {
  if (lanes.length === 0) return {};
  const led = (lane: Lane) =>
    lane.series.length > 0
      ? lane.series.column('leader')[lane.series.length - 1]! > 0
      : lane.scenario.action.leadership === 'facilitative' || (lane.scenario.organisations.list ?? []).some((o) => o.leader);
  const funded = (lane: Lane) =>
    lane.scenario.action.funding.grant > 0 && !lane.series.events.some((e) => e.type === 'funding_ends') && !pending.some((e) => e.type === 'funding_ends');
  const cannot: Partial<Record<string, string>> = {};
  if (!lanes.some(led)) cannot.leader_leaves = dict.cannotAct.leader_leaves;
  if (!lanes.some(funded)) cannot.funding_ends = dict.cannotAct.funding_ends;
  return cannot;
}

/** Run B by what differs from A ("Run B: Leadership = None"), or plain "Run B" before anything differs. */
export function runBName(dict: Dictionary, lang: Language, compare: Overrides | null): string {
  return compare && Object.keys(compare).length > 0 ? dict.runBLabel(describeSettings(dict, lang, compare)) : dict.runB;
}

/** Run B's files say what differs: `-B-leadership-facilitative` (setting names and values, not the page's language). */
export function runBSuffix(compare: Overrides | null): string {
  const entries = Object.entries(compare ?? {});
  return entries.length === 0
    ? '-B'
    : `-B-${slug(entries.map(([path, value]) => `${path.split('.').at(-1)}-${Array.isArray(value) ? value.join('-') || 'none' : String(value)}`).join('-'))}`;
}

/** The settings of the scenario's pair (its meta.compare), when the page can set every one of them. */
export function pairOf(scenario: Scenario | undefined): Overrides | undefined {
  const compare = scenario?.meta.compare;
  if (!compare || Object.keys(compare).length === 0 || !Object.keys(compare).every(isSettingPath)) return undefined;
  return compare;
}

/** A setting's problems without their path (the field names itself): "expected …, received …", in the page's language. */
export function problemsAt(dict: Dictionary, issues: readonly ScenarioIssue[], path: string): string[] {
  return issues
    .filter((issue) => issue.path === path || issue.path.startsWith(`${path}.`) || issue.path.startsWith(`${path}[`))
    .map((issue) => dict.formatIssue({ ...withoutLocation(issue), path: '' }).replace(/^\(document\)\s?:\s*/, ''));
}
