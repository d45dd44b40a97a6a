// @vitest-environment jsdom
/** Compare mode: two runs overlaid in two panels, A solid and B dashed; a file snapshot. */
import { describe, expect, it } from 'vitest';
import { compareChart, type CompareData } from '../../viz/charts/compare';
import { expectChartWords } from './chartWords';
import { overPrecise, snapshotText } from './svgText';

const data: CompareData = {
  a: { tick: [1, 2, 3, 4], effectiveness: [0, 0.0003, 0.0004, 0.0002], efficiency: [1, 0.99, 0.98, 0.985] },
  b: { tick: [1, 2, 3, 4], effectiveness: [0, 0.0012, 0.0009, 0.001], efficiency: [1, 0.985, 1.004, 0.99] },
};
const build = () => compareChart(data, { horizon: 12, labels: { runB: 'Run B: leadership = facilitative' } }, document).node;

describe('compareChart', () => {
  it('has a title, a description, two panels with axis titles, and a legend naming both runs', () => {
    expectChartWords(build(), 'compare', 'Compare: the same seed under two settings', {
      labels: { 'y-top': 'Collective effectiveness (points)', 'y-bottom': 'Organisational efficiency' },
      legend: ['Run A', 'Run B: leadership = facilitative'],
    });
  });

  it('draws run A solid and run B dashed in both panels', () => {
    const svg = build();
    for (const id of ['a-effectiveness', 'b-effectiveness', 'a-efficiency', 'b-efficiency'])
      expect(svg.querySelector(`#compare-${id}`)?.getAttribute('d')).toMatch(/^M/);
    expect(svg.querySelector('#compare-a-effectiveness')?.hasAttribute('stroke-dasharray')).toBe(false);
    expect(svg.querySelector('#compare-b-effectiveness')?.getAttribute('stroke-dasharray')).toBe('7 3');
  });

  it('moves in place while the scales hold', () => {
    const chart = compareChart(
      { a: data.a, b: { tick: [1, 2, 3], effectiveness: [0, 0.0012, 0.0009], efficiency: [1, 0.985, 1.004] } },
      { horizon: 12 },
      document,
    );
    const svg = chart.node;
    expect(chart.update(data, { horizon: 12 })).toBe(true);
    expect(svg.querySelector('#compare-b-effectiveness')?.getAttribute('d')?.match(/L/g)).toHaveLength(3);
  });

  it('rounds every coordinate and matches the stored SVG', async () => {
    expect(overPrecise(build())).toEqual([]);
    await expect(snapshotText(build())).toMatchFileSnapshot('./__snapshots__/compare.svg');
  });
});
