/**
 * Initialisation: the organisations of the territory (generated per order or listed
 * explicitly), their relational ties, the founding members and the leader. Draws only
 * from the `init` stream, in a fixed order: population, then ties, then founders, then
 * the leader, so that governance settings never change who exists or who is tied to whom.
 */
import type { Scenario, Order } from '../scenario/schema';
import type { RandomStream } from '../rng';
import { allocateOrganisations, ORDER_INDEX, ORDER_LETTERS, type Organisations } from './state';
import { exp } from '../math';
import type { ModelParameters } from './parameters';

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

function horizonFor(scenario: Scenario, order: Order): number {
  const { mentality, manager_horizon, investor_horizon } = scenario.behaviour;
  if (mentality === 'manager') return manager_horizon;
  if (mentality === 'investor') return investor_horizon;
  return scenario.organisations.orders[order].horizon;
}

function setProfile(orgs: Organisations, i: number, scenario: Scenario, order: Order, p: ModelParameters): void {
  const profile = scenario.organisations.orders[order];
  orgs.order[i] = ORDER_INDEX[order];
  orgs.horizon[i] = horizonFor(scenario, order);
  orgs.expectedWeight[i] = orgs.horizon[i]! / (orgs.horizon[i]! + p.valuation.horizon_half_weight);
  orgs.shockExposure[i] = profile.shock_exposure;
  orgs.trust[i] = profile.initial_trust;
}

function generatePopulation(scenario: Scenario, random: RandomStream, p: ModelParameters): Organisations {
  const { productivity_spread, alpha_spread, outside_option_log_spread } = p.organisations;
  const { count, orders } = scenario.organisations;
  const total = count.E + count.P + count.T;
  const orgs = allocateOrganisations(total);
  const fields = scenario.territory.fields;
  let i = 0;
  for (const order of ORDER_LETTERS) {
    const profile = orders[order];
    for (let k = 0; k < count[order]; k++, i++) {
      setProfile(orgs, i, scenario, order, p);
      const field = Math.floor(random.uniform() * fields.length);
      orgs.field[i] = field;
      const sigma = profile.size_spread;
      // Lognormal with the requested mean: exp(σz − σ²/2) has mean 1.
      orgs.size[i] = profile.size_mean * exp(sigma * random.normal() - (sigma * sigma) / 2);
      orgs.productivity[i] = profile.productivity * Math.max(0.1, 1 + productivity_spread * random.normal());
      orgs.alpha[i] = clamp01(profile.alpha + alpha_spread * random.normal());
      const spread = outside_option_log_spread;
      orgs.outsideOption[i] = profile.outside_option * exp(spread * random.normal() - (spread * spread) / 2);
      orgs.names[i] = `${order}${String(k + 1).padStart(String(count[order]).length, '0')} ${fields[field]}`;
    }
  }
  return orgs;
}

function listedPopulation(scenario: Scenario, p: ModelParameters): Organisations {
  const list = scenario.organisations.list ?? [];
  const orgs = allocateOrganisations(list.length);
  const fields = scenario.territory.fields;
  list.forEach((entry, i) => {
    const profile = scenario.organisations.orders[entry.order];
    setProfile(orgs, i, scenario, entry.order, p);
    orgs.names[i] = entry.name;
    orgs.field[i] = Math.max(0, fields.indexOf(entry.field));
    orgs.size[i] = entry.size ?? profile.size_mean;
    orgs.productivity[i] = profile.productivity;
    orgs.alpha[i] = entry.alpha ?? profile.alpha;
    orgs.outsideOption[i] = profile.outside_option;
  });
  return orgs;
}

/** Random ties, a share of them homophilous (same field or same order); no self-ties, no duplicates. */
function buildTies(orgs: Organisations, scenario: Scenario, random: RandomStream): void {
  const n = orgs.count;
  const { ties_per_organisation, homophily } = scenario.organisations;
  const target = Math.round((n * ties_per_organisation) / 2);
  const byField = new Map<number, number[]>();
  const byOrder = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    (byField.get(orgs.field[i]!) ?? byField.set(orgs.field[i]!, []).get(orgs.field[i]!)!).push(i);
    (byOrder.get(orgs.order[i]!) ?? byOrder.set(orgs.order[i]!, []).get(orgs.order[i]!)!).push(i);
  }
  const seen = new Set<number>();
  const pairs: number[] = [];
  const maxPairs = (n * (n - 1)) / 2;
  // Attempts are bounded so that dense requests on tiny populations cannot loop forever.
  for (let attempt = 0; pairs.length / 2 < Math.min(target, maxPairs) && attempt < target * 20; attempt++) {
    const a = Math.floor(random.uniform() * n);
    const pickSimilar = random.uniform() < homophily;
    const byFieldFirst = random.uniform() < 0.5;
    const pool = pickSimilar ? (byFieldFirst ? byField.get(orgs.field[a]!) : byOrder.get(orgs.order[a]!)) : undefined;
    const u = random.uniform();
    const b = pool ? pool[Math.floor(u * pool.length)]! : Math.floor(u * n);
    if (a === b) continue;
    const key = a < b ? a * n + b : b * n + a;
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push(a, b);
  }
  const degree = new Int32Array(n);
  for (const k of pairs) degree[k]!++;
  for (let i = 0; i < n; i++) orgs.tieStart[i + 1] = orgs.tieStart[i]! + degree[i]!;
  orgs.ties = new Int32Array(pairs.length);
  const fill = orgs.tieStart.slice(0, n);
  for (let p = 0; p < pairs.length; p += 2) {
    const a = pairs[p]!;
    const b = pairs[p + 1]!;
    orgs.ties[fill[a]!++] = b;
    orgs.ties[fill[b]!++] = a;
  }
}

/** Founders: one per order present when possible, then at random. */
function chooseFounders(orgs: Organisations, scenario: Scenario, random: RandomStream): number[] {
  const n = orgs.count;
  const wanted = Math.min(scenario.action.initial_members, n);
  const chosen: number[] = [];
  const taken = new Uint8Array(n);
  for (let order = 0; order < 3 && chosen.length < wanted; order++) {
    const candidates: number[] = [];
    for (let i = 0; i < n; i++) if (orgs.order[i] === order) candidates.push(i);
    if (candidates.length === 0) continue;
    const pick = candidates[Math.floor(random.uniform() * candidates.length)]!;
    chosen.push(pick);
    taken[pick] = 1;
  }
  // Partial Fisher–Yates over the remaining organisations.
  const rest: number[] = [];
  for (let i = 0; i < n; i++) if (!taken[i]) rest.push(i);
  for (let k = 0; chosen.length < wanted && k < rest.length; k++) {
    const j = k + Math.floor(random.uniform() * (rest.length - k));
    [rest[k], rest[j]] = [rest[j]!, rest[k]!];
    chosen.push(rest[k]!);
  }
  return chosen;
}

export function initialiseOrganisations(scenario: Scenario, random: RandomStream, p: ModelParameters): Organisations {
  const list = scenario.organisations.list;
  const orgs = list ? listedPopulation(scenario, p) : generatePopulation(scenario, random, p);
  buildTies(orgs, scenario, random);

  const listedMembers = list?.some((entry) => entry.member) ?? false;
  const founders = listedMembers ? list!.flatMap((entry, i) => (entry.member ? [i] : [])) : chooseFounders(orgs, scenario, random);
  for (const i of founders) {
    orgs.member[i] = 1;
    orgs.rung[i] = 1;
  }

  if (list?.some((entry) => entry.leader)) {
    list.forEach((entry, i) => (orgs.leader[i] = entry.leader ? 1 : 0));
  } else if (scenario.action.leadership === 'facilitative' && founders.length > 0) {
    // The most collectively minded founder takes up facilitative leadership.
    let best = founders[0]!;
    for (const i of founders) if (orgs.alpha[i]! > orgs.alpha[best]!) best = i;
    orgs.leader[best] = 1;
  }
  return orgs;
}
