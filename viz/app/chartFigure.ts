/**
 * A chart's figure on the page: the holder the chart is drawn into, its caption, and its
 * export buttons. The views' markup (viz/views/) lists the figures (their order, class and
 * whether hidden) and writes only what a figure has beyond this common skeleton, which is
 * added here. Keys are
 * the figures' `data-chart`, so any view's figures can be completed this way.
 */

export interface ChartFigure {
  figure: HTMLElement;
  holder: HTMLElement;
  caption: HTMLElement;
  /** SVG and PNG, disabled until the chart is first drawn. */
  buttons: HTMLButtonElement[];
}

/**
 * The figure of `key` under `root`, with its holder and caption (added after what the page
 * writes in it when it does not write them) and its export buttons after the caption.
 */
export function chartFigure(doc: Document, root: ParentNode, key: string, onExport: (format: 'svg' | 'png') => void): ChartFigure {
  const figure = root.querySelector<HTMLElement>(`figure[data-chart="${key}"]`);
  if (!figure) throw new Error(`the page has no figure for the ${key} chart`);
  if (!figure.querySelector('.chart-holder')) {
    const holder = doc.createElement('div');
    holder.className = 'chart-holder';
    // After what the page writes in the figure (a field above the chart, a note), as the page would.
    figure.append(holder, doc.createElement('figcaption'));
  }
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
    button.addEventListener('click', () => onExport(format));
    tools.append(button);
    return button;
  });
  caption.after(tools);
  return { figure, holder, caption, buttons };
}
