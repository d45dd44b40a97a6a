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
import type { ChartKey, ChartLabels, Dictionary } from './i18n';
import type { Chart } from '../charts/common';
import { FIRST_TICK_MARK } from './marks';
import type { ChartSize } from './display';
import { chartFigure, type ChartFigure } from './chartFigure';
import { drawCharts, type ChartPen, type DashboardFrame } from './dashboardCharts';

/** In the order drawCharts draws them, which is the order charts take their turns while a run plays. */
export const CHART_KEYS: readonly ChartKey[] = ['headline', 'outcome', 'phase', 'membership', 'grid', 'network', 'membershipB', 'gridB', 'networkB', 'compare'];
/** Shown only in compare mode: the comparison, and run B's membership, grid and network. */
const COMPARE_KEYS: readonly ChartKey[] = ['compare', 'membershipB', 'gridB', 'networkB'];

interface Slot extends ChartFigure {
  /** The chart shown (any kind: each slot always holds the same kind). */
  chart: Chart<never, never> | undefined;
  /** What the chart shows now: data versions and language. */
  drawn: string;
  /** The drawing size asked for at this frame ('' for the chart's own). */
  size: string;
}

/** Drawing time per frame (ms): a frame with all its other work stays well under 50 ms. */
const FRAME_BUDGET_MS = 14;

export class Dashboard implements ChartPen {
  private slots = new Map<ChartKey, Slot>();
  /** Charts in or near the viewport (all of them where IntersectionObserver is missing). */
  private visible = new Set<ChartKey>(CHART_KEYS);
  private started = 0;
  private budget = Number.POSITIVE_INFINITY;
  private playing = false;
  private left = false;
  /** The language of this frame's labels (a chart drawn in another is built anew). */
  private language = '';
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
    const observer = this.watchVisibility(onVisible);
    for (const key of CHART_KEYS) {
      const figure = chartFigure(doc, root, key, (format) => onExport(key, format));
      this.slots.set(key, { ...figure, chart: undefined, drawn: '', size: '' });
      observer?.observe(figure.figure);
    }
  }

  /** Keeps `visible` to the charts in or near the viewport, where the browser can tell. */
  private watchVisibility(onVisible: () => void): IntersectionObserver | undefined {
    if (typeof IntersectionObserver === 'undefined') return undefined;
    this.visible.clear();
    return new IntersectionObserver(
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
    this.language = frame.language;
    this.left = false;
    this.drawnThisFrame = 0;
    drawCharts(frame, this);
    // Past the last chart: start again from the first one.
    if (this.drawnThisFrame === 0 && this.left) {
      this.turn = 0;
      drawCharts(frame, this);
    }
    return this.left;
  }

  /** A chart's drawing size now ({} for its own), remembered for its draw key. */
  size(key: ChartKey): Partial<ChartSize> {
    const slot = this.slots.get(key)!;
    const size = this.sizeOf(slot.holder);
    slot.size = size ? `${size.width}x${size.height}` : '';
    return size ?? {};
  }

  /**
   * Draws a chart when `stamp` changed. A chart drawn in the same language and size is
   * first offered to `update`, which moves it in place and returns false when it cannot
   * (then a new chart is built).
   */
  draw<D, O>(key: ChartKey, stamp: string, build: (data: D, options: O, document: Document) => Chart<D, O>, data: D, options: O): void {
    const slot = this.slots.get(key)!;
    // A new size or language is a new chart (it is built again, not moved in place).
    const again = `${this.language}@${slot.size}`;
    const drawn = `${again}#${stamp}`;
    if (slot.drawn === drawn || !this.takesTurn(key)) return;
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

  /** Whether a stale chart may be drawn in this frame (else it is left for a later one); counts it as drawn. */
  private takesTurn(key: ChartKey): boolean {
    if (this.playing && !this.visible.has(key)) return false;
    const order = CHART_KEYS.indexOf(key);
    // Playing: one chart a frame, starting after the one drawn last (so each gets its turn).
    const outOfTurn = this.playing && (this.drawnThisFrame > 0 || order < this.turn);
    // Paused: go on while half the budget is left (the next chart may cost as much again).
    if (outOfTurn || performance.now() - this.started > this.budget / 2) {
      this.left = true;
      return false;
    }
    this.drawnThisFrame++;
    this.lastDraw = performance.now();
    this.turn = order + 1;
    return true;
  }
}
