// @vitest-environment jsdom
/** The time-series chart, built from a five-month hand-made run: structure, marker position, and a file snapshot. */
import { describe, expect, it } from 'vitest';
import { monthTicks, paddedDomain, timeSeriesChart, type TimeSeriesData } from '../../viz/charts/timeSeries';
import { expectChartWords } from './chartWords';
import { overPrecise, snapshotText } from './svgText';

const data = {
  tick: Float64Array.from([1, 2, 3, 4, 5]),
  effectiveness: Float64Array.from([0, 0.0004, 0.0009, 0.0012, 0.0011]),
  efficiency: Float64Array.from([1, 0.995, 0.99, 0.992, 0.996]),
  events: [
    { tick: 3, type: 'political_turnover' },
    { tick: 3, type: 'crisis' },
  ],
} satisfies TimeSeriesData;

// Width 600: plot from x=80 to x=524; horizon 10 months → 44.4 px a month.
const build = () => timeSeriesChart(data, { width: 600, height: 320, horizon: 10 }, document).node;

describe('timeSeriesChart', () => {
  it('has a title, a caption, both lines, axis labels and a legend', () => {
    const svg = build();
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expectChartWords(svg, 'ts', 'Collective effectiveness and organisational efficiency', {
      desc: /above 0 the action helps/,
      labels: { x: 'Time (months)', 'y-left': /^Collective effectiveness \(points of needs met/, 'y-right': 'Organisational efficiency (1 = stand-alone)' },
      legend: ['Collective effectiveness', 'Organisational efficiency', 'Event', 'Live event'],
    });
    expect(svg.getAttribute('aria-labelledby')).toBe('ts-title ts-desc');
    for (const id of ['ts-effectiveness', 'ts-efficiency']) {
      const d = svg.querySelector(`path#${id}`)?.getAttribute('d') ?? '';
      expect(d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){4}$/);
    }
  });

  it('puts one marker per event month, at that month, naming the events', () => {
    const markers = build().querySelectorAll('.event-marker');
    expect(markers).toHaveLength(1);
    const marker = markers[0]!;
    expect(marker.getAttribute('data-tick')).toBe('3');
    expect(marker.querySelector('title')?.textContent).toBe('3: political turnover, crisis');
    const line = marker.querySelector('line')!;
    expect(line.getAttribute('x1')).toBe('213.2'); // 80 + 3 × 44.4
    expect(marker.querySelector('text')?.textContent).toBe('1');
    expect(line.getAttribute('x2')).toBe(line.getAttribute('x1'));
  });

  it('starts the lines at the first month', () => {
    const d = build().querySelector('#ts-effectiveness')!.getAttribute('d')!;
    expect(d.startsWith('M124.4,')).toBe(true); // 80 + 1 × 44.4
  });

  it('uses the labels it is given', () => {
    const svg = timeSeriesChart(data, { labels: { title: 'Titre', eventName: (e) => `«${e.type}»` } }, document).node;
    expect(svg.querySelector('title')?.textContent).toBe('Titre');
    expect(svg.querySelector('.event-marker title')?.textContent).toBe('3: «political_turnover», «crisis»');
  });

  it('draws axes but no line before the first month', () => {
    const svg = timeSeriesChart({ tick: [], effectiveness: [], efficiency: [], events: [] }, { horizon: 120 }, document).node;
    expect(svg.querySelector('#ts-effectiveness')?.hasAttribute('d')).toBe(false);
    expect(svg.querySelectorAll('#ts-x-axis .tick')).toHaveLength(11);
  });

  it('rounds every coordinate to at most 2 decimals', () => {
    expect(overPrecise(build())).toEqual([]);
  });

  it('marks live events with a solid line', () => {
    const svg = timeSeriesChart(
      { ...data, events: [...data.events, { tick: 5, type: 'budget_cut', order: 'E', source: 'live' }] },
      { width: 600, height: 320, horizon: 10 },
      document,
    ).node;
    const live = svg.querySelector('.event-marker.live')!;
    expect(live.getAttribute('data-tick')).toBe('5');
    expect(live.querySelector('title')?.textContent).toBe('5: budget cut (E)');
    expect(live.querySelector('line')?.hasAttribute('stroke-dasharray')).toBe(false);
  });

  it('writes decimal commas when asked', () => {
    const svg = timeSeriesChart(data, { width: 600, height: 320, horizon: 10, labels: { decimal: ',' } }, document).node;
    expect([...svg.querySelectorAll('#ts-y-right .tick text')].map((t) => t.textContent)).toContain('0,99');
  });

  it('moves in place, following its y scales, and refuses when the size, horizon or labels change', () => {
    const first = { ...data, tick: data.tick.slice(0, 4), effectiveness: data.effectiveness.slice(0, 4), efficiency: data.efficiency.slice(0, 4), events: [] };
    const options = { width: 600, height: 320, horizon: 10 };
    const chart = timeSeriesChart(first, options, document);
    const svg = chart.node;
    expect(chart.update(data, options)).toBe(true);
    expect(svg.outerHTML).toBe(build().outerHTML);
    // A new extreme moves the left axis: redrawn in place, exactly as a new chart would be.
    const wider = { ...data, effectiveness: Float64Array.from([0, 0.5, 1, 1, 1]) };
    const before = svg.querySelector('#ts-y-left')!.textContent;
    expect(chart.update(wider, options)).toBe(true);
    expect(svg.querySelector('#ts-y-left')!.textContent).not.toBe(before);
    expect(svg.outerHTML).toBe(timeSeriesChart(wider, options, document).node.outerHTML);
    expect(chart.update(data, { ...options, labels: { title: 'Autre' } })).toBe(false);
    expect(chart.update(data, { ...options, horizon: 20 })).toBe(false);
  });

  it('thins a long run to a few points per pixel and groups crowded markers', () => {
    const n = 50_000;
    const tick = Float64Array.from({ length: n }, (_, k) => k + 1);
    const wave = Float64Array.from({ length: n }, (_, k) => Math.sin(k / 100) * 0.01);
    const events = Array.from({ length: 2000 }, (_, k) => ({ tick: k * 25 + 1, type: 'crisis', source: 'random' }));
    const svg = timeSeriesChart({ tick, effectiveness: wave, efficiency: wave.map((v) => 1 + v), events }, { width: 600, horizon: n }, document).node;
    const points = svg.querySelector('#ts-effectiveness')!.getAttribute('d')!.split(/[ML]/).length - 1;
    expect(points).toBeLessThanOrEqual(4 * 444 + 4);
    expect(points).toBeGreaterThan(444);
    const markers = svg.querySelectorAll('.event-marker');
    expect(markers.length).toBeLessThanOrEqual(444 / 3 + 1);
    expect(svg.querySelectorAll('.event-marker text')).toHaveLength(0);
    expect(markers[0]!.querySelector('title')?.textContent).toMatch(/^1: crisis\n26: crisis\n/);
  });

  it('matches the stored SVG', async () => {
    await expect(snapshotText(build())).toMatchFileSnapshot('./__snapshots__/timeSeries.svg');
  });
});

describe('chart helpers', () => {
  it('keeps the reference value inside the domain and a minimum span', () => {
    expect(paddedDomain([], 1, 0.05)).toEqual([0.97, 1.03]);
    const [lo, hi] = paddedDomain([0.2, 0.9], 1, 0.05);
    expect(lo).toBeLessThanOrEqual(0.2);
    expect(hi).toBeGreaterThanOrEqual(1);
    expect(paddedDomain([Number.NaN, 2], 0, 0)).toEqual([0, 2]);
  });

  it('ticks months on round numbers of years', () => {
    expect(monthTicks(120)).toEqual([0, 12, 24, 36, 48, 60, 72, 84, 96, 108, 120]);
    expect(monthTicks(600)).toEqual([0, 60, 120, 180, 240, 300, 360, 420, 480, 540, 600]);
    expect(monthTicks(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(monthTicks(18)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
    expect(monthTicks(36)).toEqual([0, 12, 24, 36]);
    expect(monthTicks(2000)).toEqual([0, 240, 480, 720, 960, 1200, 1440, 1680, 1920]);
    expect(monthTicks(100_000).slice(0, 3)).toEqual([0, 12_000, 24_000]);
  });
});
