/**
 * The figures of the sweep's four charts on the page: where each chart's SVG goes, its
 * caption (the chart's own description) and its SVG and PNG download buttons. The results
 * hand over drawn charts; this file keeps them for download and says what each button saves.
 */
import { download, svgText, svgToPng } from '../exportFiles';
import { chartFigure } from '../chartFigure';

export type ResultChart = 'bands' | 'survival' | 'forest' | 'sobol';
export const RESULT_CHARTS: readonly ResultChart[] = ['bands', 'survival', 'forest', 'sobol'];
type Format = 'svg' | 'png';

interface Slot {
  figure: HTMLElement;
  holder: HTMLElement;
  caption: HTMLElement;
  svg: SVGSVGElement | undefined;
}

export class ChartSlots {
  private slots = new Map<ResultChart, Slot>();

  /** `fileName` names a chart's download, or gives undefined when there is no sweep to save. */
  constructor(
    private doc: Document,
    private fileName: (key: ResultChart, format: Format) => string | undefined,
  ) {
    const analysis = doc.querySelector('#analysis') ?? doc;
    for (const key of RESULT_CHARTS) {
      const { figure, holder, caption } = chartFigure(doc, analysis, key, (format) => void this.export(key, format));
      this.slots.set(key, { figure, holder, caption, svg: undefined });
    }
  }

  figure(key: ResultChart): HTMLElement {
    return this.slots.get(key)!.figure;
  }

  /** Shows a drawn chart, its caption, and download buttons named after its title. */
  place(key: ResultChart, svg: SVGSVGElement, downloadLabel: (title: string, format: string) => string): void {
    const slot = this.slots.get(key)!;
    slot.svg = svg;
    slot.holder.replaceChildren(svg);
    slot.caption.textContent = svg.querySelector('desc')?.textContent ?? '';
    const title = svg.querySelector('title')?.textContent ?? key;
    for (const button of this.buttons(slot)) {
      button.disabled = false;
      button.setAttribute('aria-label', downloadLabel(title, button.dataset.download!.toUpperCase()));
    }
  }

  /** A chart with nothing to show: no drawing, no caption, nothing to download. */
  empty(key: ResultChart): void {
    const slot = this.slots.get(key)!;
    slot.svg = undefined;
    slot.holder.replaceChildren();
    slot.caption.textContent = '';
  }

  disableDownloads(key: ResultChart, disabled: boolean): void {
    for (const button of this.buttons(this.slots.get(key)!)) button.disabled = disabled;
  }

  /** Every drawing dropped (captions stay until the next sweep writes them). */
  clear(): void {
    for (const slot of this.slots.values()) {
      slot.svg = undefined;
      slot.holder.replaceChildren();
    }
  }

  /** The buttons' texts: their format, SVG or PNG. */
  labelButtons(): void {
    for (const key of RESULT_CHARTS) {
      for (const button of this.buttons(this.slots.get(key)!)) button.textContent = button.dataset.download!.toUpperCase();
    }
  }

  private buttons(slot: Slot): NodeListOf<HTMLButtonElement> {
    return slot.figure.querySelectorAll<HTMLButtonElement>('button[data-download]');
  }

  private async export(key: ResultChart, format: Format): Promise<void> {
    const svg = this.slots.get(key)?.svg;
    if (!svg) return;
    const name = this.fileName(key, format);
    if (name === undefined) return;
    if (format === 'svg') download(this.doc, name, new Blob([svgText(svg)], { type: 'image/svg+xml' }));
    else download(this.doc, name, await svgToPng(this.doc, svg));
  }
}
