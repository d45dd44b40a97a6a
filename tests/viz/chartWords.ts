/**
 * Checks shared by the chart tests: the words a chart writes for its reader (title,
 * description, axis titles, legend; ids used once), and a chart moving on in place. Each test
 * gives its own expected values; the checks themselves are written once, here.
 */
import { expect } from 'vitest';
import type { Chart } from '../../viz/charts/common';
import { duplicateIds } from './svgText';

/** What a chart should say besides its title. A RegExp need only match; `labels` maps a label's id part ('x', 'y-left', 'flow') to its text. */
export interface ChartWords {
  desc?: RegExp;
  labels?: Record<string, string | RegExp>;
  legend?: string[];
}

/** The text of every element the selector finds, in document order. */
export const textsOf = (svg: SVGSVGElement, selector: string): (string | null)[] => [...svg.querySelectorAll(selector)].map((t) => t.textContent);

/** The chart `#<prefix>-…` has the given title, description, axis titles and legend, and no id twice. */
export function expectChartWords(svg: SVGSVGElement, prefix: string, title: string, words: ChartWords = {}): void {
  expect(svg.querySelector(`title#${prefix}-title`)?.textContent, 'title').toBe(title);
  if (words.desc) expect(svg.querySelector(`desc#${prefix}-desc`)?.textContent, 'description').toMatch(words.desc);
  for (const [name, text] of Object.entries(words.labels ?? {})) {
    const found = svg.querySelector(`#${prefix}-${name}-label`)?.textContent;
    if (typeof text === 'string') expect(found, `${name} label`).toBe(text);
    else expect(found, `${name} label`).toMatch(text);
  }
  if (words.legend) expect(textsOf(svg, `#${prefix}-legend text`), 'legend').toEqual(words.legend);
  expect(duplicateIds(svg), 'ids used twice').toEqual([]);
}

/** Each column of a run cut to its first `months`. */
export const firstMonths = <D extends Record<string, Float64Array>>(data: D, months: number): D =>
  Object.fromEntries(Object.entries(data).map(([key, column]) => [key, column.slice(0, months)])) as D;

/**
 * A chart built for the first `months` of `data`, then given all of it, moves in place (the
 * scales hold) to exactly the markup of a chart built afresh. Returns it for further updates.
 */
export function expectMovesInPlace<Data, O, D extends Data & Record<string, Float64Array>>(
  build: (data: Data, options: O, document: Document) => Chart<Data, O>,
  data: D,
  months: number,
  options: O,
): Chart<Data, O> {
  const chart = build(firstMonths(data, months), options, document);
  expect(chart.update(data, options), 'updated in place').toBe(true);
  expect(chart.node.outerHTML).toBe(build(data, options, document).node.outerHTML);
  return chart;
}
