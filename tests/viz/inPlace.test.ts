// @vitest-environment jsdom
/**
 * Every chart that updates in place gives exactly the markup of a chart built afresh for
 * the same data, also when the new data moves a scale's domain (the axes are drawn again
 * inside the chart instead of building a new one, which would cost the page a frame).
 */
import { describe, expect, it } from 'vitest';
import { timeSeriesChart } from '../../viz/charts/timeSeries';
import { counterfactualChart } from '../../viz/charts/counterfactual';
import { phaseChart } from '../../viz/charts/phase';
import { membershipChart } from '../../viz/charts/membership';
import { compareChart } from '../../viz/charts/compare';
import type { Chart } from '../../viz/charts/common';

/** A run of `n` months whose values keep reaching new extremes, so every y domain moves as it grows. */
function run(n: number) {
  const tick = Float64Array.from({ length: n }, (_, k) => k + 1);
  const grow = (scale: number, base: number) => Float64Array.from({ length: n }, (_, k) => base + scale * (k + 1) * (k % 2 ? 1 : -0.5));
  return {
    tick,
    effectiveness: grow(0.002, 0),
    efficiency: grow(0.01, 1),
    withAction: grow(0.01, 0.5),
    withoutAction: grow(0.004, 0.5),
    membersE: Float64Array.from({ length: n }, (_, k) => 2 + k),
    membersP: Float64Array.from({ length: n }, (_, k) => 1 + 2 * k),
    membersT: Float64Array.from({ length: n }, (_, k) => 3 + 3 * k),
    joins: Float64Array.from({ length: n }, (_, k) => k),
    leaves: Float64Array.from({ length: n }, (_, k) => (k * 3) % 5),
  };
}

type Run = ReturnType<typeof run>;

/** A chart built for a run's first months, that moves on in place; and the same chart built afresh. */
interface Case {
  name: string;
  start: (d: Run) => { node: SVGSVGElement; moveTo: (d: Run) => boolean };
  fresh: (d: Run) => SVGSVGElement;
}

function inPlace<D, O>(name: string, build: (data: D, options: O, document: Document) => Chart<D, O>, dataOf: (d: Run) => D, options: O): Case {
  return {
    name,
    start: (d) => {
      const chart = build(dataOf(d), options, document);
      return { node: chart.node, moveTo: (next) => chart.update(dataOf(next), options) };
    },
    fresh: (d) => build(dataOf(d), options, document).node,
  };
}

const cases: Case[] = [
  inPlace('headline', timeSeriesChart, (d) => ({ ...d, events: [] }), { horizon: 40 }),
  inPlace('outcome', counterfactualChart, (d) => d, { horizon: 40 }),
  inPlace('phase', phaseChart, (d) => d, { horizon: 40 }),
  inPlace('membership', membershipChart, (d) => d, { horizon: 40 }),
  inPlace('compare', compareChart, (d) => ({ a: d, b: { ...d, effectiveness: d.effectiveness.map((v) => v * 1.5) } }), { horizon: 40 }),
];

describe('charts updated in place', () => {
  for (const chart of cases) {
    it(`${chart.name}: month by month, the same markup as a chart built afresh`, () => {
      const built = chart.start(run(1));
      const svg = built.node;
      const axes = () => [...svg.querySelectorAll('.axis')].map((axis) => axis.textContent).join('|');
      const seen = new Set<string>([axes()]);
      for (let n = 2; n <= 30; n++) {
        expect(built.moveTo(run(n))).toBe(true);
        expect(svg.outerHTML).toBe(chart.fresh(run(n)).outerHTML);
        seen.add(axes());
      }
      // The run did move the scales: several different sets of axis labels were drawn.
      expect(seen.size).toBeGreaterThan(2);
    });
  }
});
