// @vitest-environment jsdom
/** The phase trajectory: axes, the time ramp, start and latest month, colour steps; a file snapshot. */
import { describe, expect, it } from 'vitest';
import { phaseChart, type PhaseData } from '../../viz/charts/phase';
import { expectChartWords, expectMovesInPlace, textsOf } from './chartWords';
import { overPrecise, snapshotText } from './svgText';

const data = {
  tick: Float64Array.from([1, 2, 3, 4, 5, 6]),
  effectiveness: Float64Array.from([0, 0.0002, 0.0005, 0.0009, 0.0011, 0.001]),
  efficiency: Float64Array.from([1, 0.99, 0.985, 0.99, 1.002, 1]),
} satisfies PhaseData;
const build = () => phaseChart(data, { horizon: 12 }, document).node;

describe('phaseChart', () => {
  it('has a title, a description, both axis titles, a legend and the time ramp', () => {
    const svg = build();
    expectChartWords(svg, 'phase', 'Phase trajectory: efficiency against effectiveness', {
      desc: /Each point is a month/,
      labels: { x: 'Organisational efficiency (1 = stand-alone)', y: 'Collective effectiveness (points of needs met)' },
      legend: ['Start', 'Latest month'],
    });
    expect(textsOf(svg, '#phase-ramp text')).toEqual(['0', 'Month', '12']);
  });

  it('draws one segment per month, coloured by when it happened, and marks the start and the latest month', () => {
    const svg = build();
    const segments = [...svg.querySelectorAll('#phase-path path[d]')].map((p) => p.getAttribute('d')!.split('M').length - 1);
    expect(segments.reduce((a, b) => a + b, 0)).toBe(5);
    expect(svg.querySelector('#phase-now')?.getAttribute('data-tick')).toBe('6');
    expect(svg.querySelector('#phase-start')?.getAttribute('transform')).toMatch(/^translate\([\d.]+,[\d.]+\)$/);
  });

  it('hides the markers before the first month', () => {
    const svg = phaseChart({ tick: [], effectiveness: [], efficiency: [] }, { horizon: 12 }, document).node;
    expect(svg.querySelector('#phase-now')?.getAttribute('visibility')).toBe('hidden');
    expect(svg.querySelectorAll('#phase-path path[d]')).toHaveLength(0);
  });

  it('moves in place while the scales hold', () => {
    const chart = expectMovesInPlace(phaseChart, data, 5, { horizon: 12 });
    expect(chart.update(data, { horizon: 24 })).toBe(false);
  });

  it('rounds every coordinate and matches the stored SVG', async () => {
    expect(overPrecise(build())).toEqual([]);
    await expect(snapshotText(build())).toMatchFileSnapshot('./__snapshots__/phase.svg');
  });
});
