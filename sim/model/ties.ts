/**
 * Work ties ("billiards, not archery"): members who work together at cooperation or
 * above come to know each other. Each month each such member forms a work tie with
 * another one with probability `model.ties.formation` (× co-location's factor); a tie is
 * used while both ends are members, and fades after `model.ties.lifetime` months unused.
 * Work ties carry what relational ties carry (invitations, influence), lower the cost of
 * relations under shared governance and lend a lead organisation legitimacy
 * (governance.ts): effects travel along the network the action itself builds.
 *
 * Storage: WORK_TIE_SLOTS slots per organisation (partner index or -1, tick last used); a
 * new tie takes a free slot or the least recently used one, on both sides. Cost per month:
 * O(members × slots). Draws: one uniform per member at cooperation or above, from the
 * `ties` stream, so no other stream depends on who is a member.
 */
import type { RandomStream } from '../rng';
import type { Organisations } from './state';
import { WORK_TIE_SLOTS } from './state';
import type { ModelParameters } from './parameters';

/** Whether the tie in `slot` is still alive at `tick`. */
export const liveTie = (orgs: Organisations, slot: number, tick: number, lifetime: number): boolean =>
  orgs.workTie[slot]! >= 0 && tick - orgs.workTieUsed[slot]! <= lifetime;

function hasTie(orgs: Organisations, i: number, j: number): boolean {
  const base = i * WORK_TIE_SLOTS;
  for (let s = base; s < base + WORK_TIE_SLOTS; s++) if (orgs.workTie[s] === j) return true;
  return false;
}

/** A free slot of i, or its least recently used one. */
function slotFor(orgs: Organisations, i: number): number {
  const base = i * WORK_TIE_SLOTS;
  let best = base;
  for (let s = base; s < base + WORK_TIE_SLOTS; s++) {
    if (orgs.workTie[s]! < 0) return s;
    if (orgs.workTieUsed[s]! < orgs.workTieUsed[best]!) best = s;
  }
  return best;
}

/** Refreshes the ties members use, forgets faded ones, and forms new ones among deeply engaged members. */
export function updateWorkTies(
  orgs: Organisations,
  memberList: Int32Array,
  members: number,
  deep: Int32Array,
  tick: number,
  random: RandomStream,
  p: ModelParameters,
  coLocation: boolean,
): void {
  const lifetime = p.ties.lifetime;
  let deepCount = 0;
  for (let m = 0; m < members; m++) {
    const i = memberList[m]!;
    if (!orgs.member[i]) continue;
    const base = i * WORK_TIE_SLOTS;
    for (let s = base; s < base + WORK_TIE_SLOTS; s++) {
      const j = orgs.workTie[s]!;
      if (j < 0) continue;
      if (orgs.member[j]) orgs.workTieUsed[s] = tick;
      else if (tick - orgs.workTieUsed[s]! > lifetime) orgs.workTie[s] = -1;
    }
    if (orgs.rung[i]! >= 2) deep[deepCount++] = i;
  }
  const rate = Math.min(1, p.ties.formation * (coLocation ? p.instruments.co_location.tie_formation : 1));
  if (deepCount < 2 || rate <= 0) return;
  for (let k = 0; k < deepCount; k++) {
    const u = random.uniform();
    if (u >= rate) continue;
    // The draw below the rate, rescaled, picks the partner: one draw per member.
    const j = deep[Math.min(deepCount - 1, Math.floor((u / rate) * deepCount))]!;
    const i = deep[k]!;
    if (j === i || hasTie(orgs, i, j)) continue;
    const a = slotFor(orgs, i);
    const b = slotFor(orgs, j);
    orgs.workTie[a] = j;
    orgs.workTieUsed[a] = tick;
    orgs.workTie[b] = i;
    orgs.workTieUsed[b] = tick;
  }
}
