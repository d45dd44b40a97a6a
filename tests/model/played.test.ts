/**
 * Decisions played by people (sim/model/played.ts): they replace the agents' decisions for
 * one month and nothing else; the draws stay aligned, so playing exactly what the agents
 * chose gives the agents' run, and a played choice changes that organisation's fate.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, restoreSimulation, runScenario, toCsv, type PlayedDecision, type Simulation } from '../../sim/index';
import { defaultWith } from '../helpers/runs';

/** What each active organisation did in the month just ticked, read from before/after states. */
function choicesMade(before: { member: Uint8Array; rung: Uint8Array }, sim: Simulation): PlayedDecision[] {
  const after = sim.state.orgs;
  const out: PlayedDecision[] = [];
  for (let i = 0; i < after.count; i++) {
    if (!after.active[i]) continue;
    if (before.member[i]) {
      // A member who left at dissolution (fewer than two left) had decided to stay.
      const left = !after.member[i] && sim.state.action.dissolvedAt !== sim.tickCount;
      const rung = after.rung[i]!;
      out.push({
        organisation: i,
        choice: left ? 'leave' : !after.member[i] ? 'stay' : rung > before.rung[i]! ? 'climb' : rung < before.rung[i]! ? 'step_down' : 'stay',
      });
    } else {
      out.push({ organisation: i, choice: after.member[i] ? 'join' : 'stay_out' });
    }
  }
  return out;
}

describe('played decisions', () => {
  it('playing what the agents chose, for every organisation and month, gives the agents-only run', () => {
    const scenario = defaultWith({ ticks: 48, hazards: { budget_cut: 0.02, crisis: 0.02 } });
    const agents = createSimulation(scenario, 11);
    const played = createSimulation(scenario, 11);
    let decisions = 0;
    for (let t = 0; t < scenario.ticks; t++) {
      const before = { member: agents.state.orgs.member.slice(), rung: agents.state.orgs.rung.slice() };
      const wasAlive = agents.state.action.alive;
      agents.tick();
      // A re-formation adds founders outside the month's decisions: those are not played.
      const reformed = !wasAlive && agents.state.action.alive;
      const month = choicesMade(before, agents).filter((d) => !(reformed && d.choice === 'join'));
      decisions += month.length;
      played.play(month);
      played.tick();
    }
    expect(decisions).toBeGreaterThan(48 * 50);
    expect(toCsv(played.columns(), played.events())).toBe(toCsv(agents.columns(), agents.events()));
  });

  it("a played choice decides that organisation's month, and the run goes on from there", () => {
    const scenario = defaultWith({ ticks: 24 });
    const sim = createSimulation(scenario, 3);
    const founders = Array.from(sim.state.orgs.member.keys()).filter((i) => sim.state.orgs.member[i]);
    const outsider = Array.from(sim.state.orgs.member.keys()).find((i) => !sim.state.orgs.member[i])!;
    const [leaver, climber] = founders;
    const rungBefore = sim.state.orgs.rung[climber!]!;
    sim.play([
      { organisation: leaver!, choice: 'leave' },
      { organisation: climber!, choice: 'climb' },
      { organisation: outsider, choice: 'join' },
    ]);
    sim.tick();
    const orgs = sim.state.orgs;
    expect(orgs.member[leaver!]).toBe(0);
    expect(orgs.rung[climber!]).toBe(rungBefore + 1);
    expect(orgs.member[outsider]).toBe(1);
    // The next month is the agents' again, and differs from a run where nobody played.
    sim.run();
    expect(toCsv(sim.columns(), [])).not.toBe(toCsv(runScenario(scenario, 3).columns, []));
  });

  it('a choice the month closed keeps the organisation where it is, never the agent’s draw', () => {
    const scenario = defaultWith({ ticks: 60, hazards: { budget_cut: 0.05 } });
    let checked = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const sim = createSimulation(scenario, seed);
      for (let t = 0; t < scenario.ticks; t++) {
        const orgs = sim.state.orgs;
        // Engage less at the lowest rung, deeper at the top: not possible, so they stay as they are.
        const stuck = Array.from(orgs.member.keys()).filter((i) => orgs.member[i] && (orgs.rung[i] === 0 || orgs.rung[i] === 3));
        sim.play(stuck.map((i) => ({ organisation: i, choice: orgs.rung[i] === 0 ? 'step_down' : 'climb' })));
        const before = stuck.map((i) => orgs.rung[i]!);
        const wasAlive = sim.state.action.alive;
        sim.tick();
        if (!wasAlive || !sim.state.action.alive) continue;
        stuck.forEach((i, k) => {
          if (!orgs.active[i]) return;
          expect(orgs.member[i], `seed ${seed} month ${t} organisation ${i}`).toBe(1);
          // A budget cut may pull a State member down before the decisions: never up, never out.
          expect(orgs.rung[i]).toBeLessThanOrEqual(before[k]!);
          checked++;
        });
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('keeps members of a mandate and keeps out of a mandated action whatever they chose', () => {
    const scenario = defaultWith({ ticks: 12, action: { participation: 'mandated' } });
    const sim = createSimulation(scenario, 5);
    const orgs = sim.state.orgs;
    const member = Array.from(orgs.member.keys()).find((i) => orgs.member[i])!;
    const outsider = Array.from(orgs.member.keys()).find((i) => !orgs.member[i])!;
    sim.play([
      { organisation: member, choice: 'leave' },
      { organisation: outsider, choice: 'join' },
      { organisation: -1, choice: 'join' },
      { organisation: orgs.count, choice: 'leave' },
    ]);
    sim.tick();
    expect(orgs.member[member]).toBe(1);
    expect(orgs.member[outsider]).toBe(0);
  });

  it('keeps played decisions queued in a checkpoint', () => {
    const scenario = defaultWith({ ticks: 24 });
    const sim = createSimulation(scenario, 9);
    sim.run(6);
    const outsider = Array.from(sim.state.orgs.member.keys()).find((i) => !sim.state.orgs.member[i] && sim.state.orgs.active[i])!;
    sim.play([{ organisation: outsider, choice: 'join' }]);
    const restored = restoreSimulation(scenario, structuredClone(sim.checkpoint()));
    sim.run();
    restored.run();
    expect(toCsv(restored.columns(), restored.events())).toBe(toCsv(sim.columns(), sim.events()));
    expect(restored.state.orgs.member[outsider] === sim.state.orgs.member[outsider]).toBe(true);
  });
});
