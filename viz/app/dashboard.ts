/**
 * The charts on the page: draws each one into its figure when its data or language
 * changed since it was last drawn, and moves the network view in place instead of
 * rebuilding it. Each figure's caption is the chart's own description, so the page and an
 * exported SVG say the same thing.
 *
 * So that no frame's work grows with the number of charts or the length of the run:
 * while a run plays, charts scrolled out of view wait until they come back into view
 * (or the run pauses), and a frame draws one chart, taking the stale charts in turn;
 * when paused, a frame draws charts until its time budget is spent. What is left stays
 * marked stale for the next frame.
 */
import { timeSeriesChart } from '../charts/timeSeries';
import { phaseChart } from '../charts/phase';
import { membershipChart } from '../charts/membership';
import { gridChart } from '../charts/grid';
import { networkChart, type NetworkData } from '../charts/network';
import { counterfactualChart } from '../charts/counterfactual';
import { compareChart, type CompareRun } from '../charts/compare';
import type { ChartKey, ChartLabels, Dictionary } from './i18n';
import type { Lane } from './runner';
import type { Series } from './series';
import type { ChartEvent } from '../charts/markers';
import type { Chart } from '../charts/common';
import { FIRST_TICK_MARK } from './marks';
import type { ChartSize } from './display';

/** In the order drawAll draws them, which is the order charts take their turns while a run plays. */
export const CHART_KEYS: readonly ChartKey[] = ['headline', 'outcome', 'phase', 'membership', 'grid', 'network', 'membershipB', 'gridB', 'networkB', 'compare'];
/** Shown only in compare mode: the comparison, and run B's membership, grid and network. */
const COMPARE_KEYS: readonly ChartKey[] = ['compare', 'membershipB', 'gridB', 'networkB'];

interface Slot {
  figure: HTMLElement;
  holder: HTMLElement;
  caption: HTMLElement;
  buttons: HTMLButtonElement[];
  /** The chart shown (any kind: each slot always holds the same kind). */
  chart: Chart<never, never> | undefined;
  /** What the chart shows now: data versions and language. */
  drawn: string;
  /** The drawing size asked for at this frame ('' for the chart's own). */
  size: string;
}

export interface DashboardFrame {
  labels: ChartLabels;
  /** Bumped when the language changes. */
  labelsVersion: number;
  a: Lane;
  b: Lane | undefined;
  /** Run B's name in compare mode: what differs from A. */
  runB?: string;
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

/** Drawing time per frame (ms): a frame with all its other work stays well under 50 ms. */
const FRAME_BUDGET_MS = 14;

export class Dashboard {
  private slots = new Map<ChartKey, Slot>();
  /** Charts in or near the viewport (all of them where IntersectionObserver is missing). */
  private visible = new Set<ChartKey>(CHART_KEYS);
  private started = 0;
  private budget = Number.POSITIVE_INFINITY;
  private playing = false;
  private left = false;
  /** Charts drawn in this frame, and where the next playing frame starts looking. */
  private drawnThisFrame = 0;
  private turn = 0;
  private firstTickMarked = false;
  /** When a chart was last drawn (ms, performance.now). */
  private lastDraw = Number.NEGATIVE_INFINITY;

  /**
   * `onVisible` asks for a frame when a chart scrolls into view (it may be stale); `sizeOf`
   * gives a chart's drawing size for its holder (display.ts), undefined for its own size.
   */
  constructor(
    private doc: Document,
    root: HTMLElement,
    onExport: (key: ChartKey, format: 'svg' | 'png') => void,
    onVisible: () => void = () => {},
    private sizeOf: (holder: HTMLElement) => ChartSize | undefined = () => undefined,
  ) {
    const observer =
      typeof IntersectionObserver === 'undefined'
        ? undefined
        : new IntersectionObserver(
            (entries) => {
              for (const entry of entries) {
                const key = (entry.target as HTMLElement).dataset.chart as ChartKey;
                if (entry.isIntersecting) this.visible.add(key);
                else this.visible.delete(key);
              }
              onVisible();
            },
            { rootMargin: '200px' },
          );
    if (observer) this.visible.clear();
    for (const key of CHART_KEYS) {
      const figure = root.querySelector<HTMLElement>(`figure[data-chart="${key}"]`);
      if (!figure) throw new Error(`the page has no figure for the ${key} chart`);
      const holder = figure.querySelector<HTMLElement>('.chart-holder')!;
      const caption = figure.querySelector<HTMLElement>('figcaption')!;
      const tools = doc.createElement('div');
      tools.className = 'chart-tools';
      const buttons = (['svg', 'png'] as const).map((format) => {
        const button = doc.createElement('button');
        button.type = 'button';
        button.dataset.download = format;
        button.textContent = format.toUpperCase();
        button.disabled = true;
        button.addEventListener('click', () => onExport(key, format));
        tools.append(button);
        return button;
      });
      caption.after(tools);
      this.slots.set(key, { figure, holder, caption, buttons, chart: undefined, drawn: '', size: '' });
      observer?.observe(figure);
    }
  }

  /** Export buttons' accessible names follow the language. */
  texts(dict: Dictionary, labels: ChartLabels): void {
    for (const [key, slot] of this.slots) {
      const title = labels[key].title;
      slot.buttons[0]!.setAttribute('aria-label', dict.downloadChart(title, 'SVG'));
      slot.buttons[1]!.setAttribute('aria-label', dict.downloadChart(title, 'PNG'));
    }
  }

  setCompare(on: boolean): void {
    for (const key of COMPARE_KEYS) this.slots.get(key)!.figure.hidden = !on;
  }

  svg(key: ChartKey): SVGSVGElement | undefined {
    return this.slots.get(key)?.chart?.node;
  }

  /** Forgets what was drawn (a new run): the next render draws everything. */
  clear(): void {
    for (const slot of this.slots.values()) slot.drawn = '';
  }

  /**
   * Draws what changed, within the frame's budget. Returns true when a chart that should
   * be drawn now is left for a later frame. While playing, charts take their turns at
   * most every `chartGapMs` (the maximum speed asks for a gap: its charts change every
   * frame, and drawing one every frame leaves the browser too little of a two-core
   * machine to rasterise them, so frames drop; drawn every other frame, each visible
   * chart still moves about ten times a second and the page keeps 60 frames a second).
   */
  render(frame: DashboardFrame, playing: boolean, budgetMs = FRAME_BUDGET_MS, chartGapMs = 0): boolean {
    if (playing && performance.now() - this.lastDraw < chartGapMs) return true;
    this.started = performance.now();
    this.budget = budgetMs;
    this.playing = playing;
    this.left = false;
    this.drawnThisFrame = 0;
    this.drawAll(frame);
    // Past the last chart: start again from the first one.
    if (this.drawnThisFrame === 0 && this.left) {
      this.turn = 0;
      this.drawAll(frame);
    }
    return this.left;
  }

  private drawAll(frame: DashboardFrame): void {
    const { a, b, labels } = frame;
    const stamp = `${a.series.version}:${a.scenario.ticks}`;
    const horizon = a.scenario.ticks;
    const s = a.series;
    const tick = s.column('tick');
    // Shown in points of needs met, in every chart and table of the page.
    const effectiveness = s.effectivenessPoints();
    const efficiency = s.column('organisational_efficiency');
    const again = String(frame.labelsVersion);

    // In compare mode each chart of one run says which run it shows.
    const ofRun = <T extends { title: string }>(l: T, run: string | undefined): T => (run ? { ...l, title: `${l.title} — ${run}` } : l);
    const runA = b ? labels.compare.runA : undefined;
    const headline = { tick, effectiveness, efficiency, events: s.marks };
    const eventName = labels.headline.eventName;
    const headlineOptions = { ...this.size('headline'), horizon, idPrefix: 'ts', labels: ofRun(labels.headline, runA) };
    this.draw('headline', stamp, again, timeSeriesChart, headline, headlineOptions);

    const outcome = { tick, withAction: s.column('population_outcome'), withoutAction: s.column('population_outcome_counterfactual'), events: s.marks };
    const outcomeOptions = { ...this.size('outcome'), horizon, idPrefix: 'outcome', labels: ofRun(labels.outcome, runA), eventName };
    this.draw('outcome', stamp, again, counterfactualChart, outcome, outcomeOptions);

    const phase = { tick, effectiveness, efficiency };
    const phaseOptions = { ...this.size('phase'), horizon, idPrefix: 'phase', labels: ofRun(labels.phase, runA) };
    this.draw('phase', stamp, again, phaseChart, phase, phaseOptions);

    const members = {
      tick,
      membersE: s.column('members_E'),
      membersP: s.column('members_P'),
      membersT: s.column('members_T'),
      joins: s.column('joins'),
      leaves: s.column('leaves'),
      events: s.marks,
    };
    const membersOptions = { ...this.size('membership'), horizon, idPrefix: 'members', labels: ofRun(labels.membership, runA), eventName };
    this.draw('membership', stamp, again, membershipChart, members, membersOptions);

    // 21 cells: cheaper to draw again than to update.
    const gridOptions = { ...this.size('grid'), idPrefix: 'grid', labels: ofRun(labels.grid, runA) };
    this.draw('grid', stamp, again, gridChart, { occupancy: s.occupancy, empty: s.empty, current: s.current }, gridOptions);

    if (s.state) {
      const network: NetworkData = { structure: a.structure, state: s.state, steward: a.scenario.action.steward };
      const networkOptions = { ...this.size('network'), idPrefix: 'network', labels: ofRun(labels.network, runA), nodeName: nodeNameOf(a, labels.fieldName) };
      this.draw('network', stamp, again, networkChart, network, networkOptions);
    }
    if (b) {
      const runB = frame.runB ?? labels.compare.runB;
      const sb = b.series;
      const bStamp = `${b.series.version}:${b.scenario.ticks}`;
      const bHorizon = b.scenario.ticks;
      const bTick = sb.column('tick');
      const bMembers = {
        tick: bTick,
        membersE: sb.column('members_E'),
        membersP: sb.column('members_P'),
        membersT: sb.column('members_T'),
        joins: sb.column('joins'),
        leaves: sb.column('leaves'),
        events: sb.marks,
      };
      const bMembersOptions = { ...this.size('membershipB'), horizon: bHorizon, idPrefix: 'members-b', labels: ofRun(labels.membershipB, runB), eventName };
      this.draw('membershipB', bStamp, again, membershipChart, bMembers, bMembersOptions);
      const bGridOptions = { ...this.size('gridB'), idPrefix: 'grid-b', labels: ofRun(labels.gridB, runB) };
      this.draw('gridB', bStamp, again, gridChart, { occupancy: sb.occupancy, empty: sb.empty, current: sb.current }, bGridOptions);
      if (sb.state) {
        const bNetwork: NetworkData = { structure: b.structure, state: sb.state, steward: b.scenario.action.steward };
        const bNetworkOptions = {
          ...this.size('networkB'),
          idPrefix: 'network-b',
          labels: ofRun(labels.networkB, runB),
          nodeName: nodeNameOf(b, labels.fieldName),
        };
        this.draw('networkB', bStamp, again, networkChart, bNetwork, bNetworkOptions);
      }
      const run = (lane: Lane): CompareRun => ({
        tick: lane.series.column('tick'),
        effectiveness: lane.series.effectivenessPoints(),
        efficiency: lane.series.column('organisational_efficiency'),
      });
      const compare = { a: run(a), b: run(b), events: compareMarks(s, sb) };
      const compareOptions = {
        ...this.size('compare'),
        eventName: (e: RunMark) => (e.run ? `${e.run}: ${eventName(e)}` : eventName(e)),
        horizon: Math.max(horizon, b.scenario.ticks),
        idPrefix: 'compare',
        labels: { ...labels.compare, runB: frame.runB ?? labels.compare.runB },
      };
      this.draw('compare', `${stamp}:${b.series.version}`, again, compareChart, compare, compareOptions);
    }
  }

  /**
   * Draws a chart when `stamp` changed. A chart drawn under the same `again` key (the
   * language) is first offered to `update`, which moves it in place and returns false
   * when it cannot (then a new chart is built).
   */
  /** A chart's drawing size now ({} for its own), remembered for its draw key. */
  private size(key: ChartKey): Partial<ChartSize> {
    const slot = this.slots.get(key)!;
    const size = this.sizeOf(slot.holder);
    slot.size = size ? `${size.width}x${size.height}` : '';
    return size ?? {};
  }

  private draw<D, O>(key: ChartKey, stamp: string, again: string, build: (data: D, options: O, document: Document) => Chart<D, O>, data: D, options: O): void {
    const slot = this.slots.get(key)!;
    // A new size or language is a new chart (it is built again, not moved in place).
    again = `${again}@${slot.size}`;
    const drawn = `${again}#${stamp}`;
    if (slot.drawn === drawn) return;
    if (this.playing && !this.visible.has(key)) return;
    const order = CHART_KEYS.indexOf(key);
    // Playing: one chart a frame, starting after the one drawn last (so each gets its turn).
    const outOfTurn = this.playing && (this.drawnThisFrame > 0 || order < this.turn);
    // Paused: go on while half the budget is left (the next chart may cost as much again).
    if (outOfTurn || performance.now() - this.started > this.budget / 2) {
      this.left = true;
      return;
    }
    this.drawnThisFrame++;
    this.lastDraw = performance.now();
    this.turn = order + 1;
    // The slot always holds a chart that `build` made: this key's kind.
    const shown = slot.chart as Chart<D, O> | undefined;
    const sameRun = shown !== undefined && slot.drawn.startsWith(`${again}#`);
    if (!(sameRun && shown.update(data, options))) {
      const chart = build(data, options, this.doc);
      slot.chart = chart as unknown as Chart<never, never>;
      slot.holder.replaceChildren(chart.node);
      slot.caption.textContent = chart.node.querySelector('desc')?.textContent ?? '';
      for (const button of slot.buttons) button.disabled = false;
    }
    slot.drawn = drawn;
    // Page load to the first month on screen, for `npm run bench`: once per page.
    if (key === 'headline' && !this.firstTickMarked && Number(slot.chart?.node.getAttribute('data-ticks')) > 0) {
      this.firstTickMarked = true;
      performance.mark(FIRST_TICK_MARK);
    }
  }
}
