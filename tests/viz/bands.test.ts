// @vitest-environment jsdom
/** Sweep means with 95% bands per setting: title, axes, legend, one band and one line per setting; a file snapshot. */
import { describe, expect, it } from 'vitest';
import { bandsChart, type BandsData } from '../../viz/charts/bands';
import { expectChartWords } from './chartWords';
import { overPrecise, snapshotText } from './svgText';

const data: BandsData = {
  series: [
    { key: 's000', label: 's000: Steward = no', style: 0, mean: [2, 4, 5, 5.5], low: [1.5, 3.2, 4, 4.4], high: [2.5, 4.8, 6, 6.6] },
    { key: 's001', label: 's001: Steward = yes', style: 1, mean: [2, 5, 7, 8], low: [1.4, 4.1, 5.9, 6.7], high: [2.6, 5.9, 8.1, 9.3] },
  ],
};
const build = () => bandsChart(data, { labels: { yAxis: 'Members (organisations)' } }, document).node;

describe('bandsChart', () => {
  it('has a title, a description, axis titles with units and a legend naming each setting and the band', () => {
    expectChartWords(build(), 'bands', 'Mean per setting, with 95% confidence intervals', {
      desc: /95% confidence interval/,
      labels: { x: 'Time (months)', y: 'Members (organisations)' },
      legend: ['s000: Steward = no', 's001: Steward = yes', '95% confidence interval'],
    });
  });

  it('draws a band and a mean line per setting, the second dashed', () => {
    const svg = build();
    expect(svg.querySelector('#bands-s000-band')?.getAttribute('d')).toMatch(/Z$/);
    expect(svg.querySelector('#bands-s001-mean')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){3}$/);
    expect(svg.querySelector('#bands-s000-mean')?.hasAttribute('stroke-dasharray')).toBe(false);
    expect(svg.querySelector('#bands-s001-mean')?.getAttribute('stroke-dasharray')).toBe('7 3');
    expect(svg.getAttribute('data-ticks')).toBe('4');
  });

  it('thins a long series to about one point per pixel column', () => {
    const n = 20_000;
    const wave = Float64Array.from({ length: n }, (_, k) => Math.sin(k / 50));
    const svg = bandsChart(
      { series: [{ key: 's000', label: 'a', style: 0, mean: wave, low: wave.map((v) => v - 0.1), high: wave.map((v) => v + 0.1) }] },
      {},
      document,
    ).node;
    expect(svg.querySelector('#bands-s000-mean')?.getAttribute('d')?.match(/L/g)?.length).toBeLessThan(4 * 720);
  });

  it('rounds every coordinate and matches the stored SVG', async () => {
    expect(overPrecise(build())).toEqual([]);
    await expect(snapshotText(build())).toMatchFileSnapshot('./__snapshots__/bands.svg');
  });
});
