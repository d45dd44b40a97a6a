/**
 * A chart's legend: entries in rows under the title, each a swatch (a line, a rectangle or
 * a symbol, as the chart draws the thing) and its text, wrapped at a width. Text cannot be
 * measured in a detached SVG, so entries are spaced by character count; a layout made
 * before the legend is drawn can ask how tall it will be.
 */
import { type SymbolType, symbol } from 'd3';
import type { G, Svg } from './svg';

export type LegendEntry = { key: string; text: string } & (
  | { kind: 'line'; colour: string; dash?: string | null; width?: number }
  | { kind: 'rect'; fill: string; stroke?: string }
  | { kind: 'symbol'; symbol: SymbolType; fill: string; stroke: string }
);

/** Height of a row of entries. */
const ROW_HEIGHT = 18;

/** Width of a legend entry (text width is unknown in a detached SVG: spaced by character count). */
const legendEntryWidth = (text: string) => 40 + Math.round(text.length * 6.2);

/** Where each entry goes when wrapped at `maxWidth`, and the legend's height. */
function flow(texts: readonly string[], maxWidth: number): { at: [number, number][]; height: number } {
  const at: [number, number][] = [];
  let dx = 0;
  let dy = 0;
  for (const text of texts) {
    const width = legendEntryWidth(text);
    if (dx > 0 && dx + width > maxWidth) {
      dx = 0;
      dy += ROW_HEIGHT;
    }
    at.push([dx, dy]);
    dx += width;
  }
  return { at, height: dy + ROW_HEIGHT };
}

/** The height drawLegend gives these entries wrapped at `maxWidth` (for a layout made before the legend is drawn). */
export function legendHeight(texts: readonly string[], maxWidth: number): number {
  return flow(texts, maxWidth).height;
}

/** Top of the plot under the title and a legend at y = 44: the chart's own margin, or lower when the legend wraps to more rows. */
export function plotTop(margin: number, legendTexts: readonly string[], maxWidth: number): number {
  return Math.max(margin, 44 + legendHeight(legendTexts, maxWidth) + 14);
}

/** An entry's swatch, drawn as the chart draws the thing it names. */
function drawSwatch(item: G, entry: LegendEntry): void {
  if (entry.kind === 'line') {
    item
      .append('line')
      .attr('x1', 0)
      .attr('x2', 22)
      .attr('y1', 0)
      .attr('y2', 0)
      .attr('stroke', entry.colour)
      .attr('stroke-width', entry.width ?? 2)
      .attr('stroke-dasharray', entry.dash ?? null);
  } else if (entry.kind === 'rect') {
    item
      .append('rect')
      .attr('x', 4)
      .attr('y', -6)
      .attr('width', 14)
      .attr('height', 12)
      .attr('fill', entry.fill)
      .attr('stroke', entry.stroke ?? null);
  } else {
    item
      .append('path')
      .attr('transform', 'translate(11,0)')
      .attr('d', symbol(entry.symbol, 90).digits(2)())
      .attr('fill', entry.fill)
      .attr('stroke', entry.stroke)
      .attr('stroke-width', 1.5);
  }
}

/** A legend in rows from (x, y), wrapped at `maxWidth`; returns its height. */
export function drawLegend(svg: Svg, id: string, entries: readonly LegendEntry[], x: number, y: number, maxWidth: number): number {
  const legend = svg.append('g').attr('id', `${id}-legend`).attr('class', 'legend').attr('transform', `translate(${x},${y})`);
  const { at, height } = flow(
    entries.map((entry) => entry.text),
    maxWidth,
  );
  entries.forEach((entry, k) => {
    const [dx, dy] = at[k]!;
    const item = legend.append('g').attr('class', `legend-item legend-${entry.key}`).attr('transform', `translate(${dx},${dy})`);
    drawSwatch(item, entry);
    item.append('text').attr('x', 28).attr('dy', '0.32em').text(entry.text);
  });
  return height;
}
