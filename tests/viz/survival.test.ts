// @vitest-environment jsdom
/** Kaplan–Meier curves per setting as step lines, with the median line; a file snapshot. */
import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3';
import { survivalBandPath, survivalChart, survivalPath, type SurvivalData } from '../../viz/charts/survival';
import { expectChartWords } from './chartWords';
import { overPrecise, snapshotText } from './svgText';

/** One setting followed to month 120, labelled by its key, from its [time, survival] steps. */
const setting = (key: string, style: number, steps: [number, number][]): SurvivalData['series'][number] => ({
  key,
  label: key,
  style,
  horizon: 120,
  steps: steps.map(([time, survival]) => ({ time, survival })),
});
const data: SurvivalData = {
  series: [
    setting('s000', 0, [
      [30, 0.8],
      [55, 0.6],
      [90, 0.45],
      [120, 0.45],
    ]),
    setting('s001', 1, [
      [70, 0.9],
      [120, 0.9],
    ]),
  ],
};
const build = () => survivalChart(data, {}, document).node;

describe('survivalChart', () => {
  it('has a title, a description, axis titles and a legend', () => {
    expectChartWords(build(), 'survival', 'Survival of the partnership per setting (Kaplan–Meier)', {
      labels: { y: 'Share not yet dissolved' },
      legend: ['s000', 's001', 'One half (median lifetime)'],
    });
  });

  it('rounds every coordinate and matches the stored SVG', async () => {
    expect(overPrecise(build())).toEqual([]);
    await expect(snapshotText(build())).toMatchFileSnapshot('./__snapshots__/survival.svg');
  });
});

// The step paths alone, in identity scales so that they read in months and shares.
describe('survivalPath and survivalBandPath', () => {
  const identity = scaleLinear();

  it('steps down at each event time and runs flat to the horizon (censoring steps draw nothing)', () => {
    expect(survivalPath(data.series[0]!.steps, 120, identity, identity)).toBe('M0,1H30V0.8H55V0.6H90V0.45H120');
    expect(survivalPath([], 60, identity, identity)).toBe('M0,1H60');
  });

  it('shades the 95% band as a step area where it is known, and draws none without it', () => {
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
});
