/**
 * Guarantee: on any valid scenario (every field within the schema's ranges) and any seed,
 * with events pressed live at any month, the engine never throws, never produces NaN or an
 * infinite value, and keeps its invariants tick after tick; and a run checkpointed at any
 * month and restored (as is, through structuredClone, or through JSON) continues exactly
 * as the uninterrupted run. See docs/reliability.md.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createSimulation,
  parseScenario,
  restoreSimulation,
  summarise,
  toCsv,
  NUMERIC_COLUMNS,
  type Scenario,
  type SimEvent,
  type Simulation,
} from '../../sim/index';
import { checkpointFromJson, checkpointToJson } from '../../sim/run/checkpointJson';
import { liveEvents, seeds, validScenarioInput } from './arbitraries';
import { fcParameters } from './fc';

type Live = { tick: number; event: SimEvent }[];

const caseArbitrary = validScenarioInput.chain((input) => fc.tuple(fc.constant(input), seeds, liveEvents(input.ticks as number)));

function parsed(input: unknown): Scenario {
  const result = parseScenario(JSON.stringify(input));
  // The generator must produce valid scenarios only: a failure here is a bug of the generator or of the schema.
  if (!result.ok) throw new Error(`generated scenario refused: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.scenario;
}

const inRange = (value: number, low: number, high: number) => value >= low && value <= high;

/** Runs tick by tick, checking every row and the state behind it; returns the first problems found. */
function violations(scenario: Scenario, seed: number, live: Live): string[] {
  const problems: string[] = [];
  const sim = createSimulation(scenario, seed);
  const orgs = sim.state.orgs;
  const fieldCount = scenario.territory.fields.length;
  // The scenario's own threshold: generated scenarios vary every model constant too.
  const transThreshold = Math.max(2, Math.ceil(scenario.model.grid.trans_field_share * fieldCount));
  let previous = 0;
  for (let i = 0; i < orgs.count; i++) previous += orgs.member[i]!;
  for (let t = 0; t < scenario.ticks && problems.length === 0; t++) {
    for (const press of live) if (press.tick === t) sim.inject(press.event);
    sim.tick();
    const c = sim.columns();
    const k = c.tick.length - 1;
    const at = `tick ${t + 1}`;
    const check = (ok: boolean, what: string) => {
      if (!ok) problems.push(`${at}: ${what}`);
    };
    for (const name of NUMERIC_COLUMNS) check(Number.isFinite(c[name][k]!), `${name} = ${c[name][k]}`);
    if (problems.length > 0) break;
    const members = c.members[k]!;
    let active = 0;
    let memberNotActive = 0;
    let leaderNotMember = 0;
    for (let i = 0; i < orgs.count; i++) {
      active += orgs.active[i]!;
      if (orgs.member[i] && !orgs.active[i]) memberNotActive++;
      if (orgs.leader[i] && !orgs.member[i]) leaderNotMember++;
    }
    check(c.tick[k] === t + 1, `tick column ${c.tick[k]}`);
    check(members === c.members_E[k]! + c.members_P[k]! + c.members_T[k]!, `members ${members} ≠ E + P + T`);
    check(members <= active, `members ${members} > active organisations ${active}`);
    check(memberNotActive === 0, `${memberNotActive} member(s) no longer active`);
    // The engine values joining for non-members only (valuation.ts joiningValue): a leader is always a member.
    check(leaderNotMember === 0, `${leaderNotMember} leader(s) not members`);
    check(Number.isInteger(c.joins[k]) && c.joins[k]! >= 0 && Number.isInteger(c.leaves[k]) && c.leaves[k]! >= 0, 'joins/leaves not counts');
    check(members === previous + c.joins[k]! - c.leaves[k]!, `members ${members} ≠ ${previous} + ${c.joins[k]} joins − ${c.leaves[k]} leaves`);
    check(c.alive[k] === 0 || c.alive[k] === 1, `alive = ${c.alive[k]}`);
    check((c.alive[k] === 1) === members >= 2, `alive ${c.alive[k]} with ${members} members`);
    check(c.alive[k] === 1 || members === 0, `dissolved with ${members} members`);
    for (const name of ['trust_mean', 'coordination_cost_share', 'population_outcome', 'population_outcome_counterfactual'] as const) {
      check(inRange(c[name][k]!, 0, 1), `${name} = ${c[name][k]} outside [0, 1]`);
    }
    check(c.collective_effectiveness[k] === c.population_outcome[k]! - c.population_outcome_counterfactual[k]!, 'collective_effectiveness ≠ P − Q');
    check(inRange(c.knowledge_stock[k]!, 0, scenario.model.knowledge.max), `knowledge_stock = ${c.knowledge_stock[k]}`);
    check(inRange(c.engagement_mean[k]!, 0, 3), `engagement_mean = ${c.engagement_mean[k]}`);
    for (const name of ['organisational_efficiency', 'efficiency_members', 'efficiency_nonmembers'] as const)
      check(c[name][k]! >= 0, `${name} = ${c[name][k]}`);
    const fields = c.fields_engaged[k]!;
    check(fields <= Math.min(members, fieldCount) && (fields === 0) === (members === 0), `fields_engaged ${fields} with ${members} members`);
    const row = c.grid_row[k]!;
    check(
      fields === 0 ? row === 0 : fields === 1 ? row === 1 : row === (fields >= transThreshold ? 3 : 2),
      `grid_row ${row} with ${fields} of ${fieldCount} fields`,
    );
    const mask = (c.members_E[k]! > 0 ? 1 : 0) | (c.members_P[k]! > 0 ? 2 : 0) | (c.members_T[k]! > 0 ? 4 : 0);
    check(c.orders[k] === mask, `orders ${c.orders[k]} ≠ ${mask}`);
    previous = members;
  }
  if (problems.length === 0) {
    const summary = summarise(sim.columns(), seed, sim.state.action.firstDissolution);
    for (const [key, value] of Object.entries(summary)) {
      if (typeof value === 'number' && !Number.isFinite(value)) problems.push(`summary.${key} = ${value}`);
    }
  }
  return problems.slice(0, 5);
}

/** Runs `from` tick `start` to the horizon, pressing the live events not yet pressed. */
function finish(sim: Simulation, live: Live, start: number, pressedAtStart: boolean): string {
  for (let t = start; t < sim.scenario.ticks; t++) {
    if (t > start || !pressedAtStart) for (const press of live) if (press.tick === t) sim.inject(press.event);
    sim.tick();
  }
  return toCsv(sim.columns(), sim.events());
}

describe('engine on generated valid scenarios', () => {
  it('never throws, never gives NaN or infinity, and keeps its invariants (2,000 scenarios)', () => {
    fc.assert(
      fc.property(caseArbitrary, ([input, seed, live]) => {
        expect(violations(parsed(input), seed, live)).toEqual([]);
      }),
      fcParameters(2_000),
    );
  });

  it('continues byte-identically after a checkpoint at any tick, restored as is, through structuredClone or through JSON (1,000 scenarios)', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.nat(), fc.boolean(), ([input, seed, live], at, pressBefore) => {
        const scenario = parsed(input);
        const reference = finish(createSimulation(scenario, seed), live, 0, false);
        const stop = at % (scenario.ticks + 1);
        const original = createSimulation(scenario, seed);
        for (let t = 0; t < stop; t++) {
          for (const press of live) if (press.tick === t) original.inject(press.event);
          original.tick();
        }
        // Events pressed just before the checkpoint travel in it, still pending.
        if (pressBefore) for (const press of live) if (press.tick === stop) original.inject(press.event);
        const checkpoint = original.checkpoint();
        const json = checkpointFromJson(checkpointToJson(checkpoint), scenario);
        if (!json.ok) throw new Error(`checkpoint refused: ${json.problems.join('; ')}`);
        for (const copy of [checkpoint, structuredClone(checkpoint), json.checkpoint]) {
          expect(finish(restoreSimulation(scenario, copy), live, stop, pressBefore)).toBe(reference);
        }
        // The original, still running, is not disturbed by having been checkpointed.
        expect(finish(original, live, stop, pressBefore)).toBe(reference);
      }),
      fcParameters(1_000),
    );
  });
});
