// @vitest-environment jsdom
/** Kaplan–Meier curves per setting as step lines, with the median line; a file snapshot. */
import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3';
import { survivalBandPath, survivalChart, survivalPath, type SurvivalData } from '../../viz/charts/survival';
import { duplicateIds, overPrecise, snapshotText } from './svgText';

const data: SurvivalData = {
  series: [
    {
      key: 's000',
      label: 's000',
      style: 0,
      horizon: 120,
      steps: [
        { time: 30, survival: 0.8 },
        { time: 55, survival: 0.6 },
        { time: 90, survival: 0.45 },
        { time: 120, survival: 0.45 },
      ],
    },
    {
      key: 's001',
      label: 's001',
      style: 1,
      horizon: 120,
      steps: [
        { time: 70, survival: 0.9 },
        { time: 120, survival: 0.9 },
      ],
    },
  ],
};
const build = () => survivalChart(data, {}, document).node;

describe('survivalChart', () => {
  it('has a title, a description, axis titles and a legend', () => {
    const svg = build();
    expect(svg.querySelector('#survival-title')?.textContent).toBe('Survival of the partnership per setting (Kaplan–Meier)');
    expect(svg.querySelector('#survival-y-label')?.textContent).toBe('Share not yet dissolved');
    expect([...svg.querySelectorAll('#survival-legend text')].map((t) => t.textContent)).toEqual(['s000', 's001', 'One half (median lifetime)']);
    expect(duplicateIds(svg)).toEqual([]);
  });

  it('steps down at each event time and runs flat to the horizon (censoring steps draw nothing)', () => {
    const identity = scaleLinear();
    expect(survivalPath(data.series[0]!.steps, 120, identity, identity)).toBe('M0,1H30V0.8H55V0.6H90V0.45H120');
    expect(survivalPath([], 60, identity, identity)).toBe('M0,1H60');
  });

  it('shades the 95% band as a step area where it is known, and draws none without it', () => {
    const identity = scaleLinear();
    const steps = [
      { time: 0, survival: 1, ciLow: 1, ciHigh: 1 },
      { time: 30, survival: 0.8, ciLow: 0.6, ciHigh: 0.9 },
      { time: 55, survival: 0.6, ciLow: 0.4, ciHigh: 0.75 },
    ];
    expect(survivalBandPath(steps, 120, identity, identity)).toBe('M0,1V1H30V0.9H55V0.75H120V0.4H55V0.6H30V1H0Z');
    expect(survivalBandPath(data.series[0]!.steps, 120, identity, identity)).toBe('');
    const banded = survivalChart({ series: [{ ...data.series[0]!, steps }] }, {}, document).node;
    expect(banded.querySelector('#survival-s000-band')?.getAttribute('d')).toMatch(/^M.*Z$/);
  });

  it('rounds every coordinate and matches the stored SVG', async () => {
    expect(overPrecise(build())).toEqual([]);
    await expect(snapshotText(build())).toMatchFileSnapshot('./__snapshots__/survival.svg');
  });
});
