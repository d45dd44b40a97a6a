/**
 * The contract between a chart and the page: what a chart takes besides its data
 * (ChartOptions), what it gives back (a Chart: its SVG and how to move it to new data), and
 * the two ways a chart answers new data (drawn once, or redrawn in place while its layout
 * is unchanged). How a chart is drawn lives in the files named after each job: frame.ts,
 * legend.ts, axes.ts, timeAxis.ts, series.ts, domains.ts, thinning.ts.
 */

/**
 * A chart as the page holds it: its SVG, and how to move it to new data. Charts that can
 * be redrawn in place rewrite only the parts that follow the data (lines, areas, markers,
 * and the axes when a scale's domain moves) as long as everything else (size, horizon,
 * labels, the run) is unchanged; any other change needs a new chart, and `update` says so
 * by returning false. Rewriting a few paths instead of building a new SVG saves the layout
 * and painting of a frame. Charts' tests check that an update gives exactly the markup of
 * a chart built afresh.
 */
export interface Chart<D, O = void> {
  readonly node: SVGSVGElement;
  update(data: D, options: O): boolean;
}

/** A chart drawn once for its data (any change builds a new one). */
export const drawnOnce = <D, O>(node: SVGSVGElement): Chart<D, O> => ({ node, update: () => false });

/**
 * A chart redrawn in place while the layout's `signature` (everything but the data) is the
 * one it was built under: `layoutOf` lays the new data out, `redraw` moves the parts.
 */
export function redrawnInPlace<D, O, L extends { signature: string }>(
  node: SVGSVGElement,
  signature: string,
  layoutOf: (data: D, options: O) => L,
  redraw: (data: D, layout: L) => void,
): Chart<D, O> {
  return {
    node,
    update(data, options) {
      const layout = layoutOf(data, options);
      if (layout.signature !== signature) return false;
      redraw(data, layout);
      return true;
    },
  };
}

const signatures = new WeakMap<object, string>();
/**
 * The text of the labels a chart was given, as one string (functions are left out); kept
 * per labels object, since a page passes the same one every frame.
 */
export function labelsSignature(labels: object | undefined): string {
  if (!labels) return '';
  let signature = signatures.get(labels);
  if (signature === undefined) {
    signature = JSON.stringify(labels);
    signatures.set(labels, signature);
  }
  return signature;
}

/** What every chart takes besides its data: its size, a prefix for its element ids (so two charts can share a page), and its words. */
export interface ChartOptions<L> {
  width?: number;
  /** Charts that grow with their rows (forest, Sobol) take their height from them and ignore this. */
  height?: number;
  idPrefix?: string;
  labels?: Partial<L>;
}

/**
 * What an in-place update of a chart over months must not change: its size, id, horizon
 * and words (the y domains are left out: the charts follow them, axes drawn again).
 */
export const redrawSignature = (size: { width: number; height: number; id: string }, horizon: number, labels: object | undefined): string =>
  [size.width, size.height, size.id, horizon, labelsSignature(labels)].join('|');
