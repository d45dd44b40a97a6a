// @vitest-environment jsdom
/** The intersectoral grid: 21 cells with their share of months, the current cell outlined; a file snapshot. */
import { describe, expect, it } from 'vitest';
import { gridChart, type GridData } from '../../viz/charts/grid';
import { expectChartWords, textsOf } from './chartWords';
import { overPrecise, snapshotText } from './svgText';

const occupancy = new Array<number>(21).fill(0);
occupancy[6] = 10; // one field, EPT
occupancy[13] = 25; // several fields, EPT
occupancy[9] = 5; // several fields, T
const data: GridData = { occupancy, empty: 10, current: 13 };
const build = () => gridChart(data, {}, document).node;

describe('gridChart', () => {
  it('has a title, a description, row and column labels and a legend', () => {
    const svg = build();
    expectChartWords(svg, 'grid', 'The intersectoral grid: where the partnership has been', { legend: ['Now'] });
    expect(textsOf(svg, '.column-label')).toEqual(['E', 'P', 'T', 'EP', 'ET', 'PT', 'EPT']);
    expect(textsOf(svg, '.row-label')).toEqual(['One field', 'Several fields', 'Trans-field']);
  });

  it('gives each cell its share of all months, and outlines the current cell', () => {
    const svg = build();
    const text = (cell: number) => svg.querySelector(`.cell[data-cell="${cell}"] text`)?.textContent;
    expect(text(13)).toBe('50%');
    expect(text(6)).toBe('20%');
    expect(text(9)).toBe('10%');
    expect(text(0)).toBe('·');
    expect(svg.querySelector('.cell.current')?.getAttribute('data-cell')).toBe('13');
    expect(svg.querySelector('#grid-current')).not.toBeNull();
    expect(svg.querySelector('#grid-empty')?.textContent).toBe('Months with no members: 20%');
  });

  it('outlines nothing when the action has no members', () => {
    expect(gridChart({ ...data, current: -1 }, {}, document).node.querySelector('#grid-current')).toBeNull();
  });

  it('uses the page’s percent format', () => {
    const svg = gridChart(data, { labels: { percent: (share) => `${Math.round(share * 100)} %` } }, document).node;
    expect(svg.querySelector('.cell[data-cell="13"] text')?.textContent).toBe('50 %');
  });

  it('rounds every coordinate and matches the stored SVG', async () => {
    expect(overPrecise(build())).toEqual([]);
    await expect(snapshotText(build())).toMatchFileSnapshot('./__snapshots__/grid.svg');
  });
});
