// @vitest-environment jsdom
/** Paired differences as a forest plot: one row per setting, filled when the interval excludes 0; a file snapshot. */
import { describe, expect, it } from 'vitest';
import { wrapLabel, forestChart, type ForestData } from '../../viz/charts/forest';
import { expectChartWords, textsOf } from './chartWords';
import { overPrecise, snapshotText } from './svgText';

const data: ForestData = {
  rows: [
    { key: 's001', label: 's001: Leadership = Facilitative', mean: 14.16, low: 7.7, high: 20.62 },
    { key: 's002', label: 's002: Steward = yes', mean: 3.1, low: -1.2, high: 7.4 },
    { key: 's003', label: 's003: Steward = yes, Leadership = Facilitative', mean: -2, low: -3.5, high: -0.5 },
  ],
};
const build = () => forestChart(data, { labels: { xAxis: 'Difference from s000: lifetime (months)' } }, document).node;

describe('forestChart', () => {
  it('has a title, a description, an axis title with its unit, a legend and a labelled row per setting', () => {
    const svg = build();
    expectChartWords(svg, 'forest', 'Paired differences from the first setting', {
      labels: { x: 'Difference from s000: lifetime (months)' },
      legend: ['Interval excludes 0', 'Interval includes 0'],
    });
    expect(textsOf(svg, '.row-label')).toEqual(data.rows.map((r) => r.label));
  });

  it('fills the mark of a row whose interval excludes 0, and grows with the rows', () => {
    const svg = build();
    expect([...svg.querySelectorAll('.row')].map((g) => g.classList.contains('clear'))).toEqual([true, false, true]);
    expect(svg.querySelector('#forest-row-s002 .point')?.getAttribute('fill')).toBe('#fff');
    const taller = forestChart({ rows: [...data.rows, { ...data.rows[0]!, key: 's004' }] }, {}, document).node;
    expect(Number(taller.getAttribute('height')) - Number(svg.getAttribute('height'))).toBe(26);
  });

  it('wraps a label too long for its column onto lines, whole, so settings differing only at the end stay apart', () => {
    const a = 's001: Steward (accountable body) = yes, Leadership = None, Evaluation = Developmental';
    const b = 's002: Steward (accountable body) = yes, Leadership = None, Evaluation = Linear';
    const svg = forestChart(
      {
        rows: [
          { key: 's001', label: a, mean: 1, low: 0.5, high: 1.5 },
          { key: 's002', label: b, mean: 2, low: 1, high: 3 },
        ],
      },
      {},
      document,
    ).node;
    const labels = [...svg.querySelectorAll('.row-label')].map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent));
    expect(labels[0]!.length).toBeGreaterThan(1);
    expect(labels.map((lines) => lines.join(' '))).toEqual([a, b]);
    expect(svg.textContent).not.toContain('…');
    // A word longer than a line is split, nothing lost.
    expect(wrapLabel('x'.repeat(200), 100).join('')).toBe('x'.repeat(200));
  });

  it('rounds every coordinate and matches the stored SVG', async () => {
    expect(overPrecise(build())).toEqual([]);
    await expect(snapshotText(build())).toMatchFileSnapshot('./__snapshots__/forest.svg');
  });
});
