// @vitest-environment jsdom
/**
 * Every chart that updates in place gives exactly the markup of a chart built afresh for
 * the same data, also when the new data moves a scale's domain (the axes are drawn again
 * inside the chart instead of building a new one, which would cost the page a frame).
 */
import { describe, expect, it } from 'vitest';
import { timeSeriesChart, updateTimeSeriesChart } from '../../viz/charts/timeSeries';
import { counterfactualChart, updateCounterfactualChart } from '../../viz/charts/counterfactual';
import { phaseChart, updatePhaseChart } from '../../viz/charts/phase';
import { membershipChart, updateMembershipChart } from '../../viz/charts/membership';
import { compareChart, updateCompareChart } from '../../viz/charts/compare';

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

const cases = [
  { name: 'headline', build: (d: ReturnType<typeof run>) => timeSeriesChart({ ...d, events: [] }, { horizon: 40 }, document), update: (svg: SVGSVGElement, d: ReturnType<typeof run>) => updateTimeSeriesChart(svg, { ...d, events: [] }, { horizon: 40 }) },
  { name: 'outcome', build: (d: ReturnType<typeof run>) => counterfactualChart(d, { horizon: 40 }, document), update: (svg: SVGSVGElement, d: ReturnType<typeof run>) => updateCounterfactualChart(svg, d, { horizon: 40 }) },
  { name: 'phase', build: (d: ReturnType<typeof run>) => phaseChart(d, { horizon: 40 }, document), update: (svg: SVGSVGElement, d: ReturnType<typeof run>) => updatePhaseChart(svg, d, { horizon: 40 }) },
  { name: 'membership', build: (d: ReturnType<typeof run>) => membershipChart(d, { horizon: 40 }, document), update: (svg: SVGSVGElement, d: ReturnType<typeof run>) => updateMembershipChart(svg, d, { horizon: 40 }) },
  {
    name: 'compare',
    build: (d: ReturnType<typeof run>) => compareChart({ a: d, b: { ...d, effectiveness: d.effectiveness.map((v) => v * 1.5) } }, { horizon: 40 }, document),
    update: (svg: SVGSVGElement, d: ReturnType<typeof run>) => updateCompareChart(svg, { a: d, b: { ...d, effectiveness: d.effectiveness.map((v) => v * 1.5) } }, { horizon: 40 }),
  },
];

describe('charts updated in place', () => {
  for (const chart of cases) {
    it(`${chart.name}: month by month, the same markup as a chart built afresh`, () => {
      const svg = chart.build(run(1));
      const axes = () => [...svg.querySelectorAll('.axis')].map((axis) => axis.textContent).join('|');
      const seen = new Set<string>([axes()]);
      for (let n = 2; n <= 30; n++) {
        expect(chart.update(svg, run(n))).toBe(true);
        expect(svg.outerHTML).toBe(chart.build(run(n)).outerHTML);
        seen.add(axes());
      }
      // The run did move the scales: several different sets of axis labels were drawn.
      expect(seen.size).toBeGreaterThan(2);
    });
  }
});
