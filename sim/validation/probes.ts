/**
 * Measures a fact needs from inside a run, taken on the simulation's state after every
 * month (read only: a probe never changes the run). Each returns a few numbers per run.
 *
 * `trust`: members' trust around their good and bad months, in the run itself (fact 1).
 * A member's month is good or bad as the engine counts its experience (trust.ts
 * monthExperience: a visible win, or a perceived value of membership at or above zero, or
 * within a leader's facilitation margin below it); a month a leader defused is neither. Months in
 * which an event moved trust directly (political turnover, a leader leaving) are neither:
 * windows and breaches that contain one are left out.
 *   - balanced windows: each member's membership, cut into consecutive windows of
 *     BALANCED_WINDOW months; in windows with as many good as bad months, trust at the
 *     end minus trust before the window;
 *   - breaches: from the first bad month after a good one until trust is back at its level
 *     before the breach, the good months R and the bad months L of the episode (breaches
 *     cut short by a departure, an event or the horizon are left out); R / L, which is 1
 *     exactly when a good month gives back what a bad month takes.
 *
 * `engagement`: each organisation's mean rung over the months it was a member, and those
 * months (fact 4 compares the same organisations under two settings).
 *
 * `reformation`: how much faster a re-formed partnership starts because of the knowledge
 * the action kept (fact 9). At the first re-formation with a year left, the run is
 * continued twice from the month before (a checkpoint): as it is, and with the kept
 * knowledge removed, everything else equal, the same random draws included (common random
 * numbers). The measures are the differences over the re-formed partnership's first year:
 * members' mean rung (`engagementGain`), mean trust (`trustGain`), members (`membersGain`).
 * The run itself is not touched: the two continuations are copies.
 */
import { restoreSimulation, type Checkpoint, type Simulation } from '../model/simulation';
import type { NumericColumn } from '../metrics/columns';
import { Experience } from '../model/trust';

export type ProbeName = 'trust' | 'engagement' | 'reformation';

/** Months of a re-formed partnership's start that the reformation probe compares. */
export const REFORMATION_YEAR = 12;

/** Events that move members' trust directly, whatever their month was like. */
const TRUST_EVENTS = new Set(['political_turnover', 'leader_leaves']);

/** Months per window of the balanced-experience measure. */
export const BALANCED_WINDOW = 6;

export interface Probe {
  /** Called after every tick. */
  observe(): void;
  /** Per-run measures (NaN when the run gave no case: callers skip it). */
  result(): Record<string, number>;
  /** Per-organisation measures, when the probe has any. */
  series?(): Record<string, Float64Array>;
}

export function createProbe(name: ProbeName, sim: Simulation): Probe {
  switch (name) {
    case 'trust':
      return trustProbe(sim);
    case 'engagement':
      return engagementProbe(sim);
    case 'reformation':
      return reformationProbe(sim);
  }
}

function reformationProbe(sim: Simulation): Probe {
  // The state after the latest month spent dissolved: the month before a re-formation.
  let dissolved: Checkpoint | undefined;
  let measured = false;
  const out = { engagementGain: Number.NaN, trustGain: Number.NaN, membersGain: Number.NaN };
  const firstYear = (run: Simulation, column: NumericColumn) => {
    const values = run.columns()[column];
    let sum = 0;
    for (let k = values.length - REFORMATION_YEAR; k < values.length; k++) sum += values[k]!;
    return sum / REFORMATION_YEAR;
  };
  return {
    observe() {
      if (measured) return;
      if (!sim.state.action.alive) {
        dissolved = sim.checkpoint();
        return;
      }
      if (!dissolved) return;
      measured = true;
      // The re-formation month and the year after it must fit before the horizon.
      if (sim.tickCount + REFORMATION_YEAR > sim.scenario.ticks) return;
      const kept = restoreSimulation(sim.scenario, dissolved);
      const removed = restoreSimulation(sim.scenario, { ...dissolved, action: { ...dissolved.action, knowledge: 0 } });
      kept.run(REFORMATION_YEAR + 1);
      removed.run(REFORMATION_YEAR + 1);
      out.engagementGain = firstYear(kept, 'engagement_mean') - firstYear(removed, 'engagement_mean');
      out.trustGain = firstYear(kept, 'trust_mean') - firstYear(removed, 'trust_mean');
      out.membersGain = firstYear(kept, 'members') - firstYear(removed, 'members');
    },
    result: () => ({ ...out }),
  };
}

function engagementProbe(sim: Simulation): Probe {
  const { orgs } = sim.state;
  const rungMonths = new Float64Array(orgs.count);
  const months = new Float64Array(orgs.count);
  return {
    observe() {
      for (let i = 0; i < orgs.count; i++) {
        if (!orgs.member[i]) continue;
        rungMonths[i]! += orgs.rung[i]!;
        months[i]!++;
      }
    },
    result: () => ({}),
    series: () => ({ rungMonths, months }),
  };
}

/** Trust change over windows of BALANCED_WINDOW months with as many good months as bad ones, per member. */
function balancedWindows(n: number) {
  const windowStart = new Float64Array(n);
  const windowMonths = new Int32Array(n);
  const windowGood = new Int32Array(n);
  let sum = 0;
  let count = 0;
  return {
    begin(i: number, trust: number) {
      windowStart[i] = trust;
      windowMonths[i] = 0;
      windowGood[i] = 0;
    },
    month(i: number, trust: number, good: boolean) {
      windowMonths[i]!++;
      if (good) windowGood[i]!++;
      if (windowMonths[i] !== BALANCED_WINDOW) return;
      if (2 * windowGood[i]! === BALANCED_WINDOW) {
        sum += trust - windowStart[i]!;
        count++;
      }
      windowStart[i] = trust;
      windowMonths[i] = 0;
      windowGood[i] = 0;
    },
    result: () => ({ balancedTrustChange: count > 0 ? sum / count : NaN, balancedWindows: count }),
  };
}

/**
 * Breaches of trust, per member: from the first bad month after a good one (losing, bad
 * months in a row) through recovery (good months) until trust is back where it was. The
 * ratio of recovery to loss months counts for breaches that recover; one cut short
 * (departure, event, horizon) is dropped.
 */
function trustBreaches(n: number) {
  // 0 none, 1 losing (bad months in a row), 2 recovering.
  const phase = new Uint8Array(n);
  const hadGood = new Uint8Array(n);
  const breachLevel = new Float64Array(n);
  const lossMonths = new Int32Array(n);
  const recoveryMonths = new Int32Array(n);
  let ratioSum = 0;
  let ratioCount = 0;
  const close = (i: number, recovered: boolean) => {
    if (recovered && phase[i] === 2) {
      ratioSum += recoveryMonths[i]! / lossMonths[i]!;
      ratioCount++;
    }
    phase[i] = 0;
  };
  return {
    begin(i: number) {
      phase[i] = 0;
      hadGood[i] = 0;
    },
    drop: (i: number) => close(i, false),
    month(i: number, trust: number, good: boolean, lastTrust: number) {
      if (phase[i] === 0) {
        if (!good && hadGood[i]) {
          phase[i] = 1;
          breachLevel[i] = lastTrust;
          lossMonths[i] = 1;
        }
      } else if (phase[i] === 1) {
        if (good) {
          phase[i] = 2;
          recoveryMonths[i] = 1;
        } else lossMonths[i]!++;
      } else if (good) {
        recoveryMonths[i]!++;
      } else {
        // A bad month while recovering deepens the breach.
        lossMonths[i]!++;
      }
      // Back where it was (up to rounding in the log-odds round trip).
      if (phase[i] === 2 && trust >= breachLevel[i]! - 1e-9) close(i, true);
      if (good) hadGood[i] = 1;
    },
    result: () => ({ recoveryRatio: ratioCount > 0 ? ratioSum / ratioCount : NaN, breaches: ratioCount }),
  };
}

function trustProbe(sim: Simulation): Probe {
  const { orgs } = sim.state;
  const n = orgs.count;
  const wasMember = new Uint8Array(n);
  const lastTrust = new Float64Array(n);
  const windows = balancedWindows(n);
  const breaches = trustBreaches(n);
  let eventsSeen = 0;
  const startMembership = (i: number) => {
    wasMember[i] = 1;
    windows.begin(i, orgs.trust[i]!);
    breaches.begin(i);
    lastTrust[i] = orgs.trust[i]!;
  };
  return {
    observe() {
      const fired = sim.events();
      let shocked = false;
      for (; eventsSeen < fired.length; eventsSeen++) if (TRUST_EVENTS.has(fired[eventsSeen]!.type) && !fired[eventsSeen]!.noEffect) shocked = true;
      for (let i = 0; i < n; i++) {
        if (!orgs.member[i]) {
          // A departure cuts an open breach short; the window is dropped.
          if (wasMember[i]) breaches.drop(i);
          wasMember[i] = 0;
          continue;
        }
        // An event moved trust this month, or it joined this month (its first experience comes next month): start afresh from here.
        if ((shocked && wasMember[i]) || !wasMember[i]) {
          startMembership(i);
          continue;
        }
        // The experience the engine counted this month (participation.ts), not one worked out again here.
        const experience = orgs.experience[i]!;
        // A defused month (neutral: a leader's mediation) moves no trust: it counts in no window or breach.
        if (experience === Experience.Neutral) continue;
        const trust = orgs.trust[i]!;
        const good = experience === Experience.Positive;
        windows.month(i, trust, good);
        breaches.month(i, trust, good, lastTrust[i]!);
        lastTrust[i] = trust;
      }
    },
    result: () => ({ ...windows.result(), ...breaches.result() }),
  };
}
