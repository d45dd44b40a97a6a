/**
 * Moves a drawn network to a state of its run: each node's ring, shape size, fill and
 * stroke, the leader's ring, the ties (dark between two members), and the counts. Only
 * the nodes whose state changed are touched, and the ties only when a node moved.
 */
import { type NetworkData, type NetworkLayout, type NetworkState, position, symbolPath } from './networkLayout';
import { MUTED, ORDER_COLOURS, ORDER_LETTERS, ORDER_STROKES } from './palette';
import { setPath } from './svg';

/** What an update needs: the layout, the elements, and what each node shows now. */
export interface DrawnNetwork {
  layout: NetworkLayout;
  data: NetworkData;
  /** "12 members of 60 organisations" */
  counts: (members: number, organisations: number) => string;
  nodes: SVGPathElement[];
  /** Ties between two members (dark), and the others (light): one path each, however many ties. */
  ties: { members: SVGPathElement; others: SVGPathElement };
  ring: SVGCircleElement;
  note: SVGTextElement;
  /** Per drawn node: member*8 + rung*2 + active, or -1 before the first draw. */
  shown: Int16Array;
}

/** Draws the nodes whose state changed; says whether any did, and where the leader is (when a drawn member). */
function drawNodes(drawn: DrawnNetwork, state: NetworkState): { changed: boolean; leaderAt: [number, number] | undefined } {
  const { layout, nodes, shown } = drawn;
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
  return { changed, leaderAt };
}

/** The ties between the nodes where they now sit: between two members, and the others. */
function drawTies({ layout, ties }: DrawnNetwork, state: NetworkState): void {
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
  setPath(ties.members, between);
  setPath(ties.others, others);
}

/** Members among the organisations still active (all of them, not only those drawn). */
function countMembers(state: NetworkState): { members: number; organisations: number } {
  let members = 0;
  let organisations = 0;
  for (let i = 0; i < state.member.length; i++) {
    if (!state.active[i]) continue;
    organisations++;
    if (state.member[i]) members++;
  }
  return { members, organisations };
}

/** Moves the drawn network to `state`. */
export function redrawNetwork(drawn: DrawnNetwork, state: NetworkState): void {
  const { changed, leaderAt } = drawNodes(drawn, state);
  const ring = drawn.ring;
  if (leaderAt) {
    ring.setAttribute('cx', String(leaderAt[0]));
    ring.setAttribute('cy', String(leaderAt[1]));
    ring.removeAttribute('visibility');
  } else ring.setAttribute('visibility', 'hidden');
  if (changed) drawTies(drawn, state);
  const { members, organisations } = countMembers(state);
  drawn.note.textContent = drawn.counts(members, organisations);
  drawn.note.parentElement?.setAttribute('data-members', String(members));
}
