/**
 * What each chart of the dashboard shows for a frame: its data and options from the runs
 * on the page, handed to a pen (the Dashboard) that draws the chart only when its stamp
 * changed. Run A has the headline, the counterfactual outcome and the phase portrait; each
 * run has its membership, grid and network; compare mode adds the comparison. The calls
 * come in the dashboard's order (CHART_KEYS), which is the order charts take their turns.
 */
import { timeSeriesChart } from '../charts/timeSeries';
import { phaseChart } from '../charts/phase';
import { membershipChart } from '../charts/membership';
import { gridChart } from '../charts/grid';
import { networkChart, type NetworkData } from '../charts/network';
import { counterfactualChart } from '../charts/counterfactual';
import { compareChart, type CompareRun } from '../charts/compare';
import type { ChartEvent } from '../charts/markers';
import type { Chart } from '../charts/common';
import type { ChartKey, ChartLabels } from './i18n';
import type { Lane } from './lanes';
import type { Series } from './series';
import type { ChartSize } from './display';

export interface DashboardFrame {
  labels: ChartLabels;
  /** The language: charts are built anew (not moved in place) when it changes. */
  language: string;
  a: Lane;
  b: Lane | undefined;
  /** Run B's name in compare mode: what differs from A. */
  runB?: string | undefined;
}

/** Draws one chart when its stamp (what it shows) changed since it was last drawn. */
export interface ChartPen {
  /** A chart's drawing size now ({} for its own). */
  size(key: ChartKey): Partial<ChartSize>;
  draw<D, O>(key: ChartKey, stamp: string, build: (data: D, options: O, document: Document) => Chart<D, O>, data: D, options: O): void;
}

/**
 * An organisation's name with its field in the page's language: the engine names generated
 * organisations "E03 health"; a name from the scenario's list is kept as written.
 */
function nodeNameOf(lane: Lane, fieldName: (field: string) => string): (index: number) => string {
  const fields = lane.scenario.territory.fields;
  return (i) => {
    const name = lane.structure.names[i] ?? String(i);
    const field = fields[lane.structure.field[i]!];
    return field !== undefined && name.endsWith(` ${field}`) ? `${name.slice(0, -field.length)}${fieldName(field)}` : name;
  };
}

/** A mark of the compare chart: a story mark says whose run it is of. */
type RunMark = ChartEvent & { run?: 'A' | 'B' };

/**
 * What the compare chart marks: run A's events (both runs share the seed's shocks and the
 * live events) and each run's story, up to the month both runs have reached (so the list
 * only grows, in month order).
 */
function compareMarks(a: Series, b: Series): RunMark[] {
  const upTo = Math.min(a.tick, b.tick);
  const out: RunMark[] = [];
  const fromB = b.story.filter((m) => m.tick <= upTo);
  let k = 0;
  for (const mark of a.marks) {
    if (mark.tick > upTo) break;
    while (k < fromB.length && fromB[k]!.tick < mark.tick) out.push({ ...fromB[k++]!, run: 'B' });
    out.push(mark.source === 'story' ? { ...mark, run: 'A' } : mark);
  }
  while (k < fromB.length) out.push({ ...fromB[k++]!, run: 'B' });
  return out;
}

/** In compare mode each chart of one run says which run it shows. */
const ofRun = <T extends { title: string }>(l: T, run: string | undefined): T => (run ? { ...l, title: `${l.title} — ${run}` } : l);

const stampOf = (lane: Lane) => `${lane.series.version}:${lane.scenario.ticks}`;

/** The charts every run has, under their keys and id prefixes for run A and for run B. */
const LANE_CHARTS = {
  A: { membership: 'membership', grid: 'grid', network: 'network', prefix: '' },
  B: { membership: 'membershipB', grid: 'gridB', network: 'networkB', prefix: '-b' },
} as const;

export function drawCharts(frame: DashboardFrame, pen: ChartPen): void {
  const { a, b, labels } = frame;
  const runA = b ? labels.compare.runA : undefined;
  drawRunACharts(pen, a, labels, runA);
  drawLaneCharts(pen, a, labels, 'A', runA);
  if (b) {
    drawLaneCharts(pen, b, labels, 'B', frame.runB ?? labels.compare.runB);
    drawCompare(pen, a, b, labels, frame.runB);
  }
}

/** The charts of run A alone: the headline, the outcome with and without the partnership, the phase portrait. */
function drawRunACharts(pen: ChartPen, a: Lane, labels: ChartLabels, runA: string | undefined): void {
  const stamp = stampOf(a);
  const horizon = a.scenario.ticks;
  const s = a.series;
  const tick = s.column('tick');
  // Shown in points of needs met, in every chart and table of the page.
  const effectiveness = s.effectivenessPoints();
  const efficiency = s.column('organisational_efficiency');
  const eventName = labels.headline.eventName;
  const headline = { tick, effectiveness, efficiency, events: s.marks };
  pen.draw('headline', stamp, timeSeriesChart, headline, { ...pen.size('headline'), horizon, idPrefix: 'ts', labels: ofRun(labels.headline, runA) });
  const outcome = { tick, withAction: s.column('population_outcome'), withoutAction: s.column('population_outcome_counterfactual'), events: s.marks };
  const outcomeOptions = { ...pen.size('outcome'), horizon, idPrefix: 'outcome', labels: ofRun(labels.outcome, runA), eventName };
  pen.draw('outcome', stamp, counterfactualChart, outcome, outcomeOptions);
  pen.draw(
    'phase',
    stamp,
    phaseChart,
    { tick, effectiveness, efficiency },
    { ...pen.size('phase'), horizon, idPrefix: 'phase', labels: ofRun(labels.phase, runA) },
  );
}

/** A run's membership, grid and network (the network once the run has its organisations' state). */
function drawLaneCharts(pen: ChartPen, lane: Lane, labels: ChartLabels, run: 'A' | 'B', runName: string | undefined): void {
  const keys = LANE_CHARTS[run];
  const stamp = stampOf(lane);
  const s = lane.series;
  const members = {
    tick: s.column('tick'),
    membersE: s.column('members_E'),
    membersP: s.column('members_P'),
    membersT: s.column('members_T'),
    joins: s.column('joins'),
    leaves: s.column('leaves'),
    events: s.marks,
  };
  const membersLabels = ofRun(labels[keys.membership], runName);
  const membersOptions = { ...pen.size(keys.membership), horizon: lane.scenario.ticks, idPrefix: `members${keys.prefix}`, labels: membersLabels };
  pen.draw(keys.membership, stamp, membershipChart, members, { ...membersOptions, eventName: labels.headline.eventName });
  // 21 cells: cheaper to draw again than to update.
  const gridOptions = { ...pen.size(keys.grid), idPrefix: `grid${keys.prefix}`, labels: ofRun(labels[keys.grid], runName) };
  pen.draw(keys.grid, stamp, gridChart, { occupancy: s.occupancy, empty: s.empty, current: s.current }, gridOptions);
  if (!s.state) return;
  const network: NetworkData = { structure: lane.structure, state: s.state, steward: lane.scenario.action.steward };
  const networkOptions = {
    ...pen.size(keys.network),
    idPrefix: `network${keys.prefix}`,
    labels: ofRun(labels[keys.network], runName),
    nodeName: nodeNameOf(lane, labels.fieldName),
  };
  pen.draw(keys.network, stamp, networkChart, network, networkOptions);
}

/** Both runs' effectiveness and efficiency on one chart, with both runs' marks. */
function drawCompare(pen: ChartPen, a: Lane, b: Lane, labels: ChartLabels, runB: string | undefined): void {
  const eventName = labels.headline.eventName;
  const run = (lane: Lane): CompareRun => ({
    tick: lane.series.column('tick'),
    effectiveness: lane.series.effectivenessPoints(),
    efficiency: lane.series.column('organisational_efficiency'),
  });
  const compare = { a: run(a), b: run(b), events: compareMarks(a.series, b.series) };
  const compareOptions = {
    ...pen.size('compare'),
    eventName: (e: RunMark) => (e.run ? `${e.run}: ${eventName(e)}` : eventName(e)),
    horizon: Math.max(a.scenario.ticks, b.scenario.ticks),
    idPrefix: 'compare',
    labels: { ...labels.compare, runB: runB ?? labels.compare.runB },
  };
  pen.draw('compare', `${stampOf(a)}:${b.series.version}`, compareChart, compare, compareOptions);
}
