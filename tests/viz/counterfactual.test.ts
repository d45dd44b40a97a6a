// @vitest-environment jsdom
/** Population outcome with and without the action: two lines and the gap; a file snapshot. */
import { describe, expect, it } from 'vitest';
import { counterfactualChart, type CounterfactualData } from '../../viz/charts/counterfactual';
import { expectChartWords, expectMovesInPlace } from './chartWords';
import { overPrecise, snapshotText } from './svgText';

const data = {
  tick: Float64Array.from([1, 2, 3, 4, 5]),
  withAction: Float64Array.from([0.5, 0.502, 0.506, 0.509, 0.508]),
  withoutAction: Float64Array.from([0.5, 0.501, 0.5, 0.499, 0.5]),
} satisfies CounterfactualData;
const build = () => counterfactualChart(data, { horizon: 12 }, document).node;

describe('counterfactualChart', () => {
  it('has a title, a description, axis titles and a legend', () => {
    expectChartWords(build(), 'outcome', 'Population outcome with and without the joint action', {
      labels: { y: 'Population outcome (share of needs met)' },
      legend: ['With the action', 'Without the action (counterfactual)', 'Difference made by the action'],
    });
  });

  it('draws both lines and the gap between them', () => {
    const svg = build();
    for (const id of ['#outcome-with', '#outcome-without']) expect(svg.querySelector(id)?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){4}$/);
    expect(svg.querySelector('#outcome-gap')?.getAttribute('d')).toMatch(/Z$/);
    expect(svg.querySelector('#outcome-without')?.getAttribute('stroke-dasharray')).toBe('5 4');
  });

  it('moves in place while the scale holds', () => {
    expectMovesInPlace(counterfactualChart, data, 4, { horizon: 12 });
  });

  it('rounds every coordinate and matches the stored SVG', async () => {
    expect(overPrecise(build())).toEqual([]);
    await expect(snapshotText(build())).toMatchFileSnapshot('./__snapshots__/counterfactual.svg');
  });
});
