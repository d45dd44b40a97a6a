// @vitest-environment jsdom
/** Membership by order with joins and leaves: bands, letters, bars; a file snapshot. */
import { describe, expect, it } from 'vitest';
import { membershipChart, type MembershipData } from '../../viz/charts/membership';
import { expectChartWords, expectMovesInPlace } from './chartWords';
import { overPrecise, snapshotText } from './svgText';

const data = {
  tick: Float64Array.from([1, 2, 3, 4]),
  membersE: Float64Array.from([3, 3, 4, 4]),
  membersP: Float64Array.from([2, 3, 3, 0]),
  membersT: Float64Array.from([5, 6, 6, 7]),
  joins: Float64Array.from([0, 2, 1, 1]),
  leaves: Float64Array.from([0, 0, 0, 2]),
} satisfies MembershipData;
const build = () => membershipChart(data, { horizon: 12 }, document).node;

describe('membershipChart', () => {
  it('has a title, a description, axis titles with units and a legend naming the orders', () => {
    expectChartWords(build(), 'members', 'Members by order, joins and leaves', {
      labels: { y: 'Members (organisations)', flow: 'Joins ↑ / leaves ↓' },
      legend: ['E – State', 'P – Private', 'T – Third sector', 'Joins', 'Leaves'],
    });
  });

  it('stacks the three orders and writes each letter where its band is thick enough', () => {
    const svg = build();
    for (const letter of ['E', 'P', 'T']) expect(svg.querySelector(`#members-band-${letter}`)?.getAttribute('d')).toMatch(/^M/);
    const visible = [...svg.querySelectorAll('.band-label')].filter((t) => t.getAttribute('visibility') !== 'hidden').map((t) => t.textContent);
    expect(visible).toEqual(['E', 'T']); // P has no member left at the end: no band to hold its letter
  });

  it('draws joins up and leaves down, one bar per month', () => {
    const svg = build();
    expect(svg.querySelector('#members-joins')?.getAttribute('d')?.match(/M/g)).toHaveLength(3);
    expect(svg.querySelector('#members-leaves')?.getAttribute('d')?.match(/M/g)).toHaveLength(1);
  });

  it('adds months together in each bar on long runs', () => {
    const n = 2400;
    const ones = new Float64Array(n).fill(1);
    const svg = membershipChart(
      { tick: Float64Array.from({ length: n }, (_, k) => k + 1), membersE: ones, membersP: ones, membersT: ones, joins: ones, leaves: ones },
      { horizon: n },
      document,
    ).node;
    expect(svg.querySelector('#members-joins')?.getAttribute('d')?.match(/M/g)).toHaveLength(240);
  });

  it('moves in place while the scales hold', () => {
    expectMovesInPlace(membershipChart, data, 3, { horizon: 12 });
  });

  it('rounds every coordinate and matches the stored SVG', async () => {
    expect(overPrecise(build())).toEqual([]);
    await expect(snapshotText(build())).toMatchFileSnapshot('./__snapshots__/membership.svg');
  });
});
