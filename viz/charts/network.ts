/**
 * The network of organisations: one sector of a ring per order (E, P, T; colour and
 * shape), members pulled to the inner ring and filled, non-members hollow on the outer
 * ring, ties as lines, the leader ringed and the steward (when the scenario has one) a
 * diamond at the centre.
 *
 * Built once per run by `networkChart`, then moved by its `update`, which only touches
 * what changed (networkState.ts): the positions of the nodes never depend on anything but
 * the organisation's order, field, index and membership (networkLayout.ts). Above
 * `maxNodes` organisations a fixed one-in-k sample is drawn (and the caption says so);
 * ties are capped too.
 */
import { symbol, symbolDiamond } from 'd3';
import { type Chart, type ChartOptions, labelsSignature } from './common';
import { type ChartWords, chartSize, frame, frameDefaults } from './frame';
import type { LegendEntry } from './legend';
import { type NetworkData, type NetworkLayout, networkLayout } from './networkLayout';
import { type DrawnNetwork, redrawNetwork } from './networkState';
import { INK, MUTED, ORDER_COLOURS, ORDER_LETTERS, ORDER_STROKES, ORDER_SYMBOLS, RULE } from './palette';
import { type G, r2 } from './svg';
import ENGLISH from './labels.en.json';

export { type NetworkData, type NetworkState, type NetworkStructure, networkSample } from './networkLayout';

export interface NetworkLabels extends ChartWords {
  orders: readonly [string, string, string];
  member: string;
  nonMember: string;
  absorbed: string;
  leader: string;
  steward: string;
  tie: string;
  /** "12 members of 60 organisations" */
  counts: (members: number, organisations: number) => string;
  /** "Showing 1 organisation in 8 (375 of 3000) and 1200 of 6000 ties" */
  sampled: (shown: number, total: number, step: number, tiesShown: number, tiesTotal: number) => string;
}

export interface NetworkOptions extends ChartOptions<NetworkLabels> {
  /** Organisations drawn at most (default 300). */
  maxNodes?: number;
  /** Ties drawn at most (default 1200). */
  maxTies?: number;
  /** An organisation's name in its tooltip (the page words the field in its language); default: the engine's name. */
  nodeName?: (index: number) => string;
}

export const DEFAULT_NETWORK_LABELS: NetworkLabels = {
  ...ENGLISH.network,
  orders: ENGLISH.network.orders as unknown as NetworkLabels['orders'],
  counts: (members, organisations) => `${members} members of ${organisations} organisations`,
  sampled: (shown, total, step, tiesShown, tiesTotal) =>
    `Showing 1 organisation in ${step} (${shown} of ${total})${tiesShown < tiesTotal ? ` and ${tiesShown} of ${tiesTotal} ties among them` : ''}.`,
};

// The rings start under the title and the legend; the rest of the frame is theirs.
const NETWORK = frameDefaults('network', 560, DEFAULT_NETWORK_LABELS, { margin: { top: 86, right: 0, bottom: 0, left: 0 } });

/** What a network chart's drawing depends on besides the run's state: its size, id and labels. */
const optionsSignature = (options: NetworkOptions) => [options.width, options.height, options.idPrefix, labelsSignature(options.labels)].join('|');

/** The legend: the orders' shapes, then what fill, ring, diamond and line stand for. */
const legendEntries = (labels: NetworkLabels): LegendEntry[] => [
  ...ORDER_LETTERS.map((letter, k) => ({
    key: letter,
    kind: 'symbol' as const,
    symbol: ORDER_SYMBOLS[k]!,
    fill: ORDER_COLOURS[k]!,
    stroke: ORDER_STROKES[k]!,
    text: labels.orders[k]!,
  })),
  { key: 'member', kind: 'symbol', symbol: ORDER_SYMBOLS[0], fill: INK, stroke: INK, text: labels.member },
  { key: 'non-member', kind: 'symbol', symbol: ORDER_SYMBOLS[0], fill: '#fff', stroke: INK, text: labels.nonMember },
  { key: 'leader', kind: 'line', colour: INK, width: 2.5, text: labels.leader },
  { key: 'steward', kind: 'symbol', symbol: symbolDiamond, fill: '#fff', stroke: INK, text: labels.steward },
  { key: 'tie', kind: 'line', colour: MUTED, width: 1, text: labels.tie },
];

/** Faint guides for the two rings, and each order's letter outside its sector. */
function drawRings(plot: G, layout: NetworkLayout): void {
  for (const radius of [layout.inner, layout.outer]) {
    plot
      .append('circle')
      .attr('class', 'guide')
      .attr('cx', r2(layout.cx))
      .attr('cy', r2(layout.cy))
      .attr('r', r2(radius))
      .attr('fill', 'none')
      .attr('stroke', RULE)
      .attr('stroke-dasharray', '2 4');
  }
  ORDER_LETTERS.forEach((letter, order) => {
    const middle = (order * 2 * Math.PI) / 3 + Math.PI / 3 - Math.PI / 2;
    const radius = layout.outer + 16;
    plot
      .append('text')
      .attr('class', 'sector-label')
      .attr('x', r2(layout.cx + radius * Math.cos(middle)))
      .attr('y', r2(layout.cy + radius * Math.sin(middle)))
      .attr('dy', '0.32em')
      .attr('text-anchor', 'middle')
      .attr('font-weight', 'bold')
      .text(letter);
  });
}

/** The steward's diamond at the centre, with its name as a tooltip. */
function drawSteward(plot: G, id: string, layout: NetworkLayout, name: string): void {
  plot
    .append('path')
    .attr('id', `${id}-steward`)
    .attr('class', 'steward')
    .attr('transform', `translate(${r2(layout.cx)},${r2(layout.cy)})`)
    .attr('d', symbol(symbolDiamond, 260).digits(2)())
    .attr('fill', '#fff')
    .attr('stroke', INK)
    .attr('stroke-width', 2)
    .append('title')
    .text(name);
}

/** The elements that follow the run's state: the ties, the leader's ring and a node per drawn organisation (its name as a tooltip). */
function drawMovingParts(plot: G, id: string, data: NetworkData, layout: NetworkLayout, labels: NetworkLabels, nodeName: (index: number) => string) {
  const tieGroup = plot.append('g').attr('id', `${id}-ties`).attr('class', 'ties').attr('fill', 'none');
  const ties = {
    others: tieGroup.append('path').attr('id', `${id}-ties-others`).attr('stroke', RULE).attr('stroke-opacity', 0.8).attr('stroke-width', 0.6).node()!,
    members: tieGroup.append('path').attr('id', `${id}-ties-members`).attr('stroke', INK).attr('stroke-opacity', 0.55).attr('stroke-width', 1.2).node()!,
  };
  if (data.steward) drawSteward(plot, id, layout, labels.steward);
  const ring = plot
    .append('circle')
    .attr('id', `${id}-leader`)
    .attr('class', 'leader-ring')
    .attr('r', 10)
    .attr('fill', 'none')
    .attr('stroke', INK)
    .attr('stroke-width', 2.5)
    .node()!;
  const nodeGroup = plot.append('g').attr('id', `${id}-nodes`).attr('class', 'nodes');
  const nodes = layout.sample.map((i) => {
    const node = nodeGroup.append('path').attr('data-index', i).node()!;
    node.appendChild(node.ownerDocument.createElementNS(node.namespaceURI, 'title')).textContent = nodeName(i);
    return node;
  });
  return { ties, ring, nodes };
}

/**
 * The network of organisations. Its `update` moves the chart to a new state of the same run
 * (the structure, the steward and the options unchanged); otherwise it returns false: build a new one.
 */
export function networkChart(data: NetworkData, options: NetworkOptions, document: Document): Chart<NetworkData, NetworkOptions> {
  const size = chartSize(options, NETWORK);
  const { width, height, labels } = size;
  const layout = networkLayout(data, width, height, size.box.top, options.maxNodes ?? 300, options.maxTies ?? 1200);
  const count = data.structure.order.length;
  const sampledNote =
    layout.step > 1 || layout.tiePairs.length < layout.tiesAmongSample
      ? ` ${labels.sampled(layout.sample.length, count, layout.step, layout.tiePairs.length, layout.tiesAmongSample)}`
      : '';
  const f = frame(document, size, count, labels.caption + sampledNote);
  const { svg, id } = f;
  svg.attr('data-shown', layout.sample.length).attr('data-step', layout.step);
  f.legend(legendEntries(labels), { x: 12, y: 42, width: width - 24 });

  const plot = f.plot();
  drawRings(plot, layout);
  const parts = drawMovingParts(plot, id, data, layout, labels, (i) => options.nodeName?.(i) ?? data.structure.names[i] ?? String(i));
  const note = svg
    .append('text')
    .attr('id', `${id}-counts`)
    .attr('class', 'note')
    .attr('x', 12)
    .attr('y', height - 10)
    .attr('fill', MUTED)
    .node()!;

  const drawn: DrawnNetwork = {
    layout,
    data,
    counts: (members, organisations) => labels.counts(members, organisations),
    ...parts,
    note,
    shown: new Int16Array(parts.nodes.length).fill(-1),
  };
  redrawNetwork(drawn, data.state);
  return {
    node: svg.node()!,
    update(next, nextOptions) {
      if (next.structure !== drawn.data.structure || next.steward !== drawn.data.steward || optionsSignature(nextOptions) !== optionsSignature(options))
        return false;
      drawn.data = next;
      redrawNetwork(drawn, next.state);
      return true;
    },
  };
}
