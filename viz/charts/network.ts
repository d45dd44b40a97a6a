/**
 * The network of organisations: one sector of a ring per order (E, P, T; colour and
 * shape), members pulled to the inner ring and filled, non-members hollow on the outer
 * ring, ties as lines, the leader ringed and the steward (when the scenario has one) a
 * diamond at the centre.
 *
 * Built once per run by `networkChart`, then moved by `updateNetworkChart`, which only
 * touches what changed: the positions of the nodes never depend on anything but the
 * organisation's order, field, index and membership. Above `maxNodes` organisations a
 * fixed one-in-k sample is drawn (and the caption says so); ties are capped too.
 */
import { symbol, symbolDiamond } from 'd3';
import { type Chart, chartOptions, type ChartOptions, chartRoot, drawLegend, labelsSignature, r2, type Svg } from './common';
import { INK, MUTED, ORDER_COLOURS, ORDER_LETTERS, ORDER_STROKES, ORDER_SYMBOLS, RULE } from './palette';

export interface NetworkStructure {
  /** 0 = E, 1 = P, 2 = T. */
  order: ArrayLike<number>;
  field: ArrayLike<number>;
  tieStart: ArrayLike<number>;
  ties: ArrayLike<number>;
  names: readonly string[];
}

export interface NetworkState {
  active: ArrayLike<number>;
  member: ArrayLike<number>;
  rung: ArrayLike<number>;
  leader: ArrayLike<number>;
}

export interface NetworkData {
  structure: NetworkStructure;
  state: NetworkState;
  /** The scenario has a steward (an accountable body for the interstice). */
  steward: boolean;
}

export interface NetworkLabels {
  title: string;
  caption: string;
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
  title: 'Network of organisations',
  caption:
    'Each mark is an organisation: circle E (State), square P (private), triangle T (third sector), one sector of the ring each. ' +
    'Members are filled and sit on the inner ring (bigger = deeper engagement); non-members are hollow on the outer ring. ' +
    'Lines are relational ties (dark between two members). The ringed member is the leader; a diamond at the centre is the steward.',
  orders: ['E – State', 'P – Private', 'T – Third sector'],
  member: 'Member (filled)',
  nonMember: 'Non-member (hollow)',
  absorbed: 'Absorbed',
  leader: 'Leader',
  steward: 'Steward',
  tie: 'Tie',
  counts: (members, organisations) => `${members} members of ${organisations} organisations`,
  sampled: (shown, total, step, tiesShown, tiesTotal) =>
    `Showing 1 organisation in ${step} (${shown} of ${total})${tiesShown < tiesTotal ? ` and ${tiesShown} of ${tiesTotal} ties among them` : ''}.`,
};

interface Layout {
  sample: number[];
  step: number;
  angle: Float64Array;
  tiePairs: [number, number][];
  tiesAmongSample: number;
  cx: number;
  cy: number;
  inner: number;
  outer: number;
}

/** What an update needs: the layout, the elements, and what each node shows now. */
interface Drawn {
  layout: Layout;
  data: NetworkData;
  labels: NetworkLabels;
  nodes: SVGPathElement[];
  /** Ties between two members (dark), and the others (light): one path each, however many ties. */
  ties: { members: SVGPathElement; others: SVGPathElement };
  ring: SVGCircleElement;
  counts: SVGTextElement;
  /** Per drawn node: member*8 + rung*2 + active, or -1 before the first draw. */
  shown: Int16Array;
}

/** The organisations drawn: every `step`-th one, plus any leader, so the leader is never sampled away. */
export function networkSample(count: number, leader: ArrayLike<number>, maxNodes: number): { sample: number[]; step: number } {
  const step = Math.max(1, Math.ceil(count / Math.max(1, maxNodes)));
  const sample: number[] = [];
  for (let i = 0; i < count; i++) if (i % step === 0 || leader[i]) sample.push(i);
  return { sample, step };
}

function layoutFor(data: NetworkData, width: number, height: number, top: number, maxNodes: number, maxTies: number): Layout {
  const { structure } = data;
  const count = structure.order.length;
  const { sample, step } = networkSample(count, data.state.leader, maxNodes);
  // Within its order's sector, an organisation sits by field then index: fields form visible arcs.
  const byOrder: number[][] = [[], [], []];
  for (const i of sample) byOrder[structure.order[i]!]?.push(i);
  const angle = new Float64Array(count);
  const gap = 0.18;
  byOrder.forEach((members, order) => {
    members.sort((a, b) => structure.field[a]! - structure.field[b]! || a - b);
    const start = (order * 2 * Math.PI) / 3 + gap / 2 - Math.PI / 2;
    const span = (2 * Math.PI) / 3 - gap;
    members.forEach((i, k) => (angle[i] = start + (span * (k + 0.5)) / members.length));
  });
  const drawn = new Uint8Array(count);
  for (const i of sample) drawn[i] = 1;
  const tiePairs: [number, number][] = [];
  let tiesAmongSample = 0;
  for (const i of sample) {
    for (let t = structure.tieStart[i]!; t < structure.tieStart[i + 1]!; t++) {
      const j = structure.ties[t]!;
      if (j <= i || !drawn[j]) continue;
      tiesAmongSample++;
      if (tiePairs.length < maxTies) tiePairs.push([i, j]);
    }
  }
  const outer = Math.min(width, height - top) / 2 - 28;
  return { sample, step, angle, tiePairs, tiesAmongSample, cx: width / 2, cy: top + (height - top) / 2, inner: outer * 0.45, outer };
}

const symbolPaths = new Map<string, string>();
/** Path of an order's symbol at a size, cached: a few dozen distinct strings serve every node. */
function symbolPath(order: number, area: number): string {
  const key = `${order}:${area}`;
  let d = symbolPaths.get(key);
  if (d === undefined) {
    d = symbol(ORDER_SYMBOLS[order] ?? ORDER_SYMBOLS[0], area).digits(2)()!;
    symbolPaths.set(key, d);
  }
  return d;
}

function position(layout: Layout, i: number, member: boolean): [number, number] {
  const radius = member ? layout.inner : layout.outer;
  return [r2(layout.cx + radius * Math.cos(layout.angle[i]!)), r2(layout.cy + radius * Math.sin(layout.angle[i]!))];
}

/** What a network chart's drawing depends on besides the run's state: its size, id and labels. */
const optionsSignature = (options: NetworkOptions) => [options.width, options.height, options.idPrefix, labelsSignature(options.labels)].join('|');

/**
 * The network of organisations. Its `update` moves the chart to a new state of the same run
 * (the structure, the steward and the options unchanged); otherwise it returns false: build a new one.
 */
export function networkChart(data: NetworkData, options: NetworkOptions, document: Document): Chart<NetworkData, NetworkOptions> {
  const { width, height, id, labels } = chartOptions(options, { width: 720, height: 560, id: 'network', labels: DEFAULT_NETWORK_LABELS });
  const top = 86;
  const layout = layoutFor(data, width, height, top, options.maxNodes ?? 300, options.maxTies ?? 1200);
  const count = data.structure.order.length;
  const sampledNote =
    layout.step > 1 || layout.tiePairs.length < layout.tiesAmongSample
      ? ` ${labels.sampled(layout.sample.length, count, layout.step, layout.tiePairs.length, layout.tiesAmongSample)}`
      : '';
  const svg: Svg = chartRoot(document, { id, className: 'network', width, height, title: labels.title, caption: labels.caption + sampledNote, rows: count });
  svg.attr('data-shown', layout.sample.length).attr('data-step', layout.step);
  drawLegend(
    svg,
    id,
    [
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
    ],
    12,
    42,
    width - 24,
  );

  const plot = svg.append('g').attr('id', `${id}-plot`);
  // Faint guides for the two rings.
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
  const tieGroup = plot.append('g').attr('id', `${id}-ties`).attr('class', 'ties').attr('fill', 'none');
  const ties = {
    others: tieGroup.append('path').attr('id', `${id}-ties-others`).attr('stroke', RULE).attr('stroke-opacity', 0.8).attr('stroke-width', 0.6).node()!,
    members: tieGroup.append('path').attr('id', `${id}-ties-members`).attr('stroke', INK).attr('stroke-opacity', 0.55).attr('stroke-width', 1.2).node()!,
  };
  if (data.steward) {
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
      .text(labels.steward);
  }
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
    node.appendChild(document.createElementNS(svg.node()!.namespaceURI, 'title')).textContent = options.nodeName?.(i) ?? data.structure.names[i] ?? String(i);
    return node;
  });
  const counts = svg
    .append('text')
    .attr('id', `${id}-counts`)
    .attr('class', 'note')
    .attr('x', 12)
    .attr('y', height - 10)
    .attr('fill', MUTED)
    .node()!;

  const drawn: Drawn = { layout, data, labels, nodes, ties, ring, counts, shown: new Int16Array(nodes.length).fill(-1) };
  redraw(drawn, data.state);
  return {
    node: svg.node()!,
    update(next, nextOptions) {
      if (next.structure !== drawn.data.structure || next.steward !== drawn.data.steward || optionsSignature(nextOptions) !== optionsSignature(options))
        return false;
      drawn.data = next;
      redraw(drawn, next.state);
      return true;
    },
  };
}

function redraw(drawn: Drawn, state: NetworkState): void {
  const { layout, nodes, ties, ring, shown } = drawn;
  const order = drawn.data.structure.order;
  let changed = false;
  let leaderAt: [number, number] | undefined;
  for (let k = 0; k < layout.sample.length; k++) {
    const i = layout.sample[k]!;
    const active = state.active[i] ? 1 : 0;
    const member = active && state.member[i] ? 1 : 0;
    const rung = member ? (state.rung[i] ?? 0) : 0;
    if (member && state.leader[i]) leaderAt = position(layout, i, true);
    const code = member * 8 + rung * 2 + active;
    if (shown[k] === code) continue;
    shown[k] = code;
    changed = true;
    const node = nodes[k]!;
    const o = order[i]!;
    const [x, y] = position(layout, i, member === 1);
    node.setAttribute('transform', `translate(${x},${y})`);
    node.setAttribute('d', symbolPath(o, member ? 40 + 22 * rung : 34));
    node.setAttribute('class', `node order-${ORDER_LETTERS[o] ?? 'E'} ${member ? 'member' : active ? 'non-member' : 'absorbed'}`);
    node.setAttribute('fill', member ? ORDER_COLOURS[o]! : '#fff');
    node.setAttribute('stroke', active ? ORDER_STROKES[o]! : MUTED);
    node.setAttribute('stroke-width', member ? '1' : '1.5');
    if (active) node.removeAttribute('stroke-dasharray');
    else node.setAttribute('stroke-dasharray', '2 2');
  }
  if (leaderAt) {
    ring.setAttribute('cx', String(leaderAt[0]));
    ring.setAttribute('cy', String(leaderAt[1]));
    ring.removeAttribute('visibility');
  } else ring.setAttribute('visibility', 'hidden');
  if (changed) {
    let between = '';
    let others = '';
    for (const [i, j] of layout.tiePairs) {
      const a = state.active[i] && state.member[i] ? 1 : 0;
      const b = state.active[j] && state.member[j] ? 1 : 0;
      const [x1, y1] = position(layout, i, a === 1);
      const [x2, y2] = position(layout, j, b === 1);
      const segment = `M${x1},${y1}L${x2},${y2}`;
      if (a && b) between += segment;
      else others += segment;
    }
    for (const [el, d] of [
      [ties.members, between],
      [ties.others, others],
    ] as const) {
      if (d) el.setAttribute('d', d);
      else el.removeAttribute('d');
    }
  }
  let members = 0;
  let organisations = 0;
  for (let i = 0; i < state.member.length; i++) {
    if (!state.active[i]) continue;
    organisations++;
    if (state.member[i]) members++;
  }
  drawn.counts.textContent = drawn.labels.counts(members, organisations);
  drawn.counts.parentElement?.setAttribute('data-members', String(members));
}
