// @vitest-environment jsdom
/** Sobol indices per factor: a circle (S1) and a square (ST) with their intervals, on an axis that always shows 0 and 1; a file snapshot. */
import { describe, expect, it } from 'vitest';
import { sobolChart, type SobolRow } from '../../viz/charts/sobol';
import { expectChartWords, textsOf } from './chartWords';
import { overPrecise, snapshotText } from './svgText';

const rows: SobolRow[] = [
  { key: 'behaviour.exit_rate', label: 'Exit rate', first: 0.52, firstLow: 0.31, firstHigh: 0.7, total: 0.61, totalLow: 0.45, totalHigh: 0.8 },
  { key: 'action.steward', label: 'Steward (accountable body)', first: -0.03, firstLow: -0.12, firstHigh: 0.05, total: 0.22, totalLow: 0.12, totalHigh: 0.33 },
  { key: 'model.trust.loss', label: 'model.trust.loss', first: NaN, firstLow: NaN, firstHigh: NaN, total: NaN, totalLow: NaN, totalHigh: NaN },
];
const build = () => sobolChart({ rows }, { labels: { title: 'Lifetime: Sobol indices per factor' } }, document).node;

describe('sobolChart', () => {
  it('draws each factor’s S1 and ST with their intervals, a tooltip with its full name, and nothing for an index that could not be estimated', () => {
    const svg = build();
    expectChartWords(svg, 'sobol', 'Lifetime: Sobol indices per factor', { legend: ['First-order S1', 'Total ST'] });
    expect([...svg.querySelectorAll('.row')].map((g) => g.getAttribute('data-factor'))).toEqual(rows.map((r) => r.key));
    expect(textsOf(svg, '.row > title')).toEqual(rows.map((r) => r.label));
    expect(svg.querySelectorAll('#sobol-row-behaviour\\.exit_rate .point')).toHaveLength(2);
    expect(svg.querySelectorAll('#sobol-row-behaviour\\.exit_rate .interval')).toHaveLength(2);
    expect(svg.querySelectorAll('#sobol-row-model\\.trust\\.loss .point')).toHaveLength(0);
  });

  it('keeps 0 and 1 on the axis, and an estimate below 0 within it (not clipped)', () => {
    const svg = build();
    const ticks = [...svg.querySelectorAll('#sobol-x-axis .tick text')].map((t) => t.textContent);
    expect(ticks).toContain('0');
    expect(ticks).toContain('1');
    const [left, right] = (
      svg
        .querySelector('#sobol-x-axis .domain')!
        .getAttribute('d')!
        .match(/M([\d.]+),.*H([\d.]+)/) ?? []
    )
      .slice(1)
      .map(Number);
    const ends = [...svg.querySelectorAll('.interval')].flatMap((line) => [Number(line.getAttribute('x1')), Number(line.getAttribute('x2'))]);
    expect(Math.abs(Math.min(...ends) - left!)).toBeLessThanOrEqual(1); // the lowest bound, −0.12, is the axis' start (to the pixel grid)
    expect(Math.max(...ends)).toBeLessThanOrEqual(right! + 0.5);
  });

  it('rounds every coordinate and matches the stored SVG', async () => {
    expect(overPrecise(build())).toEqual([]);
    await expect(snapshotText(build())).toMatchFileSnapshot('./__snapshots__/sobol.svg');
  });
});
