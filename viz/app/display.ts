/**
 * How the simulator is laid out for its audience: the presentation layout (for a
 * projector: the control bar, the headline chart and one other chart in one screen), larger
 * text, and which chart sits beside the headline. The first two are remembered in the
 * browser; the presentation layout is the default on screens at least 1280 px wide.
 *
 * Chart text is sized by scale, not by rewriting each chart: a chart drawn with a viewBox
 * of its holder's size divided by k shows every text k times larger, its 10-unit axis
 * ticks at 10 k px. k is 1.6 (2 with larger text), so ticks are 16 px, legends 19 px and
 * titles 24 px, as far as the holder is wide enough to keep a chart at least
 * MIN_CHART_UNITS units wide (narrower screens, zoomed pages: the text is then as large as
 * fits).
 */
import type { ChartKey } from './i18n';

export const PRESENTATION_MIN_WIDTH = 1280;
/** The narrowest a chart is laid out (units): its margins and legend need this much. */
export const MIN_CHART_UNITS = 360;
const SCALE = { normal: 1.6, larger: 2 } as const;
const STORAGE_KEY = 'interstice.display';
/** Room under a chart in the presentation layout (px): the headline's data-table line and margins. */
const BELOW_CHARTS = 52;
const MIN_CHART_HEIGHT = 160;

export type BesideChart = Exclude<ChartKey, 'headline'>;

export interface DisplayPreferences {
  presentation: boolean;
  largerText: boolean;
}

export interface ChartSize {
  width: number;
  height: number;
}

function readPreferences(win: Window): DisplayPreferences {
  const byDefault = { presentation: win.innerWidth >= PRESENTATION_MIN_WIDTH, largerText: false };
  try {
    const stored: unknown = JSON.parse(win.localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (stored === null || typeof stored !== 'object') return byDefault;
    const { presentation, largerText } = stored as Record<string, unknown>;
    return {
      presentation: typeof presentation === 'boolean' ? presentation : byDefault.presentation,
      largerText: typeof largerText === 'boolean' ? largerText : false,
    };
  } catch {
    // Storage refused (private mode, a sandbox): the defaults, not remembered.
    return byDefault;
  }
}

/** The chart's size in chart units for a holder of `width` × `height` px, or undefined to keep the chart's own size. */
export function chartSize(width: number, height: number, preferences: DisplayPreferences): ChartSize | undefined {
  if (!preferences.presentation && !preferences.largerText) return undefined;
  if (width <= 0 || height <= 0) return undefined;
  const target = preferences.largerText ? SCALE.larger : SCALE.normal;
  const k = Math.max(1, Math.min(target, width / MIN_CHART_UNITS));
  // Rounded down, so the scale is never below k (a tick of 10 units stays at least 10 k px).
  return { width: Math.floor(width / k), height: Math.floor(height / k) };
}

export class Display {
  private preferences: DisplayPreferences;
  private besideChart: BesideChart = 'membership';
  private layoutButton: HTMLButtonElement;
  private textButton: HTMLButtonElement;
  private chooser: HTMLButtonElement[];
  private win: Window;

  /** `changed` runs after any change of layout or size (the charts must be drawn again). */
  constructor(
    private doc: Document,
    private changed: () => void,
  ) {
    this.win = doc.defaultView!;
    this.preferences = readPreferences(this.win);
    this.layoutButton = doc.getElementById('layout-toggle') as HTMLButtonElement;
    this.textButton = doc.getElementById('text-toggle') as HTMLButtonElement;
    this.chooser = [...doc.querySelectorAll<HTMLButtonElement>('.chart-chooser button')];
    this.layoutButton.addEventListener('click', () => this.set({ ...this.preferences, presentation: !this.preferences.presentation }));
    this.textButton.addEventListener('click', () => this.set({ ...this.preferences, largerText: !this.preferences.largerText }));
    for (const button of this.chooser) button.addEventListener('click', () => this.showBeside(button.dataset.show as BesideChart));
    this.win.addEventListener('resize', () => this.apply());
    // What sits above the charts changes height with its texts (language, story, wrapping): the charts follow.
    if (typeof ResizeObserver !== 'undefined') {
      let heights = '';
      const observer = new ResizeObserver(() => {
        const now = [...this.doc.querySelectorAll<HTMLElement>('.page-header, #control-bar')].map((el) => el.offsetHeight).join(',');
        if (now === heights) return;
        heights = now;
        this.apply();
      });
      for (const el of this.doc.querySelectorAll<HTMLElement>('.page-header, #control-bar')) observer.observe(el);
    }
    // The first layout needs no redraw: nothing is drawn yet.
    this.apply(false);
  }

  get presentation(): boolean {
    return this.preferences.presentation;
  }

  get beside(): BesideChart {
    return this.besideChart;
  }

  /** The chart's drawing size for its holder now (undefined: its own size). */
  size(holder: HTMLElement): ChartSize | undefined {
    // Asked every frame: the classic layout reads no layout at all.
    if (!this.preferences.presentation && !this.preferences.largerText) return undefined;
    return chartSize(holder.clientWidth, holder.clientHeight, this.preferences);
  }

  /** Compare mode offers its chart and run B's membership, grid and network beside the headline (the comparison first). */
  setCompare(on: boolean): void {
    const compareButtons = this.chooser.filter((b) => b.dataset.show === 'compare' || b.dataset.show?.endsWith('B'));
    if (compareButtons.length === 0 || compareButtons[0]!.hidden === !on) return;
    for (const button of compareButtons) button.hidden = !on;
    const onlyInCompare = this.besideChart === 'compare' || this.besideChart.endsWith('B');
    this.showBeside(on ? 'compare' : onlyInCompare ? 'membership' : this.besideChart);
  }

  showBeside(key: BesideChart): void {
    this.besideChart = key;
    this.apply();
  }

  private set(preferences: DisplayPreferences): void {
    this.preferences = preferences;
    try {
      this.win.localStorage.setItem(STORAGE_KEY, JSON.stringify(preferences));
    } catch {
      // Not remembered; the page still changes.
    }
    this.apply();
  }

  private apply(notify = true): void {
    const root = this.doc.documentElement;
    const { presentation, largerText } = this.preferences;
    root.classList.toggle('presentation', presentation);
    root.classList.toggle('larger-text', largerText);
    this.layoutButton.setAttribute('aria-pressed', String(presentation));
    this.textButton.setAttribute('aria-pressed', String(largerText));
    for (const button of this.chooser) button.setAttribute('aria-pressed', String(button.dataset.show === this.besideChart));
    for (const figure of this.doc.querySelectorAll<HTMLElement>('#charts figure.chart'))
      figure.classList.toggle('beside', figure.dataset.chart === this.besideChart);
    // The charts fill the screen under the control bar (measured with the page at its top).
    const app = this.doc.getElementById('app');
    const holder = this.doc.querySelector<HTMLElement>('#charts figure[data-chart="headline"] .chart-holder');
    if (app && holder) {
      app.style.removeProperty('--chart-height');
      if (presentation) {
        const top = holder.getBoundingClientRect().top + this.win.scrollY;
        app.style.setProperty('--chart-height', `${Math.max(MIN_CHART_HEIGHT, Math.floor(this.win.innerHeight - top - BELOW_CHARTS))}px`);
      }
    }
    if (notify) this.changed();
  }
}
