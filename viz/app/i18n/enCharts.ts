/**
 * English texts of the charts section: what surrounds the charts (downloads, events list, data
 * table, compare summary), then each chart's labels and caption.
 */
import { DEFAULT_LABELS } from '../../charts/timeSeries';
import { DEFAULT_PHASE_LABELS } from '../../charts/phase';
import { DEFAULT_MEMBERSHIP_LABELS } from '../../charts/membership';
import { DEFAULT_GRID_LABELS } from '../../charts/grid';
import { DEFAULT_NETWORK_LABELS } from '../../charts/network';
import { DEFAULT_COUNTERFACTUAL_LABELS } from '../../charts/counterfactual';
import { DEFAULT_COMPARE_LABELS } from '../../charts/compare';
import type { Labels } from '../i18n';

/** A chart's labels without the formatters that depend on the language (chartLabels adds them). */
function texts<T extends object>(labels: T): Labels<T> {
  const { decimal: _decimal, eventName: _eventName, percent: _percent, ...rest } = labels as T & { decimal?: unknown; eventName?: unknown; percent?: unknown };
  return rest as Labels<T>;
}

export const enCharts = {
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
};
