// @vitest-environment jsdom
/** The time-series chart, built from a five-month hand-made run: structure, marker position, and a file snapshot. */
import { describe, expect, it } from 'vitest';
import { monthTicks, paddedDomain, timeSeriesChart, type TimeSeriesData } from '../../viz/charts/timeSeries';

const data: TimeSeriesData = {
  tick: Float64Array.from([1, 2, 3, 4, 5]),
  effectiveness: Float64Array.from([0, 0.0004, 0.0009, 0.0012, 0.0011]),
  efficiency: Float64Array.from([1, 0.995, 0.99, 0.992, 0.996]),
  events: [
    { tick: 3, type: 'political_turnover' },
    { tick: 3, type: 'crisis' },
  ],
};

// Width 600: plot from x=76 to x=528; horizon 10 months → 45.2 px a month.
const build = () => timeSeriesChart(data, { width: 600, height: 320, horizon: 10 }, document);

describe('timeSeriesChart', () => {
  it('has a title, a caption, both lines, axis labels and a legend', () => {
    const svg = build();
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.querySelector('title#ts-title')?.textContent).toBe('Collective effectiveness and organisational efficiency');
    expect(svg.querySelector('desc#ts-desc')?.textContent).toMatch(/above 0 the action helps/);
    expect(svg.getAttribute('aria-labelledby')).toBe('ts-title ts-desc');
    for (const id of ['ts-effectiveness', 'ts-efficiency']) {
      const d = svg.querySelector(`path#${id}`)?.getAttribute('d') ?? '';
      expect(d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){4}$/);
    }
    expect(svg.querySelector('#ts-x-label')?.textContent).toBe('Time (months)');
    expect(svg.querySelector('#ts-y-left-label')?.textContent).toMatch(/^Collective effectiveness \(outcome index/);
    expect(svg.querySelector('#ts-y-right-label')?.textContent).toBe('Organisational efficiency (1 = stand-alone)');
    const legend = [...svg.querySelectorAll('#ts-legend text')].map((t) => t.textContent);
    expect(legend).toEqual(['Collective effectiveness', 'Organisational efficiency', 'Events']);
  });

  it('puts one marker per event month, at that month, naming the events', () => {
    const markers = build().querySelectorAll('.event-marker');
    expect(markers).toHaveLength(1);
    const marker = markers[0]!;
    expect(marker.getAttribute('data-tick')).toBe('3');
    expect(marker.querySelector('title')?.textContent).toBe('3: political turnover, crisis');
    const line = marker.querySelector('line')!;
    expect(line.getAttribute('x1')).toBe('211.6'); // 76 + 3 × 45.2
    expect(line.getAttribute('x2')).toBe(line.getAttribute('x1'));
  });

  it('starts the lines at the first month', () => {
    const d = build().querySelector('#ts-effectiveness')!.getAttribute('d')!;
    expect(d.startsWith('M121.2,')).toBe(true); // 76 + 1 × 45.2
  });

  it('uses the labels it is given', () => {
    const svg = timeSeriesChart(data, { labels: { title: 'Titre', eventName: (t) => `«${t}»` } }, document);
    expect(svg.querySelector('title')?.textContent).toBe('Titre');
    expect(svg.querySelector('.event-marker title')?.textContent).toBe('3: «political_turnover», «crisis»');
  });

  it('draws axes but no line before the first month', () => {
    const svg = timeSeriesChart({ tick: [], effectiveness: [], efficiency: [], events: [] }, { horizon: 120 }, document);
    expect(svg.querySelector('#ts-effectiveness')?.hasAttribute('d')).toBe(false);
    expect(svg.querySelectorAll('#ts-x-axis .tick')).toHaveLength(11);
  });

  it('rounds every coordinate to at most 2 decimals', () => {
    const attributes = [...build().outerHTML.matchAll(/="([^"]*)"/g)].map((m) => m[1]);
    expect(attributes.filter((value) => /\d\.\d{3,}/.test(value!))).toEqual([]);
  });

  it('matches the stored SVG', async () => {
    // One element per line, so a change shows as a readable diff (no text node holds a tag).
    const svg = build().outerHTML.replaceAll('><', '>\n<');
    await expect(svg + '\n').toMatchFileSnapshot('./__snapshots__/timeSeries.svg');
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

  it('ticks months on whole years', () => {
    expect(monthTicks(120)).toEqual([0, 12, 24, 36, 48, 60, 72, 84, 96, 108, 120]);
    expect(monthTicks(600)).toEqual([0, 60, 120, 180, 240, 300, 360, 420, 480, 540, 600]);
    expect(monthTicks(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(monthTicks(18)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
  });
});
