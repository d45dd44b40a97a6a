/**
 * One test (at least) per row of MODEL.md §2: each mechanism moves the outputs in the
 * direction docs/model.md documents. Statistical claims compare paired runs (same seeds)
 * and require the 95% interval of the effect to exclude zero; the effect is printed.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, runScenario } from '../../sim/index';
import { updateTrust } from '../../sim/model/trust';
import { coordinationShare, naoBottleneck } from '../../sim/model/governance';
import { complementarity, coverageFactor, effectiveContribution, requiredFields, resultDelay } from '../../sim/model/synergy';
import { gridCell, gridRowCode } from '../../sim/model/grid';
import { knowledgeAfterDepartures, knowledgeAfterDissolution } from '../../sim/model/learning';
import { influencedValue, perceive, perceptionSettings } from '../../sim/model/perception';
import { allocateValuationContext, deriveValuationTerms, joiningValue, membershipValue, type ValuationContext } from '../../sim/model/valuation';
import type { Organisations } from '../../sim/model/state';
import type { Scenario } from '../../sim/scenario/schema';
import { defaultModelParameters } from '../../sim/model/parameters';

/** The default constants (scenario `model` section left out). */
const P = defaultModelParameters();
const LEADER_COST = P.leadership.cost;
const RUNG_CONTRIBUTION = P.rungs.contribution;
const RUNG_TRUST_REQUIRED = P.rungs.trustRequired;
import { organisationEfficiency } from '../../sim/model/efficiency';
import { createStreams } from '../../sim/rng';
import { columnMeans, defaultWith, pairedDifference, report, runMany, type Interval } from '../helpers/runs';
import type { RunResult } from '../../sim/index';

const SEEDS = 100;

function compare(label: string, base: object, changed: object, metric: (r: RunResult) => number, seeds = SEEDS): Interval {
  const a = runMany(defaultWith(base), seeds).map(metric);
  const b = runMany(defaultWith(changed), seeds).map(metric);
  const effect = pairedDifference(a, b);
  report(label, effect);
  return effect;
}
const expectPositive = (effect: Interval) => expect(effect.low).toBeGreaterThan(0);
const expectNegative = (effect: Interval) => expect(effect.high).toBeLessThan(0);
const meanMembers = (r: RunResult) => r.summary.mean_members;

describe('orders E / P / T', () => {
  it('draws organisations with order defaults: State budgets largest, Third sector smallest', () => {
    const sim = createSimulation(defaultWith(), 1);
    const { orgs } = sim.state;
    const meanSize = [0, 0, 0];
    const counts = [0, 0, 0];
    for (let i = 0; i < orgs.count; i++) {
      meanSize[orgs.order[i]!]! += orgs.size[i]!;
      counts[orgs.order[i]!]!++;
    }
    expect(counts).toEqual([12, 18, 30]);
    const [e, p, t] = meanSize.map((s, k) => s / counts[k]!);
    expect(e).toBeGreaterThan(p!);
    expect(p).toBeGreaterThan(t!);
  });

  it('a budget cut hits the targeted order through its shock exposure', () => {
    const sim = createSimulation(defaultWith({ events: [{ at: 1, type: 'budget_cut', order: 'P', magnitude: 0.5 }] }), 1);
    sim.tick();
    const { orgs } = sim.state;
    for (let i = 0; i < orgs.count; i++) {
      expect(orgs.budgetFactor[i]).toBeCloseTo(orgs.order[i] === 1 ? 1 - 0.5 * 0.5 : 1, 12);
    }
  });
});

describe('fields', () => {
  it('a one-field territory never engages more than one field and stays in the "one" row', () => {
    const { columns } = runScenario(defaultWith({ territory: { fields: ['health'] } }), 3);
    expect(Math.max(...columns.fields_engaged)).toBe(1);
    expect(new Set(columns.grid_row).has(2)).toBe(false);
    expect(new Set(columns.grid_row).has(3)).toBe(false);
  });
});

describe('intersectoral grid', () => {
  it('maps fields engaged to rows with documented thresholds (six fields: 1 one, 2–4 multi, 5–6 trans)', () => {
    expect([0, 1, 2, 4, 5, 6].map((f) => gridRowCode(f, 6, P.grid.trans_field_share))).toEqual([0, 1, 2, 2, 3, 3]);
    expect(gridCell(1, 1)).toBe(0); // one / E
    expect(gridCell(3, 7)).toBe(20); // trans / EPT
    expect(gridCell(2, 6)).toBe(12); // multi / PT
  });

  it('records a cell every tick consistent with the members present', () => {
    const { columns: c, summary } = runScenario(defaultWith(), 2);
    for (let k = 0; k < c.tick.length; k++) {
      const mask = (c.members_E[k]! > 0 ? 1 : 0) | (c.members_P[k]! > 0 ? 2 : 0) | (c.members_T[k]! > 0 ? 4 : 0);
      expect(c.orders[k]).toBe(mask);
      expect(c.grid_row[k]).toBe(gridRowCode(c.fields_engaged[k]!, 6, P.grid.trans_field_share));
    }
    expect(Object.values(summary.grid_time).reduce((a, b) => a + b, 0)).toBe(c.alive.reduce((a, b) => a + b, 0));
    expect(summary.grid_cells_visited).toBe(Object.keys(summary.grid_time).length);
  });
});

describe('voluntary participation', () => {
  it('a better outside option lowers membership', () => {
    const richer = { organisations: { orders: { E: { outside_option: 0.03 }, P: { outside_option: 0.06 }, T: { outside_option: 0.015 } } } };
    expectNegative(compare('outside option ×3 → mean members', {}, richer, meanMembers));
  });
});

describe('arrangements (formality)', () => {
  const memberEfficiency = (r: RunResult) => {
    const c = r.columns;
    let sum = 0;
    let n = 0;
    for (let k = 0; k < c.tick.length; k++) if (c.members[k]! > 0) (sum += c.efficiency_members[k]!), n++;
    return n > 0 ? sum / n : 1;
  };
  it('more formality costs members more overhead (lower member efficiency)', () => {
    expectNegative(compare('joint body vs informal → member efficiency', { action: { arrangement: 'informal' } }, { action: { arrangement: 'joint_body' } }, memberEfficiency));
  });
  it('more formality raises the cost of exit (fewer departures per member-month)', () => {
    const leaveRate = (r: RunResult) => r.summary.leaves_total / Math.max(1, r.summary.mean_members * r.summary.ticks);
    expectNegative(compare('joint body vs informal → departures per member-month', { action: { arrangement: 'informal' } }, { action: { arrangement: 'joint_body' } }, leaveRate));
  });
});

describe('governance mode', () => {
  it('coordination cost grows with membership, fastest under shared governance', () => {
    const at = (mode: 'shared' | 'lead' | 'nao', m: number) => coordinationShare(mode, m, 0, false, P);
    for (const mode of ['shared', 'lead', 'nao'] as const) expect(at(mode, 30)).toBeGreaterThan(at(mode, 5));
    expect(at('shared', 30) - at('shared', 5)).toBeGreaterThan(at('lead', 30) - at('lead', 5));
    expect(at('lead', 30) - at('lead', 5)).toBeGreaterThan(at('nao', 30) - at('nao', 5));
    expect(at('shared', 3)).toBeLessThan(at('nao', 3));
    expect(at('shared', 40)).toBeGreaterThan(at('nao', 40));
  });
  it('an NAO past its capacity is a bottleneck', () => {
    expect(naoBottleneck('nao', 20, 40)).toBe(1);
    expect(naoBottleneck('nao', 80, 40)).toBe(0.5);
    expect(naoBottleneck('shared', 80, 40)).toBe(1);
  });
  it('in a large network an NAO achieves more than shared governance', () => {
    const large = { organisations: { count: { E: 40, P: 60, T: 100 } }, action: { evaluation: 'developmental' } };
    const largeNao = { ...large, action: { evaluation: 'developmental', governance: 'nao' } };
    expectPositive(compare('NAO vs shared, 200 organisations → cumulative effectiveness', large, largeNao, (r) => r.summary.cumulative_effectiveness, 50));
  });
});

describe('targets', () => {
  it('broad targets need more fields and take longer to pay off', () => {
    expect(requiredFields(1, 6)).toBe(1);
    expect(requiredFields(0, 6)).toBe(6);
    expect(resultDelay(0, P)).toBeGreaterThan(resultDelay(1, P));
    expect(coverageFactor(3, 6, P)).toBeLessThan(coverageFactor(6, 6, P));
  });
  it('specific targets give visible results sooner', () => {
    const firstEffect = (r: RunResult) => {
      const ce = r.columns.collective_effectiveness;
      const k = ce.findIndex((x) => x > 0.002);
      return k < 0 ? ce.length + 1 : k + 1;
    };
    const broad = { action: { target_specificity: 0, evaluation: 'developmental' } };
    const specific = { action: { target_specificity: 1, evaluation: 'developmental' } };
    expectNegative(compare('specific vs broad targets → month of first effect > 0.002', broad, specific, firstEffect));
  });
});

describe('objects (engagement rungs) and resources', () => {
  it('a higher rung needs more trust, costs more and yields more synergy per unit', () => {
    for (let r = 1; r < 4; r++) {
      expect(RUNG_TRUST_REQUIRED[r]).toBeGreaterThan(RUNG_TRUST_REQUIRED[r - 1]!);
      expect(RUNG_CONTRIBUTION[r]).toBeGreaterThan(RUNG_CONTRIBUTION[r - 1]!);
      const perUnit = (rung: number) => effectiveContribution(rung, 100, 0.5, false, 1, P) / (RUNG_CONTRIBUTION[rung]! * 100);
      expect(perUnit(r)).toBeGreaterThan(perUnit(r - 1));
    }
  });
  it('contributions count for more with trust (an intangible resource)', () => {
    expect(effectiveContribution(2, 100, 0.9, false, 1, P)).toBeGreaterThan(effectiveContribution(2, 100, 0.2, false, 1, P));
  });
  it('mandated participation keeps members but lowers engagement', () => {
    const engagement = (r: RunResult) => columnMeans([r], 'engagement_mean')[0]!;
    expectNegative(compare('mandated vs voluntary → mean engagement rung', {}, { action: { participation: 'mandated' } }, engagement));
    const mandated = runMany(defaultWith({ action: { participation: 'mandated' }, hazards: { absorption: 0 } }), 20);
    for (const r of mandated) expect(r.summary.leaves_total).toBe(0);
  });
});

describe('instruments', () => {
  it('joint planning lowers coordination cost; a pooled fund deepens synergy', () => {
    expect(coordinationShare('shared', 10, 0, true, P)).toBeLessThan(coordinationShare('shared', 10, 0, false, P));
    expect(effectiveContribution(3, 100, 0.5, true, 1, P)).toBeGreaterThan(effectiveContribution(3, 100, 0.5, false, 1, P));
  });
  it('shared data speeds up learning', () => {
    const knowledge = (r: RunResult) => columnMeans([r], 'knowledge_stock')[0]!;
    expectPositive(compare('shared data → mean knowledge stock', {}, { action: { instruments: ['shared_data'] } }, knowledge));
  });
  it('co-location builds trust faster (where experiences are good)', () => {
    const trust = (r: RunResult) => columnMeans([r], 'trust_mean')[0]!;
    const good = { action: { evaluation: 'developmental' } };
    expectPositive(compare('co-location → mean trust (developmental evaluation)', good, { action: { evaluation: 'developmental', instruments: ['co_location'] } }, trust));
  });
});

describe('efficiency from the margin (complementarity)', () => {
  it('members across fields and orders produce more than the same members in one field and order', () => {
    expect(complementarity(6, 6, 3, P)).toBeGreaterThan(complementarity(1, 6, 1, P));
    const list = (spread: boolean) =>
      Array.from({ length: 6 }, (_, k) => ({
        name: `O${k}`,
        order: spread ? (['E', 'P', 'T'] as const)[k % 3] : 'T',
        field: spread ? ['health', 'education', 'housing', 'employment', 'food', 'transport'][k]! : 'health',
        size: 50,
        member: true,
      }));
    const output = (spread: boolean) => {
      const sim = createSimulation(defaultWith({ organisations: { list: list(spread) }, action: { target_specificity: 1 }, hazards: { budget_cut: 0, political_turnover: 0, leader_leaves: 0, crisis: 0, absorption: 0 } }), 1);
      sim.tick();
      return sim.state.aggregates.output / sim.state.aggregates.contributed;
    };
    expect(output(true)).toBeGreaterThan(1.5 * output(false));
  });
});

describe('complex-dynamics evaluation', () => {
  it('developmental evaluation keeps more partnerships alive and raises the population outcome', () => {
    const dev = { action: { evaluation: 'developmental' } };
    expectPositive(compare('developmental vs linear → survived', {}, dev, (r) => (r.summary.survived ? 1 : 0)));
    expectPositive(compare('developmental vs linear → final population outcome', {}, dev, (r) => r.summary.final_population_outcome));
  });
});

describe('steward and cumulative learning', () => {
  it('without a steward departures and dissolution take knowledge away; with one it stays', () => {
    expect(knowledgeAfterDepartures(1, 2, 10, false, P)).toBeCloseTo(0.8, 12);
    expect(knowledgeAfterDepartures(1, 2, 10, true, P)).toBeCloseTo(0.98, 12);
    expect(knowledgeAfterDissolution(1, false)).toBe(0);
    expect(knowledgeAfterDissolution(1, true)).toBe(1);
  });
  it('knowledge lowers coordination cost', () => {
    expect(coordinationShare('shared', 10, 1, false, P)).toBeLessThan(coordinationShare('shared', 10, 0, false, P));
  });
  it('a steward accumulates a larger knowledge stock', () => {
    const knowledge = (r: RunResult) => columnMeans([r], 'knowledge_stock')[0]!;
    expectPositive(compare('steward → mean knowledge stock', {}, { action: { steward: true } }, knowledge));
  });
});

/** What organisation i's membership is worth as it stands: its rung if a member, joining at the coordination rung otherwise. */
const currentValue = (orgs: Organisations, i: number, ctx: ValuationContext) => (orgs.member[i] ? membershipValue(orgs, i, orgs.rung[i]!, ctx) : joiningValue(orgs, i, ctx));

/** One month's reading by every active organisation, with the draws the simulation would take from the decisions stream. */
function perceiveAll(orgs: Organisations, ctx: ValuationContext, scenario: Scenario): void {
  const draws = new Float64Array(orgs.count);
  createStreams(1).decisions.fill(draws, orgs.count);
  const settings = perceptionSettings(scenario, P);
  for (let i = 0; i < orgs.count; i++) if (orgs.active[i]) perceive(orgs, i, currentValue(orgs, i, ctx), draws[i]!, settings);
}

describe('reading the milieu (perception with noise and delay)', () => {
  it('perceived value moves 1/delay of the way to the true value each month', () => {
    const scenario = defaultWith({ behaviour: { perception_delay: 4, perception_noise: 0 } });
    const sim = createSimulation(scenario, 1);
    const { orgs } = sim.state;
    const ctx = allocateValuationContext(P);
    orgs.perceived.fill(0);
    perceiveAll(orgs, ctx, scenario);
    for (let i = 0; i < orgs.count; i++) {
      expect(orgs.perceived[i]).toBeCloseTo(membershipValue(orgs, i, orgs.member[i] ? orgs.rung[i]! : 1, ctx) / 4, 12);
    }
  });
  it('noise makes perceptions differ from the truth, by about the stated standard deviation', () => {
    const scenario = defaultWith({ behaviour: { perception_delay: 1, perception_noise: 0.02 } });
    const sim = createSimulation(scenario, 1);
    const { orgs } = sim.state;
    const ctx = allocateValuationContext(P);
    perceiveAll(orgs, ctx, scenario);
    const errors = Array.from({ length: orgs.count }, (_, i) => orgs.perceived[i]! - membershipValue(orgs, i, orgs.member[i] ? orgs.rung[i]! : 1, ctx));
    const sd = Math.sqrt(errors.reduce((a, e) => a + e * e, 0) / errors.length);
    expect(sd).toBeGreaterThan(0.01);
    expect(sd).toBeLessThan(0.03); // agreement formality steadies perception to 0.8 × 0.02
  });
});

describe('billiards: effects travel along ties', () => {
  it('recruitment by invitation through ties: more ties, more joins', () => {
    expectPositive(compare('6 vs 0 ties per organisation → joins', { organisations: { ties_per_organisation: 0 } }, { organisations: { ties_per_organisation: 6 } }, (r) => r.summary.joins_total));
  });
  it('tied members influence an organisation’s judgement', () => {
    const sim = createSimulation(defaultWith(), 1);
    const { orgs } = sim.state;
    const i = Array.from({ length: orgs.count }, (_, k) => k).find((k) => {
      for (let t = orgs.tieStart[k]!; t < orgs.tieStart[k + 1]!; t++) if (orgs.member[orgs.ties[t]!]) return true;
      return false;
    })!;
    orgs.perceived.fill(1);
    orgs.perceived[i] = 0;
    expect(influencedValue(orgs, i, 0.3)).toBeCloseTo(0.3, 12);
    expect(influencedValue(orgs, i, 0)).toBe(0);
  });
});

describe('collaborative leadership', () => {
  it('facilitative leadership raises trust and lengthens partnership life', () => {
    const led = { action: { leadership: 'facilitative' } };
    expectPositive(compare('facilitative leadership → mean trust', {}, led, (r) => columnMeans([r], 'trust_mean')[0]!));
    expectPositive(compare('facilitative leadership → lifetime (months)', {}, led, (r) => r.summary.lifetime, 200));
  });
  it('leading costs the leader’s organisation, and the leader’s departure is an event that lowers trust', () => {
    const scenario = defaultWith({ action: { leadership: 'facilitative' }, events: [{ at: 2, type: 'leader_leaves' }] });
    const sim = createSimulation(scenario, 1);
    sim.tick();
    const { orgs } = sim.state;
    const leader = orgs.leader.indexOf(1);
    expect(leader).toBeGreaterThanOrEqual(0);
    const ctx = allocateValuationContext(P);
    const asLeader = organisationEfficiency(orgs, leader, ctx);
    orgs.leader[leader] = 0;
    const asMember = organisationEfficiency(orgs, leader, ctx);
    orgs.leader[leader] = 1;
    expect(asMember - asLeader).toBeCloseTo(LEADER_COST, 12);
    const trustBefore = Array.from(orgs.trust);
    sim.tick();
    expect(sim.events().map((e) => e.type)).toContain('leader_leaves');
    expect(orgs.leader.indexOf(1)).toBe(-1);
    // Trust of members who stayed fell by the departure (a month of experience moves it by at most 8%).
    const stayed = Array.from({ length: orgs.count }, (_, k) => k).filter((k) => orgs.member[k] && orgs.tenure[k]! >= 1);
    expect(stayed.length).toBeGreaterThan(0);
    for (const k of stayed) expect(orgs.trust[k]).toBeLessThan(trustBefore[k]!);
  });
});

describe('motivation: collective effectiveness vs organisational efficiency (α)', () => {
  it('organisations that weigh the collective result more participate more', () => {
    const collective = { organisations: { orders: { E: { alpha: 0.9 }, P: { alpha: 0.9 }, T: { alpha: 0.9 } } } };
    expectPositive(compare('α = 0.9 for all → mean members', {}, collective, meanMembers));
  });
  it('the value of joining is the value of membership at the coordination rung, exactly, for every non-member', () => {
    for (const leadership of ['facilitative', 'none'] as const) {
      const sim = createSimulation(defaultWith({ action: { leadership, governance: 'lead', funding: { grant: 0.3 } } }), 5);
      let compared = 0;
      for (let month = 0; month < 36; month++) {
        sim.tick();
        const { orgs } = sim.state;
        const ctx = allocateValuationContext(P);
        Object.assign(ctx, { returnSeen: 0.5 + month / 100, returnPotentialSeen: 1.2, visibility: 0.012, salience: 0.2, statePriority: 0.8, grantShare: 0.3, overhead: 0.004 });
        ctx.leadOrganisation = sim.state.aggregates.leadOrganisation;
        deriveValuationTerms(ctx);
        for (let i = 0; i < orgs.count; i++) {
          if (orgs.member[i]) continue;
          expect(joiningValue(orgs, i, ctx)).toBe(membershipValue(orgs, i, 1, ctx));
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(100);
    }
  });

  it('α weighs the collective return in the value of membership', () => {
    const sim = createSimulation(defaultWith(), 1);
    const { orgs } = sim.state;
    const ctx = allocateValuationContext(P);
    ctx.returnSeen = 2;
    deriveValuationTerms(ctx);
    orgs.alpha[0] = 0.2;
    const low = membershipValue(orgs, 0, 2, ctx);
    orgs.alpha[0] = 0.8;
    expect(membershipValue(orgs, 0, 2, ctx) - low).toBeCloseTo(0.6 * 2 * RUNG_CONTRIBUTION[2]!, 12);
  });
});

describe('investor vs manager mentality', () => {
  it('investors accept lower efficiency early for more collective effectiveness later (J-curve)', () => {
    const manager = { behaviour: { mentality: 'manager' } };
    const investor = { behaviour: { mentality: 'investor' } };
    expectNegative(compare('investor vs manager → efficiency, first 2 years', manager, investor, (r) => columnMeans([r], 'organisational_efficiency', 0, 24)[0]!));
    expectPositive(compare('investor vs manager → collective effectiveness, last 2 years', manager, investor, (r) => columnMeans([r], 'collective_effectiveness', 96, 120)[0]!));
  });
});

describe('population responsibility (counterfactual)', () => {
  it('collective effectiveness is exactly 0 when there is no joint action', () => {
    const { columns } = runScenario(defaultWith({ action: { initial_members: 0, reform: false } }), 4);
    expect(columns.members.every((m) => m === 0)).toBe(true);
    expect(columns.collective_effectiveness.every((x) => x === 0)).toBe(true);
    expect(Array.from(columns.population_outcome)).toEqual(Array.from(columns.population_outcome_counterfactual));
  });
  it('shares the random variation of the population between both worlds, and the action raises the outcome', () => {
    const runs = runMany(defaultWith({ action: { evaluation: 'developmental' } }), 50);
    const effect = pairedDifference(runs.map((r) => r.summary.final_population_outcome - r.columns.collective_effectiveness.at(-1)!), runs.map((r) => r.summary.final_population_outcome));
    report('action vs counterfactual → final population outcome', effect);
    expectPositive(effect);
    const a = runScenario(defaultWith({ action: { initial_members: 0, reform: false } }), 6).columns.population_outcome_counterfactual;
    const b = runScenario(defaultWith({ action: { evaluation: 'developmental' } }), 6).columns.population_outcome_counterfactual;
    expect(Array.from(b)).toEqual(Array.from(a));
  });
});

describe('trust (intangible resource, asymmetric)', () => {
  it('builds slowly and breaks quickly', () => {
    let trust = 0.5;
    for (let k = 0; k < 10; k++) trust = updateTrust(updateTrust(trust, true, P), false, P);
    expect(trust).toBeLessThan(0.5);
    expect(0.5 - updateTrust(0.5, false, P)).toBeGreaterThan(updateTrust(0.5, true, P) - 0.5);
  });
});
