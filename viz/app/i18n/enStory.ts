/**
 * English names of the run's events and of the turns of its story: the marks on the time axis and
 * the status line under the month.
 */
import type { EventType } from '../../sim';
import type { StoryKind } from '../series';

export const enStory = {
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
