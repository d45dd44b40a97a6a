// @vitest-environment jsdom
/** The network view: orders by shape, members inside and filled, ties, leader and steward; in-place updates; sampling. */
import { describe, expect, it } from 'vitest';
import { networkChart, networkSample, type NetworkData, type NetworkStructure } from '../../viz/charts/network';
import { expectChartWords } from './chartWords';
import { overPrecise, snapshotText } from './svgText';

/** Six organisations (two per order), ties 0–1, 0–2, 1–3, 4–5 in compressed rows. */
const structure: NetworkStructure = {
  names: ['City', 'Region', 'Bakery', 'Bank', 'Food bank', 'Shelter'],
  order: Uint8Array.from([0, 0, 1, 1, 2, 2]),
  field: Uint16Array.from([0, 1, 0, 2, 3, 0]),
  tieStart: Int32Array.from([0, 2, 4, 5, 6, 7, 8]),
  ties: Int32Array.from([1, 2, 0, 3, 0, 1, 5, 4]),
};
const state = {
  active: Uint8Array.from([1, 1, 1, 1, 1, 1]),
  member: Uint8Array.from([1, 1, 0, 0, 1, 0]),
  rung: Uint8Array.from([2, 1, 0, 0, 3, 0]),
  leader: Uint8Array.from([0, 0, 0, 0, 1, 0]),
};
const data: NetworkData = { structure, state, steward: true };
const build = () => networkChart(data, {}, document).node;

describe('networkChart', () => {
  it('has a title, a description and a legend of shapes, fills, leader, steward and ties', () => {
    expectChartWords(build(), 'network', 'Network of organisations', {
      desc: /circle E \(State\), square P \(private\), triangle T/,
      legend: ['E – State', 'P – Private', 'T – Third sector', 'Member (filled)', 'Non-member (hollow)', 'Leader', 'Steward', 'Tie'],
    });
  });

  it('fills members, leaves non-members hollow, rings the leader and draws the steward', () => {
    const svg = build();
    const node = (i: number) => svg.querySelector(`.node[data-index="${i}"]`)!;
    expect(node(0).getAttribute('class')).toBe('node order-E member');
    expect(node(0).getAttribute('fill')).toBe('#0072B2');
    expect(node(2).getAttribute('class')).toBe('node order-P non-member');
    expect(node(2).getAttribute('fill')).toBe('#fff');
    expect(node(4).querySelector('title')?.textContent).toBe('Food bank');
    expect(svg.querySelector('#network-leader')?.getAttribute('cx')).toBe(
      node(4)
        .getAttribute('transform')!
        .match(/translate\(([\d.]+),/)![1],
    );
    expect(svg.querySelector('#network-steward')).not.toBeNull();
    // Ties 0–1 between two members, dark; 0–2, 1–3 and 4–5 lighter.
    expect(svg.querySelector('#network-ties-members')?.getAttribute('d')?.match(/M/g)).toHaveLength(1);
    expect(svg.querySelector('#network-ties-others')?.getAttribute('d')?.match(/M/g)).toHaveLength(3);
    expect(svg.querySelector('#network-counts')?.textContent).toBe('3 members of 6 organisations');
  });

  it('moves members in place when they join or leave, without a new chart', () => {
    const chart = networkChart(data, {}, document);
    const svg = chart.node;
    const before = svg.querySelector('.node[data-index="2"]')!.getAttribute('transform');
    const joined = { ...state, member: Uint8Array.from([1, 1, 1, 0, 0, 0]), rung: Uint8Array.from([2, 1, 1, 0, 0, 0]), leader: new Uint8Array(6) };
    expect(chart.update({ ...data, state: joined }, {})).toBe(true);
    const node = svg.querySelector('.node[data-index="2"]')!;
    expect(node.getAttribute('class')).toBe('node order-P member');
    expect(node.getAttribute('transform')).not.toBe(before);
    expect(svg.querySelector('#network-leader')?.getAttribute('visibility')).toBe('hidden');
    expect(svg.querySelector('#network-counts')?.textContent).toBe('3 members of 6 organisations');
    expect(chart.update({ ...data, structure: { ...structure } }, {})).toBe(false);
    // Other labels or another size: a new chart.
    expect(chart.update({ ...data, state: joined }, { width: 300 })).toBe(false);
  });

  it('draws a fixed one-in-k sample above the cap, keeping the leader, and says so', () => {
    const n = 1000;
    const leader = new Uint8Array(n);
    leader[7] = 1;
    expect(networkSample(n, leader, 100).sample).toHaveLength(101);
    expect(networkSample(n, leader, 100).sample).toContain(7);
    const big: NetworkData = {
      structure: {
        names: Array.from({ length: n }, (_, i) => `org ${i}`),
        order: new Uint8Array(n).map((_, i) => i % 3),
        field: new Uint16Array(n),
        tieStart: new Int32Array(n + 1),
        ties: new Int32Array(0),
      },
      state: { active: new Uint8Array(n).fill(1), member: new Uint8Array(n), rung: new Uint8Array(n), leader },
      steward: false,
    };
    const svg = networkChart(big, { maxNodes: 100 }, document).node;
    expect(svg.querySelectorAll('.node')).toHaveLength(101);
    expect(svg.getAttribute('data-step')).toBe('10');
    expect(svg.querySelector('desc')?.textContent).toMatch(/Showing 1 organisation in 10 \(101 of 1000\)/);
  });

  it('rounds every coordinate and matches the stored SVG', async () => {
    expect(overPrecise(build())).toEqual([]);
    await expect(snapshotText(build())).toMatchFileSnapshot('./__snapshots__/network.svg');
  });
});
